package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.model.StandardsException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTest {
  private static final Problem ERROR =
      Problem.of(ProblemCode.CLAIM_MISSING, Location.pointer("/claims"), null, "1.2");
  private static final Problem WARNING = ERROR.withSeverity(Severity.WARNING);

  @Test
  void aValidResultKeepsItsWarnings() {
    Result<String> r = Result.of("x", List.of(WARNING));
    assertThat(r.isValid()).isTrue();
    assertThat(r.value()).contains("x");
    assertThat(r.orElseThrow()).isEqualTo("x");
    assertThat(r.problems()).containsExactly(WARNING);
    assertThat(r.warnings()).containsExactly(WARNING);
  }

  @Test
  void aValueCannotComeWithAnError() {
    assertThatThrownBy(() -> Result.of("x", List.of(ERROR)))
        .isInstanceOf(StandardsException.class);
  }

  @Test
  void aRefusalNeedsAnErrorAndHasNoValue() {
    assertThatThrownBy(() -> Result.refused(List.of(WARNING)))
        .isInstanceOf(StandardsException.class);
    Result<String> r = Result.refused(List.of(WARNING, ERROR));
    assertThat(r.isValid()).isFalse();
    assertThat(r.value()).isEmpty();
    assertThat(r.problems()).containsExactly(WARNING, ERROR);
    assertThat(r.warnings()).containsExactly(WARNING);
    assertThatThrownBy(r::orElseThrow).isInstanceOf(StandardsException.class)
        .hasMessageContaining("CLAIM_MISSING");
  }

  @Test
  void ofCheckedRefusesWhenAnyProblemIsAnError() {
    assertThat(Result.ofChecked("x", List.of(WARNING)).isValid()).isTrue();
    assertThat(Result.ofChecked("x", List.of(WARNING, ERROR)).value()).isEmpty();
  }

  @Test
  void mapAndFlatMapCarryProblemsInOrder() {
    Result<Integer> len = Result.of("abc", List.of(WARNING)).map(String::length);
    assertThat(len.value()).contains(3);
    assertThat(len.problems()).containsExactly(WARNING);
    Result<Integer> refusedNext = Result.of("abc", List.of(WARNING))
        .flatMap(s -> Result.<Integer>refused(List.of(ERROR)));
    assertThat(refusedNext.isValid()).isFalse();
    assertThat(refusedNext.problems()).containsExactly(WARNING, ERROR);
    Result<Integer> fromRefusal = Result.<String>refused(List.of(ERROR)).map(String::length);
    assertThat(fromRefusal.problems()).containsExactly(ERROR);
    assertThat(fromRefusal.value()).isEmpty();
  }
}
