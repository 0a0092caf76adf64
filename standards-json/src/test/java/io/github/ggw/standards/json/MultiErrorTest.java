package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.problem.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Self-assessments with several mistakes at once (written by tools/generate_multi_error.py, the
 * expected problems by hand beside each mistake): each gets exactly its expected set of (code,
 * pointer) pairs, every problem with its line and column.
 */
class MultiErrorTest {
  private static final StandardsJson JSON = StandardsJson.create();

  static byte[] file(String name) {
    try (InputStream in = MultiErrorTest.class.getResourceAsStream("/multi-error/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Set<String>> expected() {
    String tsv = new String(file("expected.tsv"), StandardCharsets.UTF_8);
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Arrays.stream(tsv.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .forEach(f -> out.computeIfAbsent(f[0], k -> new java.util.LinkedHashSet<>())
            .add(f[1] + " " + f[2]));
    return out;
  }

  static Stream<Arguments> files() {
    return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  private static String pair(Problem p) {
    return p.getCode() + " " + (p.getCode() == ProblemCode.JSON_SYNTAX ? "-"
        : p.getLocation().getPointer().orElse("?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachFileGetsEveryProblemAtItsPlace(String name, Set<String> expected) {
    Result<SelfAssessment> r = JSON.readAssessment(file(name));
    assertThat(r.isValid()).as(name).isFalse();
    assertThat(r.problems().stream().map(MultiErrorTest::pair).collect(Collectors.toList()))
        .as(name).containsExactlyInAnyOrderElementsOf(expected);
    for (Problem p : r.problems()) {
      assertThat(p.getLocation().getLine()).as("line of %s", p).isPresent();
      assertThat(p.getLocation().getColumn()).as("column of %s", p).isPresent();
      assertThat(p.getMessageZh()).doesNotContain("{0}", "{1}");
      assertThat(p.getMessageEn()).doesNotContain("{0}", "{1}");
    }
  }

  @Test
  void theTableIsLargeAndVaried() {
    Map<String, Set<String>> all = expected();
    assertThat(all).hasSizeGreaterThanOrEqualTo(15);
    assertThat(all.values().stream().flatMap(Set::stream).map(s -> s.split(" ")[0]).distinct()
        .count()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void fourMistakesOfDifferentKindsGetFourProblemsAtFourPlaces() {
    List<Problem> ps = JSON.readAssessment(file("four-kinds.json")).problems();
    assertThat(ps).hasSize(4);
    // four different lines: tier, hours, members and date sit on lines of their own
    assertThat(ps.stream().map(p -> p.getLocation().getLine().orElseThrow()).distinct())
        .hasSize(4);
  }

  @Test
  void aWrongEnumerationValueListsTheAllowedValues() {
    Problem tier = JSON.readAssessment(file("three-tiers-and-hours.json")).problems().stream()
        .filter(p -> p.getLocation().getPointer().orElse("").equals("/evidence/1/tier"))
        .findFirst().orElseThrow();
    assertThat(tier.getOffendingValue()).contains("LEADER");
    for (Tier t : Tier.values()) {
      assertThat(tier.getMessageEn()).contains(t.name());
      assertThat(tier.getMessageZh()).contains(Labels.of(t).zh()).doesNotContain(t.name());
    }
    Problem date = JSON.readAssessment(file("four-kinds.json")).problems().stream()
        .filter(p -> p.getLocation().getPointer().orElse("").equals("/evidence/14/date"))
        .findFirst().orElseThrow();
    assertThat(date.getMessageZh()).contains("YYYY-MM-DD");
    assertThat(date.getMessageEn()).contains("YYYY-MM-DD");
    Problem type = JSON.readAssessment(file("evidence-types.json")).problems().stream()
        .filter(p -> p.getLocation().getPointer().orElse("").equals("/evidence/5"))
        .findFirst().orElseThrow();
    for (String kind : io.github.ggw.standards.model.evidence.EvidenceKinds.names()) {
      // every kind listed, none cut off
      assertThat(type.getMessageEn()).contains(kind);
      assertThat(type.getMessageZh()).contains(kind);
    }
    Problem hours = JSON.readAssessment(file("three-tiers-and-hours.json")).problems().stream()
        .filter(p -> p.getCode() == ProblemCode.JSON_WRONG_TYPE).findFirst().orElseThrow();
    assertThat(hours.getMessageZh()).contains("小数");
    assertThat(hours.getMessageEn()).contains("decimal number");
  }

  @Test
  void twoHundredFiftyMistakesGiveTwoHundredProblemsAndTheCountOfTheRest() {
    List<Problem> ps = JSON.readAssessment(file("two-hundred-fifty.json")).problems();
    assertThat(ps).hasSize(201);
    Problem last = ps.get(200);
    assertThat(last.getCode()).isEqualTo(ProblemCode.PROBLEMS_TRUNCATED);
    // 250 mistakes, 200 reported: 250 - 200 = 50 left out
    assertThat(last.getArguments()).containsExactly("50", "200");
    assertThat(last.getMessageZh()).contains("50", "200");
    assertThat(last.getMessageEn()).contains("50", "200");
  }

  @Test
  void lenientModeReportsUnknownMembersAsWarningsBesideTheErrors() {
    StandardsJson lenient = StandardsJson.create(ReadLimits.DEFAULT, ReadMode.LENIENT);
    List<Problem> ps = lenient.readAssessment(file("unknown-members.json")).problems();
    assertThat(ps).filteredOn(p -> p.getCode() == ProblemCode.JSON_UNKNOWN_PROPERTY)
        .hasSize(4).allMatch(p -> p.getSeverity() == Severity.WARNING);
    assertThat(ps).filteredOn(Problem::isError).extracting(MultiErrorTest::pair)
        .containsExactly("JSON_WRONG_TYPE /year");
  }

  @Test
  void aValidDocumentIsNotAffected() {
    byte[] valid = io.github.ggw.standards.json.reference.ReferenceData.sample(
        io.github.ggw.standards.json.reference.ReferenceData.sampleNames().get(0));
    assertThat(JSON.readAssessment(valid).isValid()).isTrue();
  }
}
