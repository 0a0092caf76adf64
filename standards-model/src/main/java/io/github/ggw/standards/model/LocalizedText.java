package io.github.ggw.standards.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Simplified Chinese (zh-CN) and English, such as an indicator title.
 *
 * @param zh the Chinese text, not blank, at most 2,000 characters
 * @param en the English text, not blank, at most 2,000 characters
 */
public record LocalizedText(String zh, String en) {
  private static final int MAX = 2000;

  /**
   * Checks both texts.
   *
   * @throws StandardsException if either text is blank or longer than 2,000 characters
   * @throws NullPointerException if either is null
   *
   * @param zh the {@code zh} component, as described on the record
   * @param en the {@code en} component, as described on the record
   */
  public LocalizedText {
    check(Objects.requireNonNull(zh, "zh"));
    check(Objects.requireNonNull(en, "en"));
  }

  private static void check(String s) {
    if (s.isBlank() || s.length() > MAX) {
      throw new StandardsException("a text must be non-blank and at most 2000 characters", String.valueOf(s));
    }
  }

  /**
   * A text in both languages.
   *
   * @param zh the Chinese text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /**
   * The text for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale the locale, not null
   * @return the text in that language
   */
  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }

  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
