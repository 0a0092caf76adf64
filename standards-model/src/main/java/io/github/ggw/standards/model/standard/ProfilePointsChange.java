package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * A change of an item's points in a tailored {@link Profile} (调整分值).
 *
 * @param code the item's code in the base standard, not null
 * @param points the new maximum, not null; a parent's points follow from its children's unless
 *     changed too
 */
public record ProfilePointsChange(CriterionCode code, Points points) {

  /**
   * Checks that neither component is null.
   *
   * @param code the {@code code} component, as described on the record
   * @param points the {@code points} component, as described on the record
   */
  public ProfilePointsChange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(points, "points");
  }
}
