package io.github.ggw.standards.model.rule;

import java.math.BigDecimal;

/**
 * How a measured value is compared with a bound in a {@link Condition} or a deficiency.
 * {@link #AT_LEAST} and {@link #AT_MOST} compare with a number ({@link Condition#bound()}); the
 * others compare a declared fact with written values ({@link Condition#values()}): {@link #EQUALS}
 * a FLAG or a CHOICE, {@link #ONE_OF} a CHOICE, {@link #ON_OR_BEFORE} and {@link #ON_OR_AFTER} a
 * DATE (see docs/measures.md, "Declared facts").
 */
public enum Comparison {
  /** Holds when {@code value ≥ bound} (不少于). */
  AT_LEAST,
  /** Holds when {@code value ≤ bound} (不超过). */
  AT_MOST,
  /** Holds when a FLAG or CHOICE fact equals the one written value (等于). */
  EQUALS,
  /** Holds when a CHOICE fact is one of the written values (属于其一). */
  ONE_OF,
  /**
   * Holds when a DATE fact is on or before the written date ({@code YYYY-MM-DD}, {@code yearStart}
   * or {@code yearEnd} of the assessment year) (不晚于).
   */
  ON_OR_BEFORE,
  /** Holds when a DATE fact is on or after the written date (不早于). */
  ON_OR_AFTER;

  /**
   * Whether the comparison is with written values ({@link Condition#values()}) rather than a
   * numeric bound.
   *
   * @return false for {@link #AT_LEAST} and {@link #AT_MOST}, true for the others
   */
  public boolean isOnWrittenValues() {
    return this != AT_LEAST && this != AT_MOST;
  }

  /**
   * The name as sheets write the operator: the key of a CSV parameters cell.
   *
   * @return {@code atLeast}, {@code atMost}, {@code equals}, {@code oneOf}, {@code onOrBefore} or
   *     {@code onOrAfter}
   */
  public String writtenName() {
    return switch (this) {
      case AT_LEAST -> "atLeast";
      case AT_MOST -> "atMost";
      case EQUALS -> "equals";
      case ONE_OF -> "oneOf";
      case ON_OR_BEFORE -> "onOrBefore";
      case ON_OR_AFTER -> "onOrAfter";
    };
  }

  /**
   * Tests a value against one bound: for {@link #EQUALS} equality, for {@link #ON_OR_AFTER} and
   * {@link #ON_OR_BEFORE} the order of the two (a date read as the number {@code YYYYMMDD}); for
   * {@link #ONE_OF}, equality with this one of the values.
   *
   * @param value the measured value, not null
   * @param bound the bound, not null
   * @return whether the comparison holds
   */
  public boolean test(BigDecimal value, BigDecimal bound) {
    int c = value.compareTo(bound);
    return switch (this) {
      case AT_LEAST, ON_OR_AFTER -> c >= 0;
      case AT_MOST, ON_OR_BEFORE -> c <= 0;
      case EQUALS, ONE_OF -> c == 0;
    };
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
    BigDecimal d = switch (this) {
      case AT_LEAST, ON_OR_AFTER -> bound.subtract(value);
      case AT_MOST, ON_OR_BEFORE -> value.subtract(bound);
      case EQUALS, ONE_OF -> value.compareTo(bound) == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
    };
    return d.signum() > 0 ? d : BigDecimal.ZERO;
  }
}
