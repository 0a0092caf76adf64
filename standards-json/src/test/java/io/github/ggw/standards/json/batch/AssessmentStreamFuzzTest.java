package io.github.ggw.standards.json.batch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.ReaderFuzzing;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.Result;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

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

  @BeforeAll
  static void warmUp() {
    AssessmentStreamFuzzTest test = new AssessmentStreamFuzzTest();
    test.readStream(ReferenceData.sample(ReferenceData.sampleNames().get(0)));
  }

  @FuzzTest
  void readStream(byte[] input) {
    ReaderFuzzing.check("AssessmentStream", input, () -> {
      AssessmentStream stream =
          AssessmentStream.open(JSON, "fuzz", new ByteArrayInputStream(input));
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
    });
  }
}
