package io.github.ggw.standards.rules.internal;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;

/**
 * An exact running sum of points kept as a whole number of its smallest unit in a {@code long}
 * while it fits, with {@link BigDecimal} itself as the fallback: {@link #points()} is the very
 * value, scale included, that folding {@link Points#plus} over the same terms from {@link
 * Points#ZERO} gives. That fold's result has the largest scale among {@code 0} and the terms'
 * scales (an exact sum's scale is its terms' largest, and every zero {@code Points} has scale 0),
 * so the sum keeps {@code units = value × 10^scale} with that scale, without a {@code Points}
 * or {@code BigDecimal} per term. A term whose unscaled value has more than 18 digits, a scale
 * step beyond {@code 10^18}, or a sum beyond a {@code long} moves the sum to {@code BigDecimal}
 * for good. Mutable, confined to one caller; internal: not part of the library's API.
 */
public final class PointsSum {
  /** Powers of ten that fit in a {@code long}: {@code TENS[k] = 10^k}, {@code k ≤ 18}. */
  private static final long[] TENS = Exact.TENS;

  /** The scales {@link #SMALL} keeps: 0, 1 and 2 (whole points, tenths and hundredths). */
  private static final int SMALL_SCALES = 3;
  /** The units {@link #SMALL} keeps: below 1024 (up to 1023 points at scale 0). */
  private static final int SMALL_UNITS = 1024;
  /**
   * By scale and units, the sum's {@code Points} once made: {@code SMALL[s][u]} is {@code u ×
   * 10^-s} at scale {@code s}, or null until first asked for (3,072 references in all).
   */
  private static final Points[][] SMALL = new Points[SMALL_SCALES][SMALL_UNITS];

  /** The sum in units of {@code 10^-scale}, while {@link #big} is null. */
  private long units;
  /** The sum's scale: the largest among 0 and the terms' scales. */
  private int scale;
  /** The sum once it no longer fits in {@link #units}; null before. */
  private BigDecimal big;

  /** An empty sum: zero. */
  public PointsSum() {}

  /** Empties the sum, to be used again: zero. */
  public void clear() {
    units = 0;
    scale = 0;
    big = null;
  }

  /**
   * Adds a term.
   *
   * @param p the term, not null
   */
  public void add(Points p) {
    BigDecimal v = p.toBigDecimal();
    if (big != null) {
      big = big.add(v);
      return;
    }
    if (v.signum() == 0) {
      // a zero term (always of scale 0) changes neither the value nor the scale
      return;
    }
    int s = v.scale();
    if (v.precision() > 18 || s > scale + 18 || s < scale - 18) {
      overflow(v);
      return;
    }
    // the unscaled value, as a number of scale 0 (fits: at most 18 digits)
    long u = v.scaleByPowerOfTen(s).longValue();
    try {
      // both operands in units of the larger scale, then their sum; the sum so far and its
      // scale change only when all of it fits (overflow() reads them as they were)
      long acc = s > scale ? Math.multiplyExact(units, TENS[s - scale]) : units;
      long term = s < scale ? Math.multiplyExact(u, TENS[scale - s]) : u;
      units = Math.addExact(acc, term);
      scale = Math.max(scale, s);
    } catch (ArithmeticException beyondALong) {
      overflow(v);
    }
  }

  /** Moves the sum so far to {@code BigDecimal} and adds the term there. */
  private void overflow(BigDecimal v) {
    big = BigDecimal.valueOf(units, scale).add(v);
  }

  /**
   * The sum.
   *
   * @return exactly what {@code Points.ZERO.plus(t1).plus(t2)…} gives, value and scale
   * @throws io.github.ggw.standards.model.StandardsException if the sum is negative (as {@link
   *     Points#plus} would)
   */
  public Points points() {
    if (big != null) {
      return Points.of(big);
    }
    if (units == 0) {
      return Points.ZERO;
    }
    if (scale < SMALL_SCALES && units < SMALL_UNITS) {
      // the sums of a sheet's nodes are mostly a few small figures (a subtotal of 12.5, a
      // maximum of 30): one Points per value and scale, made when first asked for
      Points[] ofScale = SMALL[scale];
      Points p = ofScale[(int) units];
      if (p == null) {
        // (a race makes two equal values and keeps one: Points is immutable, its fields final)
        p = Points.of(BigDecimal.valueOf(units, scale));
        ofScale[(int) units] = p;
      }
      return p;
    }
    return Points.of(BigDecimal.valueOf(units, scale));
  }
}
