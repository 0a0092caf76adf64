package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Score reports written by {@code writeReport} read back equal, without their warnings. */
class ReportReadTest {
  private static final StandardsJson JSON = StandardsJson.create();

  static Stream<String> samples() {
    return ReferenceData.sampleNames().stream();
  }

  static ScoreReport scored(String sample) {
    return Scorer.create().score(ReferenceData.changzhouStandard(),
        JSON.readAssessment(ReferenceData.sample(sample)).orElseThrow()).value().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyBundledSampleReportRoundTrips(String sample) {
    ScoreReport report = scored(sample);
    Result<ScoreReport> read =
        JSON.readReport(JSON.writeReport(report).getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(report.withWarnings(List.of()));
  }

  @Test
  void anAssessmentIsNotAReport() {
    Result<ScoreReport> read = JSON.readReport(ReferenceData.sample("01-excellent-primary.json"));
    assertThat(read.isValid()).isFalse();
    // a document of another kind is named as such, without its members listed as unknown
    assertThat(read.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_WRONG_KIND);
  }

  @Test
  void aMissingMemberIsNamedWithItsPointer() {
    String json = JSON.writeReport(scored("01-excellent-primary.json"))
        .replaceFirst("\"roundedTotal\" : [0-9.]+,", "");
    Result<ScoreReport> read = JSON.readReport(json.getBytes(StandardCharsets.UTF_8));
    assertThat(read.isValid()).isFalse();
    assertThat(read.problems()).extracting(p -> p.getCode() + " " + p.getLocation().getPointer()
        .orElse("")).containsExactly("JSON_MISSING_PROPERTY /report/roundedTotal");
  }

  @Test
  void aMissingItemMemberIsNamedToo() {
    String json = JSON.writeReport(scored("01-excellent-primary.json"))
        .replaceFirst("\"maxPoints\" : 20,", "");
    Result<ScoreReport> read = JSON.readReport(json.getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_MISSING_PROPERTY);
    assertThat(read.problems().get(0).getLocation().getPointer().orElseThrow())
        .startsWith("/report/items/0");
  }
}
