package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.rule.Comparison;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurable target for one year and scope (年度目标), such as "in 2022 at least 30% of the
 * district's units are certified" or "in 2023 the mean score of primary schools is at least 85".
 * Source: seed §一.4 ("细化目标任务，逐年有序落实"); the figures of the bundled plan are modelled.
 *
 * @param id the target's identifier, unique in its plan, not null
 * @param year the calendar year it is set for, 2000 to 2100
 * @param metric what it measures, not null
 * @param scope which units it speaks of, not null
 * @param comparator {@link Comparison#AT_LEAST} (不低于) or {@link Comparison#AT_MOST} (不高于),
 *     not null
 * @param value the target value in {@code unit}, {@code >= 0}; at most 100 for a percentage; a
 *     whole number for a count of units
 * @param unit the unit of {@code value}, which must be the metric's unit, not null
 * @param band the rating band of {@link Metric#SHARE_AT_OR_ABOVE_BAND}; empty for every other
 *     metric
 * @param source where the target comes from, not null
 */
public record AnnualTarget(
    TargetId id,
    int year,
    Metric metric,
    TargetScope scope,
    Comparison comparator,
    BigDecimal value,
    MetricUnit unit,
    Optional<Rating> band,
    SourceRef source) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the components.
   *
   * @throws StandardsException if the year is outside 2000–2100, the value is negative, above
   *     100 percent or not whole for a count, the unit is not the metric's, or a band is given
   *     where the metric takes none or missing where it needs one
   * @throws NullPointerException if a component is null
   *
   * @param id the {@code id} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param metric the {@code metric} component, as described on the record
   * @param scope the {@code scope} component, as described on the record
   * @param comparator the {@code comparator} component, as described on the record
   * @param value the {@code value} component, as described on the record
   * @param unit the {@code unit} component, as described on the record
   * @param band the {@code band} component, as described on the record
   * @param source the {@code source} component, as described on the record
   */
  public AnnualTarget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(source, "source");
    Years.check(year, "target " + id);
    if (unit != metric.unit()) {
      throw new StandardsException("target " + id + ": " + metric + " is measured in "
          + metric.unit() + ", not " + unit, String.valueOf(unit));
    }
    if (value.signum() < 0 || unit == MetricUnit.PERCENT && value.compareTo(HUNDRED) > 0) {
      throw new StandardsException("target " + id + ": the value must be 0 or more, and at most "
          + "100 for a percentage", value.toPlainString());
    }
    if (unit == MetricUnit.UNITS && value.stripTrailingZeros().scale() > 0) {
      throw new StandardsException("target " + id + ": a number of units is whole",
          value.toPlainString());
    }
    if (band.isPresent() != metric.needsBand()) {
      throw new StandardsException("target " + id + ": " + metric
          + (metric.needsBand() ? " needs a band" : " takes no band"), String.valueOf(band));
    }
  }

  /**
   * Whether an actual value meets the target.
   *
   * @param actual the actual value in the target's unit, not null
   * @return {@code actual >= value} for AT_LEAST, {@code actual <= value} for AT_MOST
   */
  public boolean isMetBy(BigDecimal actual) {
    return comparator.test(actual, value);
  }
}
