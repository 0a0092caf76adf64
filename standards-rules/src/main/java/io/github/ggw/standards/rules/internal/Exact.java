package io.github.ggw.standards.rules.internal;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;

/**
 * Exact decimal tests in {@code long} arithmetic where they provably fit, with {@link BigDecimal}
 * itself as the fallback: the same answers as the {@code BigDecimal} operations they stand for,
 * without the divisions those make. Internal: not part of the library's API.
 */
public final class Exact {
  /**
   * Powers of ten that fit in a {@code long}: {@code TENS[k] = 10^k}, {@code k ≤ 18}; shared with
   * {@link PointsSum} (do not modify).
   */
  static final long[] TENS = new long[19];

  static {
    TENS[0] = 1;
    for (int k = 1; k < TENS.length; k++) {
      TENS[k] = TENS[k - 1] * 10;
    }
  }

  private Exact() {}

  /**
   * Whether a value is a whole multiple of a step: exactly {@code step.signum() > 0 &&
   * value.remainder(step).signum() == 0}, the rule of {@code Points.isMultipleOf}. Both are
   * brought to their common scale {@code s} as whole numbers {@code a = value × 10^s} and {@code
   * b = step × 10^s}; {@code value ÷ step = a ÷ b} is whole exactly when {@code a % b == 0}. When
   * either does not fit in a {@code long}, the {@code BigDecimal} remainder answers.
   *
   * @param value the value, not null
   * @param step the step, not null
   * @return whether {@code value} lies on the grid of {@code step}; false for a step {@code <= 0}
   */
  public static boolean isMultipleOf(BigDecimal value, BigDecimal step) {
    if (step.signum() <= 0) {
      return false;
    }
    if (value.signum() == 0) {
      return true;
    }
    int s = Math.max(value.scale(), step.scale());
    long a = whole(value, (long) s - value.scale());
    long b = whole(step, (long) s - step.scale());
    if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
      return value.remainder(step).signum() == 0;
    }
    return a % b == 0;
  }

  /**
   * The values as whole numbers in their common smallest unit, {@code 10^-s} for the largest
   * scale {@code s} among them (at least 0): {@code keys[i] = values[i] × 10^s}, so that {@code
   * Long.compare(keys[i], keys[j])} orders exactly as {@code values[i].compareTo(values[j])}
   * (equal values of different scales get equal keys). Null when any does not fit in a {@code
   * long}; then compare the values themselves.
   *
   * @param values the values, not null (nor any of the first {@code count})
   * @param count how many of them to convert
   * @return the keys, or null
   */
  public static long[] commonUnits(BigDecimal[] values, int count) {
    int s = 0;
    for (int i = 0; i < count; i++) {
      s = Math.max(s, values[i].scale());
    }
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      long k = whole(values[i], (long) s - values[i].scale());
      if (k == Long.MIN_VALUE) {
        return null;
      }
      keys[i] = k;
    }
    return keys;
  }

  /**
   * {@link #commonUnits(BigDecimal[], int)} of points: their exact values as whole numbers in
   * their common smallest unit, or null when any does not fit in a {@code long}.
   *
   * @param points the points, not null (nor any of the first {@code count})
   * @param count how many of them to convert
   * @return the keys, or null
   */
  public static long[] commonUnits(Points[] points, int count) {
    int s = 0;
    for (int i = 0; i < count; i++) {
      s = Math.max(s, points[i].toBigDecimal().scale());
    }
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      BigDecimal v = points[i].toBigDecimal();
      long k = whole(v, (long) s - v.scale());
      if (k == Long.MIN_VALUE) {
        return null;
      }
      keys[i] = k;
    }
    return keys;
  }

  /**
   * {@code x}'s unscaled value times {@code 10^shift}, or {@code Long.MIN_VALUE} when it does not
   * fit in a {@code long} (or the unscaled value has more than 18 digits, or the shift is beyond
   * 18).
   */
  private static long whole(BigDecimal x, long shift) {
    if (shift > 18) {
      return Long.MIN_VALUE;
    }
    // at most 18 digits unscaled: |u| < 10^18 fits; read as the number of scale 0 with the same
    // unscaled value (no BigInteger made, as unscaledValue() would)
    if (x.precision() > 18) {
      return Long.MIN_VALUE;
    }
    long u = x.scaleByPowerOfTen(x.scale()).longValue();
    long hi = Math.multiplyHigh(u, TENS[(int) shift]);
    long lo = u * TENS[(int) shift];
    // fits when the high word is the sign extension of the low word, and not the sentinel
    if (hi != (lo >> 63) || lo == Long.MIN_VALUE) {
      return Long.MIN_VALUE;
    }
    return lo;
  }
}
