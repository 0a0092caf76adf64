package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.ScoreReport;
import io.github.ggw.standards.rules.Scorer;
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
        JSON.readAssessment(ReferenceData.sample(sample)).orElseThrow()).getReport().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyBundledSampleReportRoundTrips(String sample) {
    ScoreReport report = scored(sample);
    ReadResult<ScoreReport> read =
        JSON.readReport(JSON.writeReport(report).getBytes(StandardCharsets.UTF_8));
    assertThat(read.getProblems()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(report.withWarnings(List.of()));
  }

  @Test
  void anAssessmentIsNotAReport() {
    ReadResult<ScoreReport> read = JSON.readReport(ReferenceData.sample("01-excellent-primary.json"));
    assertThat(read.isValid()).isFalse();
    // a document of another kind is named as such, without its members listed as unknown
    assertThat(read.getProblems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_WRONG_KIND);
  }

  @Test
  void aMissingMemberIsNamedWithItsPointer() {
    String json = JSON.writeReport(scored("01-excellent-primary.json"))
        .replaceFirst("\"roundedTotal\" : [0-9.]+,", "");
    ReadResult<ScoreReport> read = JSON.readReport(json.getBytes(StandardCharsets.UTF_8));
    assertThat(read.isValid()).isFalse();
    assertThat(read.getProblems()).extracting(p -> p.getCode() + " " + p.getLocation().getPointer()
        .orElse("")).containsExactly("JSON_MISSING_PROPERTY /report/roundedTotal");
  }

  @Test
  void aMissingItemMemberIsNamedToo() {
    String json = JSON.writeReport(scored("01-excellent-primary.json"))
        .replaceFirst("\"maxPoints\" : 20,", "");
    ReadResult<ScoreReport> read = JSON.readReport(json.getBytes(StandardCharsets.UTF_8));
    assertThat(read.getProblems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_MISSING_PROPERTY);
    assertThat(read.getProblems().get(0).getLocation().getPointer().orElseThrow())
        .startsWith("/report/items/0");
  }
}
