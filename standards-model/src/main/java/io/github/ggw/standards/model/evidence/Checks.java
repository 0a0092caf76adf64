package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.Objects;

/** Local invariant checks shared by the evidence records. */
final class Checks {
  private Checks() {}

  static void nonNegative(long value, String name) {
    if (value < 0) {
      throw new StandardsException(name + " must not be negative: " + value, String.valueOf(value));
    }
  }

  static void nonNegative(BigDecimal value, String name) {
    if (value.signum() < 0) {
      throw new StandardsException(name + " must not be negative: " + value, String.valueOf(value));
    }
  }

  static <T> T required(T value, String name) {
    return Objects.requireNonNull(value, name);
  }
}
