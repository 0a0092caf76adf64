package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Score sheets as CSV and XLSX, read back with commons-csv and Apache POI. */
class ScoreSheetTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The JSON report of a sample, as an integrator would receive it. */
  private static JsonNode json(ScoreReport r) {
    return MAPPER.readTree(SampleReports.JSON.writeReport(r)).get("report");
  }

  private static List<CSVRecord> csv(byte[] bytes) throws IOException {
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
  }

  private static BigDecimal decimal(JsonNode n) {
    return n == null || n.isNull() ? null : n.decimalValue();
  }

  /** The XLSX holds the same numbers as the JSON report, line by line, and the same total. */
  @ParameterizedTest
  @ValueSource(strings = {"01-excellent-primary.json", "02-failing-junior.json",
      "03-vetoed-primary.json", "04-boundary-kindergarten.json", "05-overclaim-vocational.json",
      "06-good-senior.json"})
  void xlsxHoldsTheNumbersOfTheJsonReport(String sample) throws IOException {
    ScoreReport r = SampleReports.report(sample);
    JsonNode report = json(r);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        ScoreSheet.of(r).toXlsx(SampleReports.ZH)))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      Sheet summary = book.getSheetAt(0);
      assertThat(summary.getSheetName()).isEqualTo("汇总");
      Row unit = summary.getRow(1);
      assertThat(unit.getCell(1).getStringCellValue())
          .isEqualTo(report.get("unit").get("id").asString());
      assertThat(unit.getCell(5).getNumericCellValue())
          .isEqualTo(report.get("roundedTotal").decimalValue().doubleValue());
      Sheet sheet = book.getSheetAt(1);
      assertThat(sheet.getSheetName()).isEqualTo(report.get("unit").get("id").asString() + " 2022");
      assertThat(cells(sheet.getRow(0))).startsWith("编号", "指标", "类别", "满分", "自评申报",
          "自评阶段得分", "来源", "扣分理由");
      JsonNode items = report.get("items");
      assertThat(sheet.getLastRowNum()).isEqualTo(items.size() + 1);
      for (int k = 0; k < items.size(); k++) {
        JsonNode item = items.get(k);
        Row row = sheet.getRow(k + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(item.get("code").asString());
        assertThat(row.getCell(1).getStringCellValue())
            .isEqualTo(item.get("title").get("zh").asString());
        assertThat(row.getCell(3).getNumericCellValue())
            .isEqualTo(decimal(item.get("maxPoints")).doubleValue());
        BigDecimal claimed = decimal(item.get("claimed"));
        if (claimed == null) {
          assertThat(row.getCell(4)).isNull();
        } else {
          assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(claimed.doubleValue());
        }
        assertThat(row.getCell(5).getNumericCellValue())
            .isCloseTo(decimal(item.get("awarded")).doubleValue(), within(1e-12));
        assertThat(row.getCell(7) == null ? 0 : row.getCell(7).getStringCellValue().split("\n")
            .length).isEqualTo(item.get("lost").size());
      }
      Row total = sheet.getRow(items.size() + 1);
      assertThat(total.getCell(1).getStringCellValue()).isEqualTo("总分（取整）");
      assertThat(total.getCell(3).getNumericCellValue())
          .isEqualTo(report.get("maximumTotal").decimalValue().doubleValue());
      assertThat(total.getCell(4).getNumericCellValue())
          .isEqualTo(report.get("claimedSum").decimalValue().doubleValue());
      assertThat(total.getCell(5).getNumericCellValue())
          .isEqualTo(report.get("roundedTotal").decimalValue().doubleValue());
      assertThat(total.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0");
    }
  }

  /**
   * Worked example, sample 02 (junior secondary, failing): line 1.3 working team has 2 elders →
   * 1.5 of 4 (ladder ≥6→4, ≥4→3, ≥2→1.5), claim 1.5; line 3.3 deduction 4 − 2 (no pupils) − 0.5 ×
   * (8 − 3 sessions) = −0.5 → floored at 0; total 131/8 = 16.375 → 16.4; claims sum 16.
   */
  @Test
  void csvHasABomExactFiguresAndEveryReason() throws IOException {
    ScoreReport r = SampleReports.report("02-failing-junior.json");
    List<CSVRecord> rows = csv(ScoreSheet.of(r).toCsv(SampleReports.ZH));
    assertThat(rows.get(0).toList()).containsExactly("编号", "指标", "类别", "满分", "自评申报",
        "自评阶段得分", "来源", "扣分理由", "权重");
    assertThat(rows).hasSize(1 + 33 + 1);
    // the bundled standard weights its dimensions 20, 25, 25, 15, 15: on the dimension rows only
    assertThat(rows.stream().filter(x -> x.get(0).equals("2")).findFirst().orElseThrow().get(8))
        .isEqualTo("25");
    assertThat(rows.stream().filter(x -> x.get(0).equals("2.1")).findFirst().orElseThrow().get(8))
        .isEmpty();
    CSVRecord team = rows.stream().filter(x -> x.get(0).equals("1.3")).findFirst().orElseThrow();
    assertThat(team.toList()).containsExactly("1.3", "工作团队", "常规指标", "4", "1.5", "1.5",
        "按佐证核算", "−2.5 工作团队五老人数为2，得1.5分；满分需达到6", "");
    CSVRecord pupils = rows.stream().filter(x -> x.get(0).equals("3.3")).findFirst().orElseThrow();
    assertThat(pupils.get(3)).isEqualTo("4");
    assertThat(pupils.get(5)).isEqualTo("0");
    assertThat(pupils.get(7).split("\n")).hasSize(2);
    CSVRecord total = rows.get(rows.size() - 1);
    assertThat(total.toList()).containsExactly("", "总分（取整）", "", "103", "16", "16.4", "",
        "等级 不合格 · 可申报认定：否：" + r.eligibility().reasons().stream()
            .map(LocalizedText::zh).reduce((a, b) -> a + "; " + b).orElseThrow(), "");
    // every figure is a plain decimal, never the machine's "1,5" or an exponent
    for (CSVRecord row : rows.subList(1, rows.size())) {
      for (int c = 3; c <= 5; c++) {
        assertThat(row.get(c)).matches("|\\d+(\\.\\d+)?");
      }
    }
  }

  @Test
  void englishHeadingsAndExactFractions() throws IOException {
    // sample 04: dimension 2 has 12 applicable of 20 points and scores 7 (7/12 rate); the
    // dimension line shows its exact points; the total 1799/24 = 74.958… rounds to 75.0
    ScoreReport r = SampleReports.report("04-boundary-kindergarten.json");
    List<CSVRecord> rows = csv(ScoreSheet.of(r).toCsv(SampleReports.EN));
    assertThat(rows.get(0).toList()).containsExactly("Code", "Indicator", "Kind", "Max",
        "Self: claimed", "Self: scored", "Source", "Reasons for lost points", "Weight");
    assertThat(rows.stream().filter(x -> x.get(0).equals("2")).findFirst().orElseThrow().get(5))
        .isEqualTo("7");
    assertThat(rows.get(rows.size() - 1).get(5)).isEqualTo("75.0");
  }

  /** District and city columns: filled where the stage set a figure, blank elsewhere. */
  @Test
  void reviewStagesAddPointsAndReasonColumns() throws IOException {
    ScoreReport r = SampleReports.report("01-excellent-primary.json");
    StageColumn district = new StageColumn(LocalizedText.of("区审核", "District review"),
        Map.of(CriterionCode.of("3.1"), Points.parse("3"), CriterionCode.of("5.4"),
            Points.parse("4")),
        Map.of(CriterionCode.of("3.1"), LocalizedText.of("菜单对接记录不全", "Matching records incomplete")));
    StageColumn city = new StageColumn(LocalizedText.of("市审批", "City approval"),
        Map.of(CriterionCode.of("3.1"), Points.parse("3")), Map.of());
    ScoreSheet sheet = new ScoreSheet(r, List.of(district, city));
    List<CSVRecord> rows = csv(sheet.toCsv(SampleReports.ZH));
    assertThat(rows.get(0).toList()).containsExactly("编号", "指标", "类别", "满分", "自评申报",
        "自评阶段得分", "区审核", "区审核理由", "市审批", "市审批理由", "来源", "扣分理由", "权重");
    CSVRecord matching = rows.stream().filter(x -> x.get(0).equals("3.1")).findFirst()
        .orElseThrow();
    assertThat(matching.toList().subList(3, 10))
        .containsExactly("4", "3.5", "3.5", "3", "菜单对接记录不全", "3", "");
    CSVRecord untouched = rows.stream().filter(x -> x.get(0).equals("1.1")).findFirst()
        .orElseThrow();
    assertThat(untouched.toList().subList(6, 10)).containsExactly("", "", "", "");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        sheet.toXlsx(SampleReports.EN)))) {
      Sheet s = book.getSheetAt(1);
      assertThat(cells(s.getRow(0))).contains("District review", "District review: reason",
          "City approval");
      Row row = findRow(s, "3.1");
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(3.0);
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Matching records incomplete");
      assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(3.0);
      assertThat(findRow(s, "1.1").getCell(6)).isNull();
    }
  }

  /** A batch: summary and one sheet per unit, units by district code then unit code. */
  @Test
  void batchWorkbookAndTable() throws IOException {
    List<ScoreSheet> sheets = SampleReports.all().stream().map(ScoreSheet::of).toList();
    // districts: 320402 TN-JS-014, 320404 ZL-PS-007, 320411 XB-KG-003, 320412 WJ-PS-001,
    // 320413 JT-VS-002, 320481 LY-SS-021
    List<String> order = List.of("TN-JS-014", "ZL-PS-007", "XB-KG-003", "WJ-PS-001",
        "JT-VS-002", "LY-SS-021");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        ScoreSheet.batchXlsx(sheets, SampleReports.ZH)))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(7);
      Sheet summary = book.getSheetAt(0);
      List<String> units = new ArrayList<>();
      for (int k = 1; k <= summary.getLastRowNum(); k++) {
        units.add(summary.getRow(k).getCell(1).getStringCellValue());
      }
      assertThat(units).isEqualTo(order);
      for (int k = 0; k < order.size(); k++) {
        assertThat(book.getSheetAt(k + 1).getSheetName()).isEqualTo(order.get(k) + " 2022");
      }
      // WJ-PS-001: 100.9, excellent, eligible
      Row wj = summary.getRow(4);
      assertThat(cells(wj)).containsExactly("320412", "WJ-PS-001", "武进区星河实验小学（虚构）",
          "小学", "2022", "100.9", "优秀", "是", "");
    }
    List<CSVRecord> rows = csv(ScoreSheet.batchCsv(sheets, SampleReports.ZH));
    assertThat(rows.get(0).toList().subList(0, 3)).containsExactly("单位代码", "单位", "编号");
    assertThat(rows).hasSize(1 + 6 * (33 + 1));
    assertThat(rows.get(1).get(0)).isEqualTo("TN-JS-014");
    assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo("LY-SS-021");
    // an empty batch: the heading row only
    assertThat(csv(ScoreSheet.batchCsv(List.of(), SampleReports.ZH))).hasSize(1);
  }

  @Test
  void batchTableRefusesSheetsWithDifferentStages() {
    ScoreReport r = SampleReports.report("01-excellent-primary.json");
    ScoreSheet plain = ScoreSheet.of(r);
    ScoreSheet staged = new ScoreSheet(r, List.of(new StageColumn(
        LocalizedText.of("区审核", "District review"), Map.of(), Map.of())));
    assertThatThrownBy(() -> ScoreSheet.batchCsv(List.of(plain, staged), SampleReports.ZH))
        .isInstanceOf(StandardsException.class).hasMessageContaining("same stages");
  }

  /** A text that starts like a formula is kept as text: Excel must not run it. */
  @Test
  void formulaLikeTextIsQuotedInCsvAndTextInXlsx() throws IOException {
    String formula = "=HYPERLINK(\"http://x\",\"y\")";
    ScoreReport r = SampleReports.withText(SampleReports.report("02-failing-junior.json"),
        formula);
    List<CSVRecord> rows = csv(ScoreSheet.of(r).toCsv(SampleReports.ZH));
    CSVRecord chair = rows.stream().filter(x -> x.get(0).equals("1.1")).findFirst().orElseThrow();
    assertThat(chair.get(1)).isEqualTo("'" + formula);
    assertThat(chair.get(7)).isEqualTo("−4 " + formula);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        ScoreSheet.of(r).toXlsx(SampleReports.ZH)))) {
      Cell title = findRow(book.getSheetAt(1), "1.1").getCell(1);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo(formula);
    }
  }

  @Test
  void optionsBounds() {
    assertThatThrownBy(() -> new ReportOptions(Locale.ROOT, -1, Optional.empty()))
        .isInstanceOf(StandardsException.class);
    assertThatThrownBy(() -> new ReportOptions(Locale.ROOT, 7, Optional.empty()))
        .isInstanceOf(StandardsException.class);
    assertThat(new ReportOptions(Locale.ROOT, 0, Optional.empty()).totalDecimals()).isZero();
    assertThat(new ReportOptions(Locale.ROOT, 6, Optional.empty()).totalDecimals()).isEqualTo(6);
    // the bundled standard's precision 0.1 → one decimal
    assertThat(SampleReports.ZH.totalDecimals()).isEqualTo(1);
    assertThat(SampleReports.ZH.standardTitle()).contains(SampleReports.STANDARD.getTitle());
    assertThatThrownBy(() -> new ScoreSheet(null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void valueTypes() {
    ScoreReport a = SampleReports.report("01-excellent-primary.json");
    ScoreReport b = SampleReports.report("02-failing-junior.json");
    LocalizedText district = LocalizedText.of("区审核", "District review");
    new EqualsTester()
        .addEqualityGroup(ReportOptions.of(Locale.ROOT), new ReportOptions(Locale.ROOT, 1,
            Optional.empty()))
        .addEqualityGroup(SampleReports.ZH, ReportOptions.of(Locale.SIMPLIFIED_CHINESE,
            SampleReports.STANDARD))
        .addEqualityGroup(new StageColumn(district, Map.of(CriterionCode.of("1.1"),
            Points.parse("1.5")), Map.of()), new StageColumn(district,
            Map.of(CriterionCode.of("1.1"), Points.parse("1.50")), Map.of()))
        .addEqualityGroup(new StageColumn(district, Map.of(), Map.of()))
        .addEqualityGroup(ScoreSheet.of(a), new ScoreSheet(a, List.of()))
        .addEqualityGroup(ScoreSheet.of(b))
        .testEquals();
  }

  private static Row findRow(Sheet s, String code) {
    for (Row row : s) {
      Cell c = row.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no row " + code);
  }

  private static List<String> cells(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
          ? new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
              .toPlainString()
          : cell.getStringCellValue());
    }
    return out;
  }
}
