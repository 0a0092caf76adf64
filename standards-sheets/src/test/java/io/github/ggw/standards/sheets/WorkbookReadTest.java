package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading well-formed self-assessment workbooks. */
class WorkbookReadTest {
  static final Standard STANDARD = ReferenceData.changzhouStandard();
  static final StandardsJson JSON = StandardsJson.create();

  static SelfAssessment sample(String name) {
    return JSON.readAssessment(ReferenceData.sample(name)).orElseThrow();
  }

  /** The assessment with its evidence in the registry's order of kinds (a workbook's order). */
  static SelfAssessment byKind(SelfAssessment a) {
    List<Evidence> sorted = a.getEvidence().stream().sorted(Comparator.comparingInt(
        e -> EvidenceKinds.all().indexOf(EvidenceKinds.of(e)))).toList();
    return ImmutableSelfAssessment.copyOf(a).withEvidence(sorted);
  }

  @Test
  void eachBundledSampleReadsBackFromAWorkbookInEitherLanguage() {
    for (String name : ReferenceData.sampleNames()) {
      SelfAssessment a = sample(name);
      for (Locale lang : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        Result<SelfAssessment> read = Workbooks.read(WorkbookFixture.of(a, lang).bytes(),
            STANDARD);
        assertThat(read.problems()).as(name + " " + lang).filteredOn(Problem::isError).isEmpty();
        assertThat(JSON.writeAssessment(read.orElseThrow())).as(name)
            .isEqualTo(JSON.writeAssessment(byKind(a)));
      }
    }
  }

  @Test
  void aWorkbookScoresAsItsJson() {
    SelfAssessment a = sample("01-excellent-primary.json");
    SelfAssessment read = Workbooks.read(WorkbookFixture.of(a, Locale.SIMPLIFIED_CHINESE).bytes(),
        STANDARD).orElseThrow();
    assertThat(Scorer.create().score(STANDARD, read).orElseThrow().roundedTotal())
        .isEqualTo(Scorer.create().score(STANDARD, a).orElseThrow().roundedTotal());
  }

  @Test
  void theFacadeReadsJsonAndWorkbooksByContent() {
    SelfAssessment a = sample("01-excellent-primary.json");
    byte[] xlsx = WorkbookFixture.of(a, Locale.ENGLISH).bytes();
    assertThat(Assessments.isWorkbook(xlsx)).isTrue();
    assertThat(Assessments.isWorkbook(ReferenceData.sample("01-excellent-primary.json")))
        .isFalse();
    assertThat(Assessments.read(xlsx, STANDARD).orElseThrow()).isEqualTo(byKind(a));
    assertThat(Assessments.read(ReferenceData.sample("01-excellent-primary.json"), STANDARD)
        .orElseThrow()).isEqualTo(a);
    // the JSON path runs the checks against the standard too
    Result<SelfAssessment> invalid = Assessments.read(
        ReferenceData.resource(ReferenceData.INVALID_SAMPLE), STANDARD, ReadMode.STRICT);
    assertThat(invalid.isValid()).isFalse();
    assertThat(invalid.problems()).extracting(Problem::getCode)
        .containsAnyOf(ProblemCode.CLAIM_MISSING, ProblemCode.CLAIM_ABOVE_MAX,
            ProblemCode.CLAIM_OFF_STEP, ProblemCode.CLAIM_DUPLICATE);
  }
}
