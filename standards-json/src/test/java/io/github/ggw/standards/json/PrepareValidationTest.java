package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link StandardsJson#prepareValidation()}: what a read returns does not depend on it, and it
 * may be called from any thread, also while others read (the command line's {@code score} calls
 * it on its main thread while a warm-up thread reads).
 */
class PrepareValidationTest {
  private static final byte[] VALID = ReferenceData.sample("01-excellent-primary.json");
  /** Sample 01 with a year below the constraint's range: one CONSTRAINT_VIOLATED at /year. */
  private static final byte[] YEAR_1999 = new String(VALID, StandardCharsets.UTF_8)
      .replaceFirst("\"year\"\\s*:\\s*2022", "\"year\": 1999").getBytes(StandardCharsets.UTF_8);

  @Test
  void readsGiveTheSameWhetherValidationWasPreparedOnAnotherThreadOrNot() throws Exception {
    StandardsJson json = StandardsJson.create();
    // the test's own fixture is what it says: the year was replaced
    assertThat(new String(YEAR_1999, StandardCharsets.UTF_8)).contains("\"year\": 1999");
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Result<SelfAssessment>>> reads = new ArrayList<>();
        List<Future<?>> prepares = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          prepares.add(pool.submit(() -> {
            start.await();
            StandardsJson.prepareValidation();
            return null;
          }));
          byte[] bytes = i % 2 == 0 ? VALID : YEAR_1999;
          reads.add(pool.submit(() -> {
            start.await();
            return json.readAssessment(bytes);
          }));
        }
        start.countDown();
        for (Future<?> p : prepares) {
          p.get();
        }
        // called again once built: it returns, and reads after it read as those during it
        StandardsJson.prepareValidation();
        Result<SelfAssessment> valid = json.readAssessment(VALID);
        Result<SelfAssessment> invalid = json.readAssessment(YEAR_1999);
        assertThat(valid.isValid()).isTrue();
        assertThat(invalid.isValid()).isFalse();
        assertThat(invalid.problems()).anySatisfy(p -> {
          assertThat(p.getCode()).isEqualTo(ProblemCode.CONSTRAINT_VIOLATED);
          assertThat(p.getLocation().toString()).contains("/year");
        });
        for (int i = 0; i < reads.size(); i++) {
          Result<SelfAssessment> got = reads.get(i).get();
          Result<SelfAssessment> want = i % 2 == 0 ? valid : invalid;
          assertThat(got.isValid()).isEqualTo(want.isValid());
          assertThat(got.problems()).isEqualTo(want.problems());
          if (want.isValid()) {
            assertThat(got.orElseThrow()).isEqualTo(want.orElseThrow());
          }
        }
      } finally {
        pool.shutdownNow();
      }
    });
  }
}
