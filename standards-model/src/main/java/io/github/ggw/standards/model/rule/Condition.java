package io.github.ggw.standards.model.rule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A test of one measure against a bound, such as "at least 4 elders in the working team" or
 * "committee work is in the annual plan" (a flag measure is 1 when true, 0 when false).
 *
 * @param measure the measure, not null
 * @param comparison how to compare, not null
 * @param bound the bound, not null
 */
public record Condition(MeasureRef measure, Comparison comparison, BigDecimal bound) {

  /**
   * Checks that no component is null.
   *
   * @param measure the {@code measure} component, as described on the record
   * @param comparison the {@code comparison} component, as described on the record
   * @param bound the {@code bound} component, as described on the record
   */
  public Condition {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(bound, "bound");
  }
}
