package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rung of a {@link ThresholdLadder}: a measured value of at least {@code atLeast} earns
 * {@code points}.
 *
 * @param atLeast the inclusive lower threshold, not null
 * @param points the points earned, not null
 */
public record Rung(BigDecimal atLeast, Points points) {

  /**
   * Checks that neither component is null.
   *
   * @param atLeast the {@code atLeast} component, as described on the record
   * @param points the {@code points} component, as described on the record
   */
  public Rung {
    Objects.requireNonNull(atLeast, "atLeast");
    Objects.requireNonNull(points, "points");
  }
}
