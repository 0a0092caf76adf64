package io.github.ggw.standards.json.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON adapter of batch scoring: a stream in, one sourced result per element, in order. */
class BatchScoringTest {
  private final StandardsJson json = StandardsJson.create();
  private final Standard standard = ReferenceData.changzhouStandard();
  private final BatchScoring scoring = BatchScoring.of(json, Scorer.create(), standard);

  private static String compact(String sample) {
    return new String(ReferenceData.sample(sample), StandardCharsets.UTF_8).replace("\n", "");
  }

  private List<SourcedResult> run(String ndjson, int threads) {
    List<SourcedResult> out = new ArrayList<>();
    long n = scoring.run(AssessmentStream.open(json, "b", new ByteArrayInputStream(
        ndjson.getBytes(StandardCharsets.UTF_8))), threads, out::add);
    assertThat(n).isEqualTo(out.size());
    return out;
  }

  @Test
  void twoThreadsGiveWhatOneGivesInInputOrderWithRefusedLinesInPlace() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      b.append(compact("01-excellent-primary.json")).append('\n')
          .append("{\"kind\":\n")
          .append(compact("02-failing-junior.json")).append('\n');
    }
    List<SourcedResult> one = run(b.toString(), 1);
    List<SourcedResult> two = run(b.toString(), 2);
    assertThat(two).isEqualTo(one).hasSize(36);
    for (int i = 0; i < 36; i++) {
      SourcedResult r = two.get(i);
      assertThat(r.source()).startsWith("b#" + i + " ");
      switch (i % 3) {
        case 0 -> assertThat(r.report().unit().id().value()).isEqualTo("WJ-PS-001");
        case 1 -> assertThat(r.problems()).extracting(Problem::getCode)
            .containsExactly(ProblemCode.JSON_SYNTAX);
        default -> assertThat(r.report().unit().id().value()).isEqualTo("TN-JS-014");
      }
    }
  }

  @Test
  void aScorerRefusalIsLocatedInTheElementsOwnBytes() {
    byte[] bytes = ReferenceData.resource(ReferenceData.INVALID_SAMPLE);
    SourcedResult r = scoring.scoreOne(new BatchItem(0, "bad", json.readAssessment(bytes),
        bytes));
    assertThat(r.report()).isNull();
    assertThat(r.problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.getLocation().getLine()).isPresent());
  }
}
