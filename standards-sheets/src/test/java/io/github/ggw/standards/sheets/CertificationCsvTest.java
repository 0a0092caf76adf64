package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.rules.workflow.CertificationEntry;
import io.github.ggw.standards.rules.workflow.CertificationList;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV form of the certification list, over the bundled case files. */
class CertificationCsvTest {
  private static final WorkflowJson JSON = WorkflowJson.create();
  private static final Workflow WORKFLOW = JSON.workflow(ReferenceData.changzhouStandard(),
      ReferenceData.changzhouRegistry(), Clock.fixed(Instant.parse("2023-06-01T00:00:00Z"),
          Workflow.ZONE));

  private static List<CaseFile> bundled() {
    return ReferenceData.caseFileNames().stream()
        .map(n -> JSON.readCaseFile(ReferenceData.caseFile(n), WORKFLOW).orElseThrow())
        .toList();
  }

  @Test
  void oneRowPerApprovedUnitByDistrictThenCodeAfterAHeader() {
    CertificationList list = CertificationList.of(bundled());
    String csv = CertificationCsv.write(list);
    assertThat(csv).isEqualTo(String.join("\n",
        "district,unitId,unitName,unitType,year,standardId,standardVersion,roundedTotal,"
            + "rating,ratingZh,designation,designationZh,documentNumber,conferredOn",
        "320402,CZ-SS-001,常州市实验高级中学（虚构）,SENIOR_SECONDARY,2022,changzhou-quality-basic,"
            + "2021.1," + total(list, 0) + ",EXCELLENT,优秀,QUALITY_CERTIFIED,优质化达标校,"
            + "常教关委〔2022〕4号,2022-12-20",
        "320412,WJ-PS-001,武进区星河实验小学（虚构）,PRIMARY,2022,changzhou-quality-basic,"
            + "2021.1," + total(list, 1) + ",EXCELLENT,优秀,QUALITY_CERTIFIED,优质化达标校,"
            + "常教关委〔2022〕4号,2022-12-20", ""));
  }

  private static String total(CertificationList list, int i) {
    return list.entries().get(i).roundedTotal().toString();
  }

  @Test
  void fieldsThatNeedItAreQuoted() {
    CertificationEntry e = CertificationList.of(bundled()).entries().get(0);
    CertificationList quoted = new CertificationList(List.of(new CertificationEntry(
        e.district(), e.unitId(), "学校,\"分校\"", e.unitType(), 2022, e.standardId(),
        e.standardVersion(), Points.parse("90.5"), e.rating(), e.designation())), 1);
    assertThat(CertificationCsv.write(quoted)).contains(",\"学校,\"\"分校\"\"\",");
  }

  /**
   * A unit name or document number that Excel would run as a formula gets a leading quote
   * (CSV injection); before, "=HYPERLINK(…)" in a school's unit name reached the city's
   * spreadsheet as a formula. A text starting otherwise is written as it is.
   */
  @Test
  void aTextThatWouldRunAsAFormulaInExcelIsWrittenAsText() {
    CertificationEntry e = CertificationList.of(bundled()).entries().get(0);
    String[] names = {"=HYPERLINK(\"http://x.example\",\"点此\")", "+1+1", "-2+3", "@SUM(A1)"};
    for (String name : names) {
      CertificationList list = new CertificationList(List.of(new CertificationEntry(
          e.district(), e.unitId(), name, e.unitType(), 2022, e.standardId(),
          e.standardVersion(), Points.parse("90.5"), e.rating(), e.designation())), 1);
      String row = CertificationCsv.write(list).split("\n")[1];
      String cell = row.split(",", 4)[2];
      assertThat(cell).as(name).matches("\"?'.*").doesNotStartWith("=").doesNotStartWith("+")
          .doesNotStartWith("-").doesNotStartWith("@");
    }
    CertificationList plain = new CertificationList(List.of(new CertificationEntry(
        e.district(), e.unitId(), "星河小学-分校", e.unitType(), 2022, e.standardId(),
        e.standardVersion(), Points.parse("90.5"), e.rating(), e.designation())), 1);
    assertThat(CertificationCsv.write(plain)).contains(",星河小学-分校,");
  }
}
