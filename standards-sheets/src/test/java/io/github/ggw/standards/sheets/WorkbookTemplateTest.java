package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The template a district hands to schools: {@code Workbooks.template}. */
class WorkbookTemplateTest {
  static final Standard STANDARD = ReferenceData.changzhouStandard();
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static XSSFWorkbook template(UnitType type, Locale locale) throws IOException {
    return open(Workbooks.template(STANDARD, type, locale).orElseThrow());
  }

  @Test
  void sheetsFollowTheSettledLayoutInOrder() throws IOException {
    try (XSSFWorkbook wb = template(UnitType.PRIMARY, ZH)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      // The bundled standard's measures read organisation, elder, training, activity,
      // care-carrier, support, mentoring, research, publicity, document and incident records;
      // whatever their number, the fixed sheets frame them in this order.
      assertThat(names.get(0)).isEqualTo("填写说明");
      assertThat(names.get(1)).isEqualTo("单位信息");
      assertThat(names.subList(names.size() - 3, names.size()))
          .containsExactly("自评", "_meta", "_lists");
      assertThat(names).contains("组织机构", "五老名册", "学习培训", "事故事件");
      assertThat(wb.getSheetVisibility(wb.getSheetIndex("_meta")))
          .isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(wb.getSheetVisibility(wb.getSheetIndex("_lists")))
          .isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(wb.getSheetVisibility(wb.getSheetIndex("自评")))
          .isEqualTo(SheetVisibility.VISIBLE);
      Sheet meta = wb.getSheet("_meta");
      assertThat(metaValue(meta, "kind")).isEqualTo("self-assessment-workbook");
      assertThat(metaValue(meta, "formatVersion")).isEqualTo("1");
      assertThat(metaValue(meta, "standardId")).isEqualTo("changzhou-quality-basic");
      assertThat(metaValue(meta, "standardVersion")).isEqualTo("2021.1");
      assertThat(metaValue(meta, "unitType")).isEqualTo("PRIMARY");
      assertThat(metaValue(meta, "language")).isEqualTo("zh-CN");
      assertThat(metaValue(meta, "sheet.evidence.elder")).isEqualTo("五老名册");
      assertThat(metaValue(meta, "sheet.claims")).isEqualTo("自评");
    }
  }

  @Test
  void englishTemplateNamesSheetsAndHeadersInEnglish() throws IOException {
    try (XSSFWorkbook wb = template(UnitType.PRIMARY, Locale.ENGLISH)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Instructions");
      assertThat(wb.getSheet("Elder roster").getRow(0).getCell(2).getStringCellValue())
          .isEqualTo("Tier");
      assertThat(metaValue(wb.getSheet("_meta"), "language")).isEqualTo("en");
      assertThat(wb.getSheet("Self-assessment")).isNotNull();
    }
  }

  @Test
  void claimsSheetListsApplicableItemsInTreeOrder() throws IOException {
    // Claimable items of the bundled standard: the leaves 1.1 1.2 1.3 1.4.1 1.4.2 1.5 (6),
    // 2.1-2.4 (4), 3.1-3.5 (5), 4.1-4.4 (4), 5.1-5.4 (4) and bonuses B1 B2 (2) = 25; the vetoes
    // V1 V2 take no claim. 2.1 is not for kindergartens and vocational schools, 3.4 not for
    // kindergartens: 25 - 2 = 23 rows for a kindergarten.
    try (XSSFWorkbook wb = template(UnitType.PRIMARY, ZH)) {
      List<String> codes = column(wb.getSheet("自评"), 0);
      assertThat(codes).hasSize(25);
      assertThat(codes.subList(0, 8))
          .containsExactly("1.1", "1.2", "1.3", "1.4.1", "1.4.2", "1.5", "2.1", "2.2");
      assertThat(codes.subList(23, 25)).containsExactly("B1", "B2");
    }
    try (XSSFWorkbook wb = template(UnitType.KINDERGARTEN, ZH)) {
      List<String> codes = column(wb.getSheet("自评"), 0);
      assertThat(codes).hasSize(23).doesNotContain("2.1", "3.4", "V1");
      Row first = wb.getSheet("自评").getRow(2);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(4.0); // 1.1 is worth 4
      assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void headerRowsAreProtectedAndDataCellsAreNot() throws IOException {
    try (XSSFWorkbook wb = template(UnitType.PRIMARY, ZH)) {
      XSSFSheet elder = wb.getSheet("五老名册");
      assertThat(elder.getProtect()).isTrue();
      assertThat(elder.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
      assertThat(elder.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();
      assertThat(elder.getRow(1).getZeroHeight()).isTrue();
      assertThat(elder.getRow(1).getCell(2).getStringCellValue()).isEqualTo("elder.tier");
      assertThat(elder.getColumnStyle(2).getLocked()).isFalse();
      XSSFSheet claims = wb.getSheet("自评");
      assertThat(claims.getRow(2).getCell(0).getCellStyle().getLocked()).isTrue();
      assertThat(claims.getRow(2).getCell(5).getCellStyle().getLocked()).isFalse();
      assertThat(claims.getRow(2).getCell(6).getCellStyle().getLocked()).isFalse();
      XSSFSheet unit = wb.getSheet("单位信息");
      assertThat(unit.getRow(2).getCell(2).getStringCellValue()).isEqualTo("小学");
      assertThat(unit.getRow(2).getCell(2).getCellStyle().getLocked()).isTrue();
      assertThat(unit.getRow(2).getCell(5).getStringCellValue())
          .isEqualTo("changzhou-quality-basic");
      assertThat(unit.getRow(2).getCell(5).getCellStyle().getLocked()).isTrue();
      assertThat(unit.getRow(2).getCell(0).getCellStyle().getLocked()).isFalse();
      assertThat(unit.getRow(2).getCell(3).getCellStyle().getLocked()).isFalse();
    }
  }

  @Test
  void enumeratedFieldsGetDropDownsOfLabelsAndBoundsAreValidated() throws IOException {
    try (XSSFWorkbook wb = template(UnitType.PRIMARY, ZH)) {
      XSSFSheet elder = wb.getSheet("五老名册");
      DataValidation tier = validationAt(elder, 2, 2);
      assertThat(tier.getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.LIST);
      String ref = tier.getValidationConstraint().getFormula1();
      assertThat(listValues(wb, ref)).containsExactly("核心层", "骨干层", "参与层");
      // rows 3 to 10,002: 10,000 data rows
      assertThat(validationAt(elder, 10_001, 2)).isNotNull();
      DataValidation flag = validationAt(elder, 2, 3);
      assertThat(listValues(wb, flag.getValidationConstraint().getFormula1()))
          .containsExactly("是", "否");
      XSSFSheet org = wb.getSheet("组织机构");
      DataValidation members = validationAt(org, 2, 1);
      assertThat(members.getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.INTEGER);
      assertThat(members.getValidationConstraint().getFormula1()).isEqualTo("0");
      assertThat(members.getValidationConstraint().getFormula2()).isEqualTo("500");
      DataValidation funding = validationAt(org, 2, 5);
      assertThat(funding.getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.DECIMAL);
      assertThat(funding.getValidationConstraint().getFormula2()).isEqualTo("100000000");
      // the joined column (index 4) is a date column
      assertThat(elder.getColumnStyle(4).getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(DateUtil.isADateFormat(elder.getColumnStyle(4).getDataFormat(),
          elder.getColumnStyle(4).getDataFormatString())).isTrue();
      assertThat(org.getColumnStyle(1).getDataFormatString()).isEqualTo("0");
      XSSFSheet unit = wb.getSheet("单位信息");
      assertThat(listValues(wb, validationAt(unit, 2, 3).getValidationConstraint().getFormula1()))
          .containsExactly("320402 天宁区", "320404 钟楼区", "320411 新北区", "320412 武进区",
              "320413 金坛区", "320481 溧阳市");
      DataValidation points = validationAt(wb.getSheet("自评"), 2, 5);
      assertThat(points.getValidationConstraint().getFormula2()).isEqualTo("4"); // 1.1: 4 points
    }
  }

  @Test
  void everyHeaderCarriesAHintAndNoCellHoldsAFormula() throws IOException {
    try (XSSFWorkbook wb = template(UnitType.PRIMARY, ZH)) {
      XSSFSheet training = wb.getSheet("学习培训");
      Row header = training.getRow(0);
      for (Cell c : header) {
        assertThat(c.getCellComment()).as(c.getStringCellValue()).isNotNull();
      }
      // hours: a decimal above 0 and at most 24, in hours
      assertThat(header.getCell(2).getCellComment().getString().getString())
          .contains("小时").contains("大于 0").contains("24");
      int cells = 0;
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            cells++;
            assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      assertThat(cells).isGreaterThan(100);
      String instructions = column(wb.getSheet("填写说明"), 0, 0).toString();
      assertThat(instructions).contains("自评分").contains("WPS").contains(".xlsx");
    }
  }

  @Test
  void aStandardThatDoesNotCoverTheUnitTypeGetsAProblem() {
    Standard onlyPrimary = ImmutableStandard.copyOf(STANDARD)
        .withApplicableUnitTypes(Set.of(UnitType.PRIMARY));
    Result<byte[]> r = Workbooks.template(onlyPrimary, UnitType.KINDERGARTEN, ZH);
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(p -> p.getCode())
        .containsExactly(ProblemCode.ASSESSMENT_UNIT_TYPE_NOT_COVERED);
  }

  @Test
  void preFilledTemplateCarriesStandingRecordsAndDropsOtherYears() throws IOException {
    SelfAssessment a = StandardsJson.create()
        .readAssessment(ReferenceData.sample("01-excellent-primary.json")).orElseThrow();
    long dated = a.getEvidence().stream().filter(e -> e.dated().isPresent()).count();
    long standing = a.getEvidence().size() - dated;
    Result<byte[]> next = Workbooks.template(STANDARD, a, OptionalInt.of(a.getYear() + 1), ZH);
    // every record of sample 01 dated in 2022 is outside 2023: one warning each, nothing else
    assertThat(next.warnings()).hasSize((int) dated)
        .allMatch(p -> p.getCode() == ProblemCode.CARRY_OVER_RECORD_DROPPED);
    try (XSSFWorkbook wb = open(next.orElseThrow())) {
      int rows = 0;
      for (Sheet s : wb) {
        String role = sheetRole(wb, s.getSheetName());
        if (role != null && role.startsWith("evidence.")) {
          rows += column(s, 0).size();
        }
      }
      assertThat(rows).isEqualTo((int) standing);
      Row unit = wb.getSheet("单位信息").getRow(2);
      assertThat(unit.getCell(0).getStringCellValue()).isEqualTo("WJ-PS-001");
      assertThat(unit.getCell(3).getStringCellValue()).isEqualTo("320412 武进区");
      assertThat(unit.getCell(4).getNumericCellValue()).isEqualTo(2023.0);
      // the claims are copied as a starting point: 25 rows, all filled
      Sheet claims = wb.getSheet("自评");
      for (int r = 2; r < 27; r++) {
        assertThat(claims.getRow(r).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      }
    }
  }

  // ---- helpers

  static String metaValue(Sheet meta, String key) {
    for (Row r : meta) {
      if (r.getCell(0).getStringCellValue().equals(key)) {
        return r.getCell(1).getStringCellValue();
      }
    }
    return null;
  }

  static String sheetRole(XSSFWorkbook wb, String sheetName) {
    for (Row r : wb.getSheet("_meta")) {
      if (r.getCell(0).getStringCellValue().startsWith("sheet.")
          && r.getCell(1).getStringCellValue().equals(sheetName)) {
        return r.getCell(0).getStringCellValue().substring("sheet.".length());
      }
    }
    return null;
  }

  static List<String> column(Sheet s, int col) {
    return column(s, col, 2);
  }

  static List<String> column(Sheet s, int col, int fromRow) {
    List<String> out = new ArrayList<>();
    for (int r = fromRow; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row != null && row.getCell(col) != null
          && row.getCell(col).getCellType() == CellType.STRING) {
        out.add(row.getCell(col).getStringCellValue());
      }
    }
    return out;
  }

  static DataValidation validationAt(XSSFSheet s, int row, int col) {
    for (DataValidation v : s.getDataValidations()) {
      for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
        if (a.isInRange(row, col)) {
          return v;
        }
      }
    }
    return null;
  }

  static List<String> listValues(XSSFWorkbook wb, String ref) {
    // such as '_lists'!$C$2:$C$4
    String range = ref.substring(ref.indexOf('!') + 1);
    CellRangeAddress a = CellRangeAddress.valueOf(range.replace("$", ""));
    Sheet lists = wb.getSheet("_lists");
    List<String> out = new ArrayList<>();
    for (int r = a.getFirstRow(); r <= a.getLastRow(); r++) {
      out.add(lists.getRow(r).getCell(a.getFirstColumn()).getStringCellValue());
    }
    return out;
  }
}
