package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A judgement (酌情评分): the self-assessment (later a reviewer) awards 0 to the item's maximum in
 * whole steps, such as 0.5.
 *
 * @param step the step, {@code > 0}
 */
public record Judgement(BigDecimal step) implements ScoringRule {

  /**
   * Checks the step.
   *
   * @throws StandardsException if the step is not positive
   *
   * @param step the {@code step} component, as described on the record
   */
  public Judgement {
    Objects.requireNonNull(step, "step");
    if (step.signum() <= 0) {
      throw new StandardsException("a judgement step must be positive: " + step, String.valueOf(step));
    }
  }

  @Override
  public boolean isComputed() {
    return false;
  }
}
