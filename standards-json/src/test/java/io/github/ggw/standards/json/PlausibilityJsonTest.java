package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.PlausibilityCheck;
import io.github.ggw.standards.model.standard.PlausibilitySeverity;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The plausibility settings of a standard in JSON ({@code jurisdiction}, {@code
 * minTrainingHours}, {@code plausibility}), the bundled standard's jurisdiction (3204,
 * Changzhou), and the bundled samples, which stay plausible under it.
 */
class PlausibilityJsonTest {
  private static final StandardsJson JSON = StandardsJson.create();
  private static final Set<ProblemCode> PLAUSIBILITY = Set.of(ProblemCode.EVIDENCE_REPEATED,
      ProblemCode.EVIDENCE_CONTRADICTORY, ProblemCode.EVIDENCE_AFTER_YEAR,
      ProblemCode.ELDER_JOINED_AFTER_YEAR, ProblemCode.EVIDENCE_NO_PARTICIPANTS,
      ProblemCode.TRAINING_TOO_SHORT, ProblemCode.WORKING_TEAM_ABOVE_ROSTER,
      ProblemCode.UNIT_OUTSIDE_JURISDICTION);

  static List<String> samples() {
    return ReferenceData.sampleNames();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void bundledSamplesArePlausible(String name) {
    SelfAssessment a = JSON.readAssessment(ReferenceData.sample(name)).orElseThrow();
    ScoreReport r = Scorer.create().score(ReferenceData.changzhouStandard(), a).orElseThrow();
    assertThat(r.warnings()).noneMatch(p -> PLAUSIBILITY.contains(p.getCode()));
  }

  @Test
  void theSettingsSurviveARoundTripAndDefaultsAreNotWritten() {
    Standard changzhou = ReferenceData.changzhouStandard();
    assertThat(changzhou.getJurisdiction()).containsExactly("3204");
    String plain = JSON.writeStandard(changzhou);
    assertThat(plain).contains("\"jurisdiction\"").doesNotContain("minTrainingHours",
        "\"plausibility\"");
    Standard tuned = ImmutableStandard.copyOf(changzhou).withMinTrainingHours(BigDecimal.ONE)
        .withPlausibility(new PlausibilitySeverity(PlausibilityCheck.OUTSIDE_JURISDICTION,
            Severity.WARNING));
    String text = JSON.writeStandard(tuned);
    assertThat(text).contains("\"minTrainingHours\"", "\"OUTSIDE_JURISDICTION\"");
    assertThat(JSON.readStandard(text.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(tuned);
  }

  @Test
  void aMalformedJurisdictionOrSeverityIsRefusedWithItsPlace() {
    String text = JSON.writeStandard(ReferenceData.changzhouStandard());
    Result<Standard> prefix = JSON.readStandard(text.replace("\"3204\"", "\"32a4\"")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(prefix.isValid()).isFalse();
    assertThat(prefix.problems()).anySatisfy(p ->
        assertThat(p.getLocation().getPointer()).contains("/jurisdiction/0"));
    Result<Standard> severity = JSON.readStandard(text.replace("\"jurisdiction\"",
        "\"plausibility\": {\"NO_PARTICIPANTS\": \"FATAL\"}, \"jurisdiction\"")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(severity.isValid()).isFalse();
    assertThat(severity.problems()).anySatisfy(p ->
        assertThat(p.getLocation().getPointer()).contains("/plausibility/NO_PARTICIPANTS"));
  }

  @Test
  void aUnitOfAnotherCityIsRefusedAtItsDistrictWithLineAndColumn() {
    byte[] beijing = new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8).replace("\"district\": \"320412\"", "\"district\": \"110101\"")
        .getBytes(StandardCharsets.UTF_8);
    SelfAssessment a = JSON.readAssessment(beijing).orElseThrow();
    Result<ScoreReport> r = Scorer.create().score(ReferenceData.changzhouStandard(), a);
    assertThat(r.isValid()).isFalse();
    List<Problem> located = JSON.locate(beijing, r.problems());
    assertThat(located).anySatisfy(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.UNIT_OUTSIDE_JURISDICTION);
      assertThat(p.getLocation().getPointer()).contains("/unit/district");
      assertThat(p.getLocation().getLine()).isPresent();
      assertThat(p.getMessageZh()).contains("110101", "3204");
    });
  }
}
