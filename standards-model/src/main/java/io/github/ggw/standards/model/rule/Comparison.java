package io.github.ggw.standards.model.rule;

import java.math.BigDecimal;

/** How a measured value is compared with a bound in a {@link Condition} or a deficiency. */
public enum Comparison {
  /** Holds when {@code value ≥ bound} (不少于). */
  AT_LEAST,
  /** Holds when {@code value ≤ bound} (不超过). */
  AT_MOST;

  /**
   * Tests a value.
   *
   * @param value the measured value, not null
   * @param bound the bound, not null
   * @return whether the comparison holds
   */
  public boolean test(BigDecimal value, BigDecimal bound) {
    int c = value.compareTo(bound);
    return this == AT_LEAST ? c >= 0 : c <= 0;
  }

  /**
   * How far a value falls short of the comparison: {@code bound − value} for {@link #AT_LEAST},
   * {@code value − bound} for {@link #AT_MOST}, never below zero.
   *
   * @param value the measured value
   * @param bound the bound
   * @return the shortfall, {@code >= 0}
   */
  public BigDecimal shortfall(BigDecimal value, BigDecimal bound) {
    BigDecimal d = this == AT_LEAST ? bound.subtract(value) : value.subtract(bound);
    return d.signum() > 0 ? d : BigDecimal.ZERO;
  }
}
