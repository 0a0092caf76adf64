package io.github.ggw.standards.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact figures shown to people: rounded HALF_UP for display only, plain, without exponent. */
final class Figures {
  private Figures() {}

  /** A figure to at most {@code places} decimals, trailing zeros dropped ({@code 79.5}, {@code 80}). */
  static String show(BigDecimal v, int places) {
    BigDecimal r = v.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
  }

  /** A percentage to one decimal with its sign ({@code 33.3%}). */
  static String percent(BigDecimal v) {
    return show(v, 1) + "%";
  }

  /** A signed change ({@code +13}, {@code −0.5}, {@code 0}). */
  static String signed(BigDecimal v, int places) {
    String s = show(v.abs(), places);
    return v.signum() > 0 ? "+" + s : v.signum() < 0 ? "−" + s : s;
  }
}
