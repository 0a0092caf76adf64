package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line's points in one year, and the change from the year before (年度得分与变化).
 *
 * @param year the assessment year
 * @param points the points of the year's latest stage; empty when that year's standard has no
 *     such line
 * @param change {@code points − previous year's points}, signed, exact; empty for the first year
 *     or when either year lacks the line
 */
public record YearCell(int year, Optional<Points> points, Optional<BigDecimal> change) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param year the {@code year} component, as described on the record
   * @param points the {@code points} component, as described on the record
   * @param change the {@code change} component, as described on the record
   */
  public YearCell {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(change, "change");
  }
}
