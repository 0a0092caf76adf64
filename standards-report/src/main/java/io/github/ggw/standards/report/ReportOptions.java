package io.github.ggw.standards.report;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.StandardsException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report is written (报告选项): its language, how many decimals the rounded total shows and
 * the standard's title for the header.
 *
 * @param locale the language: Chinese (zh-CN) for any {@code zh} locale, English otherwise; not null
 * @param totalDecimals decimals shown for the rounded total, in {@code [0, 6]} (1 for the
 *     standard's usual precision 0.1, so that 75 shows as {@code 75.0})
 * @param standardTitle the standard's title for the header, or empty to show only its identifier
 *     and version; not null
 */
public record ReportOptions(Locale locale, int totalDecimals, Optional<LocalizedText> standardTitle) {
  private static final int MAX_DECIMALS = 6;

  /**
   * Checks the components.
   *
   * @throws StandardsException if {@code totalDecimals} is outside {@code [0, 6]}
   * @throws NullPointerException if a component is null
   *
   * @param locale the {@code locale} component, as described on the record
   * @param totalDecimals the {@code totalDecimals} component, as described on the record
   * @param standardTitle the {@code standardTitle} component, as described on the record
   */
  public ReportOptions {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(standardTitle, "standardTitle");
    if (totalDecimals < 0 || totalDecimals > MAX_DECIMALS) {
      throw new StandardsException("totalDecimals must be in [0, 6]", String.valueOf(totalDecimals));
    }
  }

  /**
   * Options for a language, with one decimal for the total and no standard title.
   *
   * @param locale the language, not null
   * @return the options
   */
  public static ReportOptions of(Locale locale) {
    return new ReportOptions(locale, 1, Optional.empty());
  }

  /**
   * Options for a language that take the decimals of the total from the standard's declared
   * precision (0.1 → 1, 0.5 → 1, 1 → 0) and its title for the header.
   *
   * @param locale the language, not null
   * @param standard the standard the reports were scored against, not null
   * @return the options
   */
  public static ReportOptions of(Locale locale, Standard standard) {
    int scale = standard.getPrecision().stripTrailingZeros().scale();
    return new ReportOptions(locale, Math.min(MAX_DECIMALS, Math.max(0, scale)),
        Optional.of(standard.getTitle()));
  }
}
