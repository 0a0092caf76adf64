package io.github.ggw.standards.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A non-negative, exact number of points (分值/得分), such as {@code 3}, {@code 1.5} or {@code
 * 17.8333…}.
 *
 * <p>Equality, hash code and ordering follow {@link BigDecimal#compareTo}: {@code 1.5} equals
 * {@code 1.50}. {@link #toString()} is the plain decimal without exponent or trailing zeros and
 * {@link #parse(CharSequence)} reads it back. Arithmetic is exact; only {@link #dividedBy} needs a
 * {@link MathContext} (DECIMAL128 for the divisions of scoring; see docs/scoring.md, “Arithmetic
 * and rounding”). Instances are immutable and thread-safe.
 */
public final class Points implements Comparable<Points> {
  /** Zero points. */
  public static final Points ZERO = new Points(BigDecimal.ZERO);

  /** The context of every division in scoring: IEEE 754 decimal128, 34 digits, HALF_EVEN. */
  public static final MathContext DIVISION_CONTEXT = MathContext.DECIMAL128;

  /** The most whole points whose text {@link #WHOLE} holds. */
  private static final int WHOLE_TEXTS = 1000;

  /**
   * The texts of the whole points 0 to {@value #WHOLE_TEXTS} ({@code "0"}, {@code "1"}…), made
   * once: most points a sheet gives or a claim states are whole, and a report writes them in
   * every warning and line. Constants of the class, the same for every value.
   */
  private static final String[] WHOLE = new String[WHOLE_TEXTS + 1];

  /** The most tenths whose text {@link #TENTHS} holds: 99.9 points. */
  private static final int TENTHS_TEXTS = 999;

  /**
   * The texts of the points 0.1 to 99.9 in tenths, by tenths ({@code TENTHS[15]} is {@code
   * "1.5"}), made once: half points are the most common others; the whole ones among them
   * ({@code TENTHS[20]}) are left null, as {@link #WHOLE} has them. Constants of the class.
   */
  private static final String[] TENTHS = new String[TENTHS_TEXTS + 1];

  static {
    for (int i = 0; i <= WHOLE_TEXTS; i++) {
      WHOLE[i] = Integer.toString(i);
    }
    for (int t = 1; t <= TENTHS_TEXTS; t++) {
      if (t % 10 != 0) {
        TENTHS[t] = (t / 10) + "." + (t % 10);
      }
    }
  }

  private final BigDecimal value;

  private Points(BigDecimal value) {
    this.value = value;
  }

  /**
   * The largest {@link BigDecimal#scale()}, either way, of the points: at most 1,000 digits after
   * the point, and no more than 1,000 zeros implied before it. Scoring's own values stay far
   * inside (a DECIMAL128 quotient has 34 digits); {@code 1e999999999}, eleven characters, would
   * be a thousand million digits wherever it is added, compared or shown.
   */
  public static final int MAX_SCALE = 1_000;

  /**
   * Points of an exact decimal value.
   *
   * @param value the value, not null, {@code >= 0}, its scale within ±{@value #MAX_SCALE} unless
   *     it is zero
   * @return the points
   * @throws StandardsException if the value is negative, or non-zero with a scale outside
   *     ±{@value #MAX_SCALE} (such as {@code 1e999999999} or {@code 1e-999999999})
   * @throws NullPointerException if value is null
   */
  public static Points of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int sign = value.signum();
    if (sign < 0) {
      throw new StandardsException("points must not be negative: " + value.toPlainString(), String.valueOf(value));
    }
    if (sign == 0) {
      return ZERO;
    }
    int scale = value.scale();
    if (scale > MAX_SCALE || scale < -MAX_SCALE) {
      // (the value's own text keeps its exponent: written out it is what is refused)
      throw new StandardsException("points too long written out (scale " + scale
          + " outside ±" + MAX_SCALE + "): " + value, String.valueOf(value));
    }
    return new Points(value);
  }

  /**
   * Points of a whole number.
   *
   * @param value the value, {@code >= 0}
   * @return the points
   * @throws StandardsException if the value is negative
   */
  public static Points of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * Parses a plain decimal such as {@code "2.5"}; the inverse of {@link #toString()}.
   *
   * @param text the decimal, not null; an exponent is accepted but not produced
   * @return the points
   * @throws StandardsException if the text is not a decimal, is negative, or is refused by
   *     {@link #of(BigDecimal)} for its scale
   */
  public static Points parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      return of(new BigDecimal(text.toString().trim()));
    } catch (NumberFormatException e) {
      throw new StandardsException(
          "not a decimal number of points: " + text, text.toString(), e);
    }
  }

  /**
   * The exact value.
   *
   * @return the value, {@code >= 0}
   */
  public BigDecimal toBigDecimal() {
    return value;
  }

  /**
   * The exact sum.
   *
   * @param other the points to add, not null
   * @return {@code this + other}
   */
  public Points plus(Points other) {
    return of(value.add(other.value));
  }

  /**
   * The difference, floored at zero (扣完为止: deduction never goes below zero).
   *
   * @param other the points to subtract, not null
   * @return {@code max(0, this - other)}
   */
  public Points minusFloorZero(Points other) {
    BigDecimal d = value.subtract(other.value);
    return d.signum() <= 0 ? ZERO : new Points(d);
  }

  /**
   * The exact product with a non-negative factor.
   *
   * @param factor the factor, {@code >= 0}
   * @return {@code this × factor}
   * @throws StandardsException if the factor is negative
   */
  public Points times(BigDecimal factor) {
    return of(value.multiply(factor));
  }

  /**
   * The quotient in {@link #DIVISION_CONTEXT}.
   *
   * @param divisor the divisor, {@code > 0}
   * @return {@code this ÷ divisor}, rounded to 34 significant digits
   * @throws StandardsException if the divisor is zero or negative
   */
  public Points dividedBy(BigDecimal divisor) {
    if (divisor.signum() <= 0) {
      throw new StandardsException("divisor must be positive: " + divisor.toPlainString(), String.valueOf(divisor));
    }
    return of(value.divide(divisor, DIVISION_CONTEXT));
  }

  /**
   * The smaller of this and a cap.
   *
   * @param cap the cap, not null
   * @return {@code min(this, cap)}
   */
  public Points atMost(Points cap) {
    return compareTo(cap) <= 0 ? this : cap;
  }

  /**
   * Rounds to a precision such as {@code 0.1} or {@code 0.5}, once, at the end of scoring.
   *
   * @param precision the grid step, {@code > 0}
   * @param mode the rounding mode, such as {@link RoundingMode#HALF_UP} (四舍五入)
   * @return the nearest multiple of the precision by the mode
   * @throws StandardsException if the precision is not positive
   */
  public Points roundTo(BigDecimal precision, RoundingMode mode) {
    if (precision.signum() <= 0) {
      throw new StandardsException("precision must be positive: " + precision, String.valueOf(precision));
    }
    BigDecimal steps = value.divide(precision, 0, mode);
    return of(steps.multiply(precision).stripTrailingZeros());
  }

  /**
   * Whether this is a whole multiple of a step (on the step grid).
   *
   * @param step the step, {@code > 0}, such as {@code 0.5}
   * @return true when {@code this / step} is an integer
   */
  public boolean isMultipleOf(BigDecimal step) {
    return step.signum() > 0 && value.remainder(step).signum() == 0;
  }

  /**
   * Whether this is zero.
   *
   * @return true for zero points
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Points o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Points p && value.compareTo(p.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
  }

  /**
   * The plain decimal, without exponent or trailing zeros ({@code "1.5"}, {@code "20"}).
   *
   * @return text that {@link #parse(CharSequence)} reads back to an equal value
   */
  @Override
  public String toString() {
    if (value.signum() == 0) {
      return "0";
    }
    // a whole number of scale 0 up to the table's end is its text there (its unscaled value)
    if (value.scale() == 0 && value.signum() > 0 && value.precision() <= 4) {
      int whole = value.intValue();
      if (whole <= WHOLE_TEXTS) {
        return WHOLE[whole];
      }
    }
    // a value of scale 1 below 100 is a number of tenths t < 1000: t ÷ 10 as a double is within
    // 10^-13 of it, so ten times it rounds to t itself; a whole t ÷ 10 is WHOLE's text
    if (value.scale() == 1 && value.signum() > 0 && value.precision() <= 3) {
      int tenths = (int) Math.round(value.doubleValue() * 10);
      return tenths % 10 == 0 ? WHOLE[tenths / 10] : TENTHS[tenths];
    }
    return value.stripTrailingZeros().toPlainString();
  }
}
