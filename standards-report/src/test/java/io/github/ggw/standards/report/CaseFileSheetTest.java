package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The score sheet of a case file carries the district and city points beside the self points. */
class CaseFileSheetTest {

  @Test
  void districtAndCityColumnsComeFromTheCaseFile() {
    Standard standard = ReferenceData.changzhouStandard();
    WorkflowJson json = WorkflowJson.create();
    CaseFile file = json.readCaseFile(ReferenceData.caseFile("WJ-PS-001-2022.case.json"),
        json.workflow(standard, ReferenceData.changzhouRegistry(),
            Clock.fixed(Instant.parse("2023-01-01T00:00:00Z"), ZoneOffset.UTC))).orElseThrow();
    List<StageColumn> columns = StageColumn.of(file);
    assertThat(columns).hasSize(2);
    StageColumn district = columns.get(0);
    // the district lowered 2.4 from the claimed 4 to 3.5, with a reason
    assertThat(district.points().get(CriterionCode.of("2.4"))).isEqualTo(Points.parse("3.5"));
    assertThat(district.reasons()).containsKey(CriterionCode.of("2.4"));
    assertThat(columns.get(1).points().get(CriterionCode.of("2.4")))
        .isEqualTo(Points.parse("3.5"));
    ScoreReport self = Scorer.create().score(standard, file.getAssessment()).value()
        .orElseThrow();
    String csv = new String(new ScoreSheet(self, columns).toCsv(ReportOptions.of(Locale.ENGLISH,
        standard)), StandardCharsets.UTF_8);
    String row = csv.lines().filter(l -> l.startsWith("2.4,")).findFirst().orElseThrow();
    // max 4, claimed 4, self 4, district 3.5 (with its reason), city 3.5
    assertThat(row).contains(",4,").contains("3.5");
    assertThat(csv.lines().findFirst().orElseThrow()).contains("district", "city");
  }
}
