package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.workflow.CanonicalJson;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The facts sheet (事实数据) and the counted-deductions sheet (扣分明细) of the self-assessment
 * workbook: written when the standard declares facts or has counted deductions, pre-filled from an
 * assessment, read back into fact evidence and claim counts, every problem at its cell.
 */
class WorkbookFactsAndDeductionsTest {
  static final StandardsJson JSON = StandardsJson.create();
  static final CanonicalJson CANONICAL = CanonicalJson.create();
  static final Standard FACTS = standard("facts-sheet.csv");
  static final Standard COUNTED = standard("counted-sheet.csv");

  static byte[] resource(String name) {
    try (InputStream in = WorkbookFactsAndDeductionsTest.class.getResourceAsStream(
        "workbook/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Standard standard(String name) {
    return StandardsCsv.create().readStandard(resource(name)).orElseThrow();
  }

  static SelfAssessment assessment(String name) {
    return JSON.readAssessment(resource(name)).orElseThrow();
  }

  static void assertRoundTrip(Standard standard, SelfAssessment original, Locale lang) {
    Result<byte[]> w = Workbooks.template(standard, original, OptionalInt.empty(), lang);
    assertThat(w.problems()).isEmpty();
    Result<SelfAssessment> read = Workbooks.read(w.orElseThrow(), standard);
    assertThat(read.problems()).as(lang.toString()).filteredOn(Problem::isError).isEmpty();
    SelfAssessment back = read.orElseThrow();
    assertThat(CANONICAL.canonicalText(back)).as(lang.toString())
        .isEqualTo(CANONICAL.canonicalText(original));
    assertThat(JSON.writeReport(Scorer.create().score(standard, back).orElseThrow()))
        .isEqualTo(JSON.writeReport(Scorer.create().score(standard, original).orElseThrow()));
  }

  static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(XSSFWorkbook wb) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (wb) {
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A cell of a sheet, by 1-based row and 0-based column, created when absent. */
  static Cell cell(XSSFSheet s, int row, int col) {
    Row r = s.getRow(row - 1) == null ? s.createRow(row - 1) : s.getRow(row - 1);
    return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
  }

  static void unit(XSSFWorkbook wb, String id) {
    XSSFSheet u = wb.getSheet("单位信息");
    cell(u, 3, 0).setCellValue(id);
    cell(u, 3, 1).setCellValue("测试小学（虚构）");
    cell(u, 3, 3).setCellValue("320412 武进区");
    cell(u, 3, 4).setCellValue(2022);
  }

  static List<String> at(Result<SelfAssessment> r) {
    return r.problems().stream().map(p -> p.getCode() + " " + p.getLocation().getSheet()
        .orElse("") + "!" + p.getLocation().getCell().orElse("")).toList();
  }

  @Test
  void factsOfEveryTypeRoundTripThroughThePreFilledWorkbook() {
    SelfAssessment a = assessment("fact-a.json");
    assertRoundTrip(FACTS, a, Locale.SIMPLIFIED_CHINESE);
    assertRoundTrip(FACTS, a, Locale.ENGLISH);
  }

  @Test
  void countedDeductionsRoundTripThroughThePreFilledWorkbook() {
    SelfAssessment a = assessment("counted-1.json");
    assertThat(a.getClaims().get(0).pointsGiven()).isFalse();
    assertRoundTrip(COUNTED, a, Locale.SIMPLIFIED_CHINESE);
    assertRoundTrip(COUNTED, a, Locale.ENGLISH);
  }

  @Test
  void theSheetsAreWrittenOnlyWhenTheStandardHasFactsOrCountedDeductions() throws IOException {
    try (XSSFWorkbook facts = open(Workbooks.template(FACTS, UnitType.PRIMARY,
        Locale.SIMPLIFIED_CHINESE).orElseThrow());
        XSSFWorkbook counted = open(Workbooks.template(COUNTED, UnitType.PRIMARY,
            Locale.SIMPLIFIED_CHINESE).orElseThrow())) {
      assertThat(facts.getSheet("事实数据")).isNotNull();
      assertThat(facts.getSheet("扣分明细")).isNull();
      assertThat(counted.getSheet("事实数据")).isNull();
      assertThat(counted.getSheet("扣分明细")).isNotNull();
      // one row per declared fact, in declaration order, code and type locked
      XSSFSheet f = facts.getSheet("事实数据");
      assertThat(f.getLastRowNum() + 1 - 2).isEqualTo(6);
      assertThat(cell(f, 3, 0).getStringCellValue()).isEqualTo("lectures.pupilsReached");
      assertThat(cell(f, 3, 0).getCellStyle().getLocked()).isTrue();
      assertThat(cell(f, 3, 2).getStringCellValue()).contains("整数").contains("0").contains(
          "100000");
      assertThat(cell(f, 3, 3).getCellStyle().getLocked()).isFalse();
      assertThat(cell(f, 4, 2).getStringCellValue()).contains("DRAFTED / ADOPTED / PUBLISHED");
      // every value cell validated: the count, the choice, the flag, the date, the amount, the count
      assertThat(f.getDataValidations()).hasSize(6);
      // one row per declared deficiency: D1 and D2 of item 1.1
      XSSFSheet d = counted.getSheet("扣分明细");
      assertThat(cell(d, 3, 0).getStringCellValue()).isEqualTo("1.1");
      assertThat(cell(d, 3, 2).getStringCellValue()).isEqualTo("D1");
      assertThat(cell(d, 4, 2).getStringCellValue()).isEqualTo("D2");
      assertThat(cell(d, 4, 3).getStringCellValue()).isEqualTo("无会议纪要");
      assertThat(cell(d, 3, 4).getNumericCellValue()).isEqualTo(2.0);
      assertThat(d.getRow(4) == null).isTrue();
      assertThat(cell(d, 3, 5).getCellStyle().getLocked()).isFalse();
    }
  }

  @Test
  void aBlankTemplateFilledCellByCellScoresToTheHandComputedTotal() {
    XSSFWorkbook wb = open(Workbooks.template(FACTS, UnitType.PRIMARY,
        Locale.SIMPLIFIED_CHINESE).orElseThrow());
    unit(wb, "FA-PS-009");
    XSSFSheet f = wb.getSheet("事实数据");
    cell(f, 3, 3).setCellValue(350);          // lectures.pupilsReached
    cell(f, 4, 3).setCellValue(" published ");  // plan.status, any case, spaces trimmed
    cell(f, 5, 3).setCellValue("是");          // counselling.hotline
    cell(f, 6, 3).setCellValue("2022年3月1日");  // plan.adoptedOn, typed as text
    cell(f, 7, 3).setCellValue(5000);         // funding.elderActivities
    cell(f, 8, 3).setCellValue(3);            // visits.homes
    XSSFSheet claims = wb.getSheet("自评");
    for (int r = 3; r <= 10; r++) {
      cell(claims, r, 5).setCellValue(0);
    }
    Result<SelfAssessment> read = Workbooks.read(bytes(wb), FACTS);
    assertThat(read.problems()).filteredOn(Problem::isError).isEmpty();
    // X.1 ladder 500:3, 200:2, 1:1 at 350 → 2; X.2 PUBLISHED is one of ADOPTED, PUBLISHED → 2;
    // Y.1 hotline → 1; Y.2 adopted 2022-03-01 ≤ 2022-06-30 → 1; Y.3 ≥ 2022-01-01 → 1;
    // Y.4 5000 ≥ 5000 → 1; Y.5 3 × 0.5 = 1.5 (max 2) → 1.5; Y.6 PUBLISHED → 1;
    // total 2 + 2 + 1 + 1 + 1 + 1 + 1.5 + 1 = 10.5
    assertThat(Scorer.create().score(FACTS, read.orElseThrow()).orElseThrow().total())
        .isEqualTo(Points.of(new BigDecimal("10.5")));
  }

  @Test
  void aBlankCountedTemplateFilledCellByCellScoresToTheHandComputedTotal() {
    XSSFWorkbook wb = open(Workbooks.template(COUNTED, UnitType.PRIMARY,
        Locale.SIMPLIFIED_CHINESE).orElseThrow());
    unit(wb, "CD-PS-009");
    XSSFSheet claims = wb.getSheet("自评");
    // 1.1 left to its counts; 1.2 and 2.1 self-scored 10 each
    cell(claims, 4, 5).setCellValue(10);
    cell(claims, 5, 5).setCellValue(10);
    XSSFSheet d = wb.getSheet("扣分明细");
    cell(d, 3, 5).setCellValue(2); // D1 records incomplete, 2 points each
    cell(d, 4, 5).setCellValue(1); // D2 no minutes, 2 points each
    Result<SelfAssessment> read = Workbooks.read(bytes(wb), COUNTED);
    assertThat(read.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(read.orElseThrow().getClaims().get(0).pointsGiven()).isFalse();
    // 1.1: 10 − 2 × 2 − 1 × 2 = 4; 1.2: 10; 2.1: 10; total 4 + 10 + 10 = 24
    assertThat(Scorer.create().score(COUNTED, read.orElseThrow()).orElseThrow().total())
        .isEqualTo(Points.of(new BigDecimal("24")));
  }

  @Test
  void brokenFactAndCountCellsAreLocatedAtTheirCells() {
    XSSFWorkbook wb = open(Workbooks.template(FACTS, assessment("fact-a.json"),
        OptionalInt.empty(), Locale.SIMPLIFIED_CHINESE).orElseThrow());
    XSSFSheet f = wb.getSheet("事实数据");
    cell(f, 4, 3).setCellValue("已发布了");   // plan.status: not a choice
    cell(f, 8, 3).setCellValue(1.5);         // visits.homes: a count of 1.5
    cell(f, 9, 0).setCellValue("made.up");   // a fact the standard does not declare
    cell(f, 9, 3).setCellValue("1");
    Result<SelfAssessment> read = Workbooks.read(bytes(wb), FACTS);
    assertThat(read.isValid()).isFalse();
    assertThat(at(read)).contains("WORKBOOK_LABEL_UNKNOWN 事实数据!D4",
        "WORKBOOK_CELL_INVALID 事实数据!D8", "FACT_UNDECLARED 事实数据!A9");

    XSSFWorkbook counted = open(Workbooks.template(COUNTED, assessment("counted-1.json"),
        OptionalInt.empty(), Locale.SIMPLIFIED_CHINESE).orElseThrow());
    XSSFSheet d = counted.getSheet("扣分明细");
    cell(d, 3, 5).setCellValue(-1);   // D1: a count of −1
    cell(d, 4, 5).setCellValue(1.5);  // D2: a count of 1.5
    Result<SelfAssessment> bad = Workbooks.read(bytes(counted), COUNTED);
    assertThat(bad.isValid()).isFalse();
    assertThat(at(bad)).contains("WORKBOOK_CELL_INVALID 扣分明细!F3",
        "WORKBOOK_CELL_INVALID 扣分明细!F4");
    // item 1.1 leaves its score to the counts: the counts' problems are the only ones
    assertThat(at(bad)).filteredOn(x -> x.contains("自评")).isEmpty();
  }

  @Test
  void anUndeclaredDeficiencyIsReportedAtItsCodeAndAClaimWithoutScoreOrCountsAtItsScore() {
    XSSFWorkbook wb = open(Workbooks.template(COUNTED, UnitType.PRIMARY,
        Locale.SIMPLIFIED_CHINESE).orElseThrow());
    unit(wb, "CD-PS-010");
    XSSFSheet claims = wb.getSheet("自评");
    cell(claims, 4, 5).setCellValue(10);
    cell(claims, 5, 5).setCellValue(10);
    XSSFSheet d = wb.getSheet("扣分明细");
    cell(d, 5, 0).setCellValue("1.1");
    cell(d, 5, 2).setCellValue("D9");
    cell(d, 5, 5).setCellValue(1);
    Result<SelfAssessment> read = Workbooks.read(bytes(wb), COUNTED);
    assertThat(at(read)).contains("CLAIM_DEFICIENCY_UNKNOWN 扣分明细!C5");

    XSSFWorkbook none = open(Workbooks.template(COUNTED, UnitType.PRIMARY,
        Locale.SIMPLIFIED_CHINESE).orElseThrow());
    unit(none, "CD-PS-011");
    cell(none.getSheet("自评"), 4, 5).setCellValue(10);
    cell(none.getSheet("自评"), 5, 5).setCellValue(10);
    // item 1.1 has neither a self-score nor counts
    assertThat(at(Workbooks.read(bytes(none), COUNTED))).contains(
        "WORKBOOK_CELL_REQUIRED 自评!F3");
  }
}
