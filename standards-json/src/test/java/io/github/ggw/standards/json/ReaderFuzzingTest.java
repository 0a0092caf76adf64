package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz tests' oracle finds what it is meant to find, and passes what it must pass. */
class ReaderFuzzingTest {
  private static final byte[] INPUT = "{\"a\":\u00e9}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aReturnedProblemPasses() {
    Result<String> refused = Result.refused(List.of(
        Problem.of(ProblemCode.JSON_SYNTAX, Location.pointer(""), null)));
    assertThat(ReaderFuzzing.check("passes", INPUT, () -> refused)).isSameAs(refused);
  }

  @Test
  void anEscapingExceptionIsAFindingThatDescribesTheInput() {
    // {"a":é} is 8 bytes: 6 ASCII and é as C3 A9
    assertThatThrownBy(() -> ReaderFuzzing.check("throws", INPUT, () -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(AssertionError.class)
        .hasMessageContaining("throws threw java.lang.IllegalStateException: boom")
        .hasMessageContaining("input of 8 bytes")
        .hasMessageContaining("starting \"{\"a\":\\xc3\\xa9}\"");
  }

  @Test
  void anOutOfMemoryIsAFinding() {
    assertThatThrownBy(() -> ReaderFuzzing.check("oom", INPUT, () -> {
      throw new OutOfMemoryError("Java heap space");
    })).isInstanceOf(AssertionError.class).hasMessageContaining("oom ran out of memory");
  }

  @Test
  void aNullIsAFinding() {
    assertThatThrownBy(() -> ReaderFuzzing.check("null", INPUT, () -> null))
        .isInstanceOf(AssertionError.class).hasMessageContaining("returned null");
  }

  @Test
  void aSlowCallIsAFindingExceptTheFirst() {
    ReaderFuzzing.check("slow", INPUT, () -> sleepThenRead(1_100));
    assertThatThrownBy(() -> ReaderFuzzing.check("slow", INPUT, () -> sleepThenRead(1_100)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("(over 1000) on input of 8");
  }

  private static Result<String> sleepThenRead(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Result.of("read");
  }
}
