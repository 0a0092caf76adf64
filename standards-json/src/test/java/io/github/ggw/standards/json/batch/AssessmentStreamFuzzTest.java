package io.github.ggw.standards.json.batch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.ReaderFuzzing;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.problem.Result;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz test of {@link AssessmentStream} over a byte stream (a JSON array or newline-delimited
 * JSON): opening it and reading every item is one call of the oracle, and every item must carry a
 * result whose problems render. Regression mode over the seeds in
 * {@code AssessmentStreamFuzzTestInputs/readStream/} (the bundled samples as an array and as
 * lines, and broken batches) in every build; see
 * {@link io.github.ggw.standards.json.StandardsJsonFuzzTest}.
 */
class AssessmentStreamFuzzTest {
  private static final StandardsJson JSON = StandardsJson.create();

  @FuzzTest
  void readStream(byte[] input) {
    ReaderFuzzing.warmUp("AssessmentStream", () -> readAll(ReaderFuzzing.seed(
        AssessmentStreamFuzzTest.class, "readStream", "samples.ndjson")));
    ReaderFuzzing.check("AssessmentStream", input, () -> readAll(input));
  }

  /** Every item of the stream, each with a result whose problems render. */
  private static Result<List<BatchItem>> readAll(byte[] input) {
    AssessmentStream stream = AssessmentStream.open(JSON, "fuzz", new ByteArrayInputStream(input));
    List<BatchItem> items = new ArrayList<>();
    while (stream.hasNext()) {
      BatchItem item = stream.next();
      if (item.read() == null) {
        throw new AssertionError("item " + item.index() + " has no result on "
            + ReaderFuzzing.describe(input));
      }
      ReaderFuzzing.checkProblems("AssessmentStream", input, item.read().problems());
      items.add(item);
    }
    return Result.of(items);
  }
}
