package io.github.ggw.standards.report;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Messages;
import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The reports' words in one language, from {@code report*.properties}, and the way figures are
 * written (plain decimals, never the machine's locale).
 */
final class ReportWords {
  private static final int SHOWN_DECIMALS = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Messages messages;

  ReportWords(Locale locale) {
    this.messages = Messages.of("io.github.ggw.standards.report.report", locale);
  }

  Locale locale() {
    return messages.locale();
  }

  /** The language tag for the page: zh-CN or en. */
  String languageTag() {
    return locale().getLanguage().equals("zh") ? "zh-CN" : "en";
  }

  String get(String key, Object... args) {
    return messages.get(key, args);
  }

  String text(LocalizedText t) {
    return messages.text(t);
  }

  String label(Enum<?> constant) {
    return messages.text(Labels.of(constant));
  }

  String yesNo(boolean b) {
    return get(b ? "yes" : "no");
  }

  /** An exact figure with at most six decimals, with ≈ when cut; never an exponent. */
  static String number(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() <= SHOWN_DECIMALS) {
      return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
    return "≈" + v.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  static String number(Points p) {
    return number(p.toBigDecimal());
  }

  /** A rounded total with a fixed number of decimals, such as {@code 75.0}. */
  static String total(Points rounded, int decimals) {
    return rounded.toBigDecimal().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** A share in [0, 1] as a percentage with one decimal at most, such as {@code 87.5%}. */
  static String percent(BigDecimal rate) {
    return percentValue(rate).stripTrailingZeros().toPlainString() + "%";
  }

  /** A share in [0, 1] as a percentage rounded half up to one decimal. */
  static BigDecimal percentValue(BigDecimal rate) {
    BigDecimal p = rate.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    return p.signum() == 0 ? BigDecimal.ZERO : p;
  }
}
