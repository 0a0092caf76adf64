package io.github.ggw.standards.json.batch;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streaming batches: arrays and newline-delimited JSON, one element at a time, in order. */
class AssessmentStreamTest {
  private final StandardsJson json = StandardsJson.create();

  private static String compact(String sample) {
    return new String(ReferenceData.sample(sample), StandardCharsets.UTF_8).replace("\n", "");
  }

  private List<BatchItem> read(String text) {
    List<BatchItem> items = new ArrayList<>();
    AssessmentStream.open(json, "t", new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8))).forEachRemaining(items::add);
    return items;
  }

  @Test
  void newlineDelimitedBatchReadsEachLineAndSurvivesABrokenOne() {
    String text = compact("01-excellent-primary.json") + "\n\n{\"kind\":\n"
        + compact("02-failing-junior.json") + "\n";
    List<BatchItem> items = read(text);
    assertThat(items).extracting(BatchItem::source)
        .containsExactly("t#0 (line 1)", "t#1 (line 3)", "t#2 (line 4)");
    assertThat(items.get(0).read().isValid()).isTrue();
    assertThat(items.get(1).read().problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_SYNTAX);
    assertThat(items.get(2).read().orElseThrow().getUnit().id().value()).isEqualTo("TN-JS-014");
  }

  @Test
  void arrayBatchReadsEachElementExactly() {
    String text = "\uFEFF [" + compact("04-boundary-kindergarten.json") + ", 42, "
        + compact("01-excellent-primary.json") + "]";
    List<BatchItem> items = read(text);
    assertThat(items).hasSize(3);
    assertThat(items.get(0).read().orElseThrow().getUnit().id().value()).isEqualTo("XB-KG-003");
    assertThat(items.get(1).read().problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_WRONG_TYPE);
    // the element's bytes read back to the same assessment as the sample itself
    assertThat(items.get(2).read().orElseThrow()).isEqualTo(
        json.readAssessment(ReferenceData.sample("01-excellent-primary.json")).orElseThrow());
  }

  @Test
  void brokenArrayEndsTheBatchWithOneProblem() {
    List<BatchItem> items = read("[" + compact("01-excellent-primary.json") + ", {\"a\": ]");
    assertThat(items).hasSize(2);
    assertThat(items.get(1).read().problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_SYNTAX);
  }

  @Test
  void elementsLargerThanTheLimitAreRefusedAndSkipped() {
    StandardsJson small = StandardsJson.create(ReadLimits.DEFAULT.withMaxDocumentBytes(20_000),
        ReadMode.STRICT);
    String big = "{\"kind\":\"" + "x".repeat(30_000) + "\"}";
    for (String text : List.of("[" + big + "," + compact("01-excellent-primary.json") + "]",
        big + "\n" + compact("01-excellent-primary.json"))) {
      List<BatchItem> items = new ArrayList<>();
      AssessmentStream.open(small, "t", new ByteArrayInputStream(
          text.getBytes(StandardCharsets.UTF_8))).forEachRemaining(items::add);
      assertThat(items).hasSize(2);
      assertThat(items.get(0).read().problems()).extracting(Problem::getCode)
          .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
      assertThat(items.get(1).read().isValid()).isTrue();
    }
  }
}
