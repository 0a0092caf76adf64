package io.github.ggw.standards.json.internal;

import java.math.BigDecimal;

/**
 * Decimals read from input written out in full ({@link BigDecimal#toPlainString()}), as fact
 * values, measure parameters and canonical forms hold them, with a bound on the length: an
 * eleven-character number such as {@code 1e999999999} passes every limit on the length of a
 * number and would be a thousand million characters written out. Not API.
 */
public final class PlainDecimals {
  /** The most characters a decimal written out in full may take, sign and point included. */
  public static final int MAX_CHARS = 1_000;

  private PlainDecimals() {}

  /**
   * The decimal written out in full: {@code "0"} for zero, else without trailing zeros
   * ({@code 1.50} → {@code "1.5"}, {@code 1e3} → {@code "1000"}).
   *
   * @param d the decimal, not null
   * @return the text, or null when it would take more than {@value #MAX_CHARS} characters
   */
  public static String text(BigDecimal d) {
    if (d.signum() == 0) {
      return "0";
    }
    BigDecimal s = d.stripTrailingZeros();
    return length(s) > MAX_CHARS ? null : s.toPlainString();
  }

  /**
   * Whether a decimal, written out in full without trailing zeros, would take more than {@value
   * #MAX_CHARS} characters. Allocates nothing for a decimal of at most {@value #MAX_CHARS} / 2
   * digits and a scale within ±{@value #MAX_CHARS} / 2 (every decimal a document ordinarily
   * holds).
   *
   * @param d the decimal, not null
   * @return true when {@link #text} would give null
   */
  public static boolean tooLong(BigDecimal d) {
    int half = MAX_CHARS / 2;
    if (d.precision() <= half && Math.abs(d.scale()) <= half - 2) {
      return false; // written out it takes at most precision + |scale| + 2 characters
    }
    return d.signum() != 0 && length(d.stripTrailingZeros()) > MAX_CHARS;
  }

  /**
   * Whether a number's text, written out in full, would take more than {@value #MAX_CHARS}
   * characters.
   *
   * @param number a number's text, not null
   * @return true when it is a number and too long written out; false otherwise
   */
  public static boolean tooLong(String number) {
    try {
      return tooLong(new BigDecimal(number));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The length of {@code toPlainString()} of a non-zero decimal, without building it. */
  private static long length(BigDecimal s) {
    long digits = s.precision();
    long scale = s.scale();
    long sign = s.signum() < 0 ? 1 : 0;
    if (scale <= 0) {
      return sign + digits - scale; // digits then -scale zeros
    }
    return sign + (scale >= digits ? scale + 2 : digits + 1); // "0." and zeros, or a point inside
  }
}
