package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.CanonicalJson;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON → pre-filled template → read gives the same assessment and the same score report; a blank
 * template filled in cell by cell as a user would scores as the JSON it was filled from.
 */
class WorkbookRoundTripTest {
  static final Standard STANDARD = ReferenceData.changzhouStandard();
  static final StandardsJson JSON = StandardsJson.create();
  static final CanonicalJson CANONICAL = CanonicalJson.create();

  static SelfAssessment sample(String name) {
    return JSON.readAssessment(ReferenceData.sample(name)).orElseThrow();
  }

  /** The pre-filled workbook of a sample, in a language: no warnings, nothing left out. */
  static byte[] preFilled(SelfAssessment a, Locale lang) {
    Result<byte[]> w = Workbooks.template(STANDARD, a, OptionalInt.empty(), lang);
    assertThat(w.problems()).isEmpty();
    return w.orElseThrow();
  }

  /**
   * Reads a workbook back and checks it is the sample: canonical JSON and score report. A workbook
   * holds each evidence kind on its own sheet, so the evidence comes back in the registry's order
   * of kinds (the order within a kind kept); the original is compared in that order.
   */
  static void assertSameAssessment(String name, SelfAssessment original, byte[] workbook) {
    Result<SelfAssessment> read = Workbooks.read(workbook, STANDARD);
    assertThat(read.problems()).as(name).filteredOn(Problem::isError).isEmpty();
    SelfAssessment back = read.orElseThrow();
    SelfAssessment expected = WorkbookReadTest.byKind(original);
    // canonical JSON writes numbers without trailing zeros, so 6000 and 6000.0 compare equal
    assertThat(CANONICAL.canonicalText(back)).as(name)
        .isEqualTo(CANONICAL.canonicalText(expected));
    ScoreReport after = Scorer.create().score(STANDARD, back).orElseThrow();
    assertThat(JSON.writeReport(after)).as(name)
        .isEqualTo(JSON.writeReport(Scorer.create().score(STANDARD, expected).orElseThrow()));
    ScoreReport before = Scorer.create().score(STANDARD, original).orElseThrow();
    assertThat(after.total()).as(name).isEqualTo(before.total());
    assertThat(after.roundedTotal()).as(name).isEqualTo(before.roundedTotal());
    assertThat(after.items()).as(name).isEqualTo(before.items());
  }

  @Test
  void eachBundledSampleRoundTripsThroughItsPreFilledTemplate() {
    List<String> names = ReferenceData.sampleNames();
    assertThat(names).hasSize(6);
    for (String name : names) {
      SelfAssessment a = sample(name);
      for (Locale lang : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        assertSameAssessment(name + " " + lang, a, preFilled(a, lang));
      }
    }
  }

  @Test
  void aBlankTemplateFilledInCellByCellScoresAsSample01() throws IOException {
    JsonNode source = JsonMapper.builder().build()
        .readTree(ReferenceData.sample("01-excellent-primary.json"));
    byte[] blank = Workbooks.template(STANDARD, UnitType.PRIMARY, Locale.SIMPLIFIED_CHINESE)
        .orElseThrow();
    byte[] filled;
    try (XSSFWorkbook wb = WorkbookTemplateTest.open(blank)) {
      XSSFSheet unit = wb.getSheet("单位信息");
      Row u = unit.getRow(2);
      u.getCell(0).setCellValue(source.get("unit").get("id").asString());
      u.getCell(1).setCellValue(source.get("unit").get("name").asString());
      u.getCell(3).setCellValue(pick(wb, unit, 3, "320412 武进区"));
      u.getCell(4).setCellValue(source.get("year").asInt());

      Map<String, Integer> nextRow = new HashMap<>();
      for (JsonNode e : source.get("evidence")) {
        EvidenceKind kind = EvidenceKinds.byName(e.get("type").asString()).orElseThrow();
        XSSFSheet s = wb.getSheet(kind.label().zh());
        int r = nextRow.merge(kind.name(), 1, Integer::sum) + 1; // rows 3, 4, … (0-based 2, 3, …)
        Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
        for (int col = 0; col < kind.fields().size(); col++) {
          // the column is found by its key in the hidden row 2, as the reader finds it
          String key = s.getRow(1).getCell(col).getStringCellValue();
          EvidenceField f = kind.field(key.substring(key.indexOf('.') + 1)).orElseThrow();
          JsonNode v = e.get(f.name());
          Cell c = row.createCell(col);
          switch (f.type()) {
            case ENUM -> c.setCellValue(pick(wb, s, col,
                f.choice(v.asString()).orElseThrow().label().zh()));
            case FLAG -> c.setCellValue(pick(wb, s, col, v.asBoolean() ? "是" : "否"));
            case DATE -> {
              // typed as text in the Chinese form, as a secretary would
              LocalDate d = LocalDate.parse(v.asString());
              c.setCellValue(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth()
                  + "日");
            }
            case WHOLE_NUMBER, DECIMAL, YUAN -> c.setCellValue(v.asDouble());
            default -> {
              if (!v.asString().isEmpty()) {
                c.setCellValue(v.asString());
              }
            }
          }
        }
      }
      XSSFSheet claims = wb.getSheet("自评");
      Map<String, JsonNode> byCode = new HashMap<>();
      source.get("claims").forEach(c -> byCode.put(c.get("code").asString(), c));
      for (int r = 2; r <= claims.getLastRowNum(); r++) {
        Row row = claims.getRow(r);
        JsonNode c = byCode.get(row.getCell(0).getStringCellValue());
        row.getCell(5).setCellValue(c.get("points").asDouble());
        if (!c.get("narrative").asString().isEmpty()) {
          row.getCell(6).setCellValue(c.get("narrative").asString());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      filled = out.toByteArray();
    }
    Result<SelfAssessment> read = Workbooks.read(filled, STANDARD);
    assertThat(read.problems()).filteredOn(Problem::isError).isEmpty();
    ScoreReport report = Scorer.create().score(STANDARD, read.orElseThrow()).orElseThrow();
    // Sample 01's known total (the golden score report): dimension points 20, 20, 19.5, 20, 18
    // of 20 each, weighted 20, 25, 25, 15, 15:
    // 20 + 25 + 19.5/20*25 + 15 + 18/20*15 = 20 + 25 + 24.375 + 15 + 13.5 = 97.875,
    // plus the bonus B1 2 + B2 1 = 3: 100.875, rounded to 0.1 half up: 100.9.
    assertThat(report.total()).isEqualTo(Points.of(new java.math.BigDecimal("100.875")));
    assertThat(report.roundedTotal()).isEqualTo(Points.of(new java.math.BigDecimal("100.9")));
    assertThat(CANONICAL.canonicalText(read.orElseThrow()))
        .isEqualTo(CANONICAL.canonicalText(sample("01-excellent-primary.json")));
  }

  /** The label a user picks from a column's drop-down: it must be one of the list's values. */
  private static String pick(XSSFWorkbook wb, XSSFSheet s, int col, String wanted) {
    List<String> offered = WorkbookTemplateTest.listValues(wb,
        WorkbookTemplateTest.validationAt(s, 2, col).getValidationConstraint().getFormula1());
    assertThat(offered).contains(wanted);
    return offered.get(offered.indexOf(wanted));
  }
}
