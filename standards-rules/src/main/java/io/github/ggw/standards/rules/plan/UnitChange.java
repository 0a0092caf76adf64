package io.github.ggw.standards.rules.plan;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The change of a unit between two of its assessed years (年度变化): the earlier year is the
 * unit's previous year with a report, normally the year before.
 *
 * @param unit the unit, as its later report names it, not null
 * @param fromYear the earlier year
 * @param toYear the later year, {@code > fromYear}
 * @param totalBefore the rounded total of the earlier year, not null
 * @param totalAfter the rounded total of the later year, not null
 * @param ratingBefore the rating of the earlier year, not null
 * @param ratingAfter the rating of the later year, not null
 * @param dimensions the change of each dimension present in both reports, by code
 */
public record UnitChange(
    Unit unit,
    int fromYear,
    int toYear,
    Points totalBefore,
    Points totalAfter,
    Rating ratingBefore,
    Rating ratingAfter,
    List<DimensionChange> dimensions) {

  /**
   * Checks that no component is null and copies the list.
   *
   * @param unit the {@code unit} component, as described on the record
   * @param fromYear the {@code fromYear} component, as described on the record
   * @param toYear the {@code toYear} component, as described on the record
   * @param totalBefore the {@code totalBefore} component, as described on the record
   * @param totalAfter the {@code totalAfter} component, as described on the record
   * @param ratingBefore the {@code ratingBefore} component, as described on the record
   * @param ratingAfter the {@code ratingAfter} component, as described on the record
   * @param dimensions the {@code dimensions} component, as described on the record
   */
  public UnitChange {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(totalBefore, "totalBefore");
    Objects.requireNonNull(totalAfter, "totalAfter");
    Objects.requireNonNull(ratingBefore, "ratingBefore");
    Objects.requireNonNull(ratingAfter, "ratingAfter");
    dimensions = ImmutableList.copyOf(dimensions);
  }

  /**
   * The change of the rounded total.
   *
   * @return {@code totalAfter − totalBefore}, possibly negative
   */
  public BigDecimal change() {
    return totalAfter.toBigDecimal().subtract(totalBefore.toBigDecimal());
  }
}
