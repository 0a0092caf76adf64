package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * The points one line of the criterion tree earned at one stage (分项得分): a dimension,
 * indicator or criterion, exact and unrounded.
 *
 * @param code the criterion's code, not null
 * @param depth 0 for a dimension, 1 below it, and so on, 0 to 7
 * @param maxPoints the line's maximum, not null
 * @param points the points earned, in {@code [0, maxPoints]}
 */
public record ItemPoints(
    @NotNull CriterionCode code,
    @PositiveOrZero @Max(7) int depth,
    @NotNull Points maxPoints,
    @NotNull Points points) {

  /**
   * Checks the bounds.
   *
   * @throws StandardsException if the depth is outside 0 to 7 or the points exceed the maximum
   * @throws NullPointerException if a component is null
   *
   * @param code the {@code code} component, as described on the record
   * @param depth the {@code depth} component, as described on the record
   * @param maxPoints the {@code maxPoints} component, as described on the record
   * @param points the {@code points} component, as described on the record
   */
  public ItemPoints {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(points, "points");
    if (depth < 0 || depth > 7) {
      throw new StandardsException("a depth is 0 to 7: " + depth, String.valueOf(depth));
    }
    if (points.compareTo(maxPoints) > 0) {
      throw new StandardsException(
          "item " + code + ": " + points + " points exceed the maximum " + maxPoints,
          points.toString());
    }
  }
}
