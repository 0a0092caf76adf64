package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents of every JSON reader but the self-assessment's, each with four or more mistakes of
 * different kinds (written by tools/generate_multi_error_readers.py, the expected problems by
 * hand beside each mistake): each gets exactly its expected set of (code, pointer) pairs at once,
 * every problem with its line and column, and its bundled original reads without a problem.
 */
class MultiErrorReadersTest {
  private static final StandardsJson JSON = StandardsJson.create();
  private static final WorkflowJson WORKFLOW = WorkflowJson.create(JSON);
  private static final PlansJson PLANS = PlansJson.create(JSON);
  private static final Workflow FLOW = WORKFLOW.workflow(ReferenceData.changzhouStandard(),
      ReferenceData.changzhouRegistry(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  /** The readers by the names the table uses. */
  static final Map<String, Function<byte[], Result<?>>> READERS = Map.of(
      "standard", JSON::readStandard,
      "profile", JSON::readProfile,
      "report", JSON::readReport,
      "registry", WORKFLOW::readRegistry,
      "case file", b -> WORKFLOW.readCaseFile(b, FLOW),
      "action plan", PLANS::readActionPlan,
      "work plan", PLANS::readWorkPlan,
      "designations", PLANS::readDesignations);

  static byte[] file(String name) {
    try (InputStream in = MultiErrorReadersTest.class.getResourceAsStream(
        "/multi-error-readers/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File name to its reader and expected (code pointer) pairs. */
  static Map<String, Map.Entry<String, Set<String>>> expected() {
    String tsv = new String(file("expected.tsv"), StandardCharsets.UTF_8);
    Map<String, Map.Entry<String, Set<String>>> out = new LinkedHashMap<>();
    Arrays.stream(tsv.split("\n")).filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .forEach(f -> out.computeIfAbsent(f[0], k -> Map.entry(f[1], new LinkedHashSet<>()))
            .getValue().add(f[2] + " " + f[3]));
    return out;
  }

  static Stream<Arguments> files() {
    return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(),
        e.getValue().getKey(), e.getValue().getValue()));
  }

  private static String pair(Problem p) {
    return p.getCode() + " " + p.getLocation().getPointer().orElse("?");
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("files")
  void eachDocumentGetsEveryProblemAtItsPlace(String name, String reader, Set<String> expected) {
    Result<?> r = READERS.get(reader).apply(file(name));
    assertThat(r.isValid()).as(name).isFalse();
    assertThat(r.problems().stream().map(MultiErrorReadersTest::pair)
        .collect(Collectors.toList())).as(name).containsExactlyInAnyOrderElementsOf(expected);
    for (Problem p : r.problems()) {
      assertThat(p.getLocation().getLine()).as("line of %s", p).isPresent();
      assertThat(p.getLocation().getColumn()).as("column of %s", p).isPresent();
      assertThat(p.getMessageZh()).doesNotContain("{0}", "{1}");
      assertThat(p.getMessageEn()).doesNotContain("{0}", "{1}");
    }
  }

  @Test
  void theTableCoversEveryReaderWithFourOrMoreMistakesOfDifferentKinds() {
    Map<String, Map.Entry<String, Set<String>>> all = expected();
    assertThat(all).hasSizeGreaterThanOrEqualTo(15);
    assertThat(all.values().stream().map(Map.Entry::getKey).distinct())
        .containsExactlyInAnyOrderElementsOf(READERS.keySet());
    for (Map.Entry<String, Set<String>> e : all.values()) {
      assertThat(e.getValue()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(e.getValue().stream().map(s -> s.split(" ")[0]).distinct().count())
          .as("kinds of mistake in %s", e).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void aWrongEnumerationValueInAStandardListsTheAllowedLabelsAndADateNamesItsFormat() {
    List<Problem> ps = JSON.readStandard(file("standard-four-kinds.json")).problems();
    Problem type = ps.stream().filter(p -> pair(p).equals(
        "JSON_INVALID_VALUE /applicableUnitTypes/1")).findFirst().orElseThrow();
    assertThat(type.getMessageZh()).contains("UNIVERSITY", "幼儿园", "小学")
        .doesNotContain("PRIMARY", "Cannot", "io.github");
    assertThat(type.getMessageEn()).contains("PRIMARY", "KINDERGARTEN");
    Problem date = ps.stream().filter(p -> pair(p).equals("JSON_INVALID_VALUE /effectiveFrom"))
        .findFirst().orElseThrow();
    assertThat(date.getMessageZh()).contains("YYYY-MM-DD", "2021/01/01");
    assertThat(date.getMessageEn()).contains("YYYY-MM-DD");
    Problem points = ps.stream().filter(p -> p.getCode() == ProblemCode.JSON_WRONG_TYPE)
        .filter(p -> p.getLocation().getPointer().orElse("").endsWith("maxPoints"))
        .findFirst().orElseThrow();
    assertThat(points.getMessageZh()).contains("数字").doesNotContain("Points");
  }

  @Test
  void theOriginalsReadWithoutProblems() {
    assertThat(JSON.readStandard(ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD))
        .problems()).isEmpty();
    assertThat(WORKFLOW.readRegistry(ReferenceData.resource(ReferenceData.CHANGZHOU_REGISTRY))
        .problems()).isEmpty();
  }
}
