package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * Points for each counted occurrence, capped at the item's maximum (每项计分，累计不超过满分), such as
 * 2 points per themed activity, at most 6.
 *
 * @param measure the count, not null
 * @param pointsEach points per occurrence, {@code > 0}
 */
public record PerOccurrence(MeasureRef measure, Points pointsEach) implements ScoringRule {

  /**
   * Checks the components.
   *
   * @throws io.github.ggw.standards.model.StandardsException if {@code pointsEach} is zero
   *
   * @param measure the {@code measure} component, as described on the record
   * @param pointsEach the {@code pointsEach} component, as described on the record
   */
  public PerOccurrence {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(pointsEach, "pointsEach");
    if (pointsEach.isZero()) {
      throw new io.github.ggw.standards.model.StandardsException(
          "points per occurrence must be positive", pointsEach.toString());
    }
  }
}
