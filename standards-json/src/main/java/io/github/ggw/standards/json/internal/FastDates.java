package io.github.ggw.standards.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A parser of calendar dates in exactly the form {@code YYYY-MM-DD} (four ASCII digits, a hyphen,
 * two digits, a hyphen, two digits; ten characters, nothing around them), for the fast path of
 * the readers. It agrees with {@link LocalDate#parse(CharSequence)} on every text of that form
 * that names a real date (months 01 to 12, days 01 to the month's length, 29 February in leap
 * years only) and answers null for every other text, valid elsewhere or not (a signed or longer
 * year, a time, spaces, 30 February), so that the caller falls back to the general path, which
 * reports the problem or reads the other form as before.
 */
public final class FastDates {
  /**
   * The general path's form of a date: {@code uuuu-MM-dd}, resolved strictly (no 30 February),
   * nothing around it; the one form every reader of a JSON date accepts.
   */
  public static final DateTimeFormatter FORM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private FastDates() {}

  /**
   * The date of a text in exactly the form {@code YYYY-MM-DD}.
   *
   * @param text the text, possibly null
   * @return the date, or null when the text is null, not of that form or names no date
   */
  public static LocalDate parse(CharSequence text) {
    if (text == null || text.length() != 10) {
      return null;
    }
    return date(text.charAt(0), text.charAt(1), text.charAt(2), text.charAt(3), text.charAt(4),
        text.charAt(5), text.charAt(6), text.charAt(7), text.charAt(8), text.charAt(9));
  }

  /**
   * The date of the characters {@code chars[offset, offset + length)} in exactly the form
   * {@code YYYY-MM-DD}, without making a string of them (as a JSON parser hands out the text
   * of a string value).
   *
   * @param chars the characters, not null
   * @param offset where the text starts, 0 or more
   * @param length its length, 0 or more; {@code offset + length} at most {@code chars.length}
   * @return the date, or null when the text is not of that form or names no date
   */
  public static LocalDate parse(char[] chars, int offset, int length) {
    if (length != 10) {
      return null;
    }
    int o = offset;
    return date(chars[o], chars[o + 1], chars[o + 2], chars[o + 3], chars[o + 4], chars[o + 5],
        chars[o + 6], chars[o + 7], chars[o + 8], chars[o + 9]);
  }

  private static LocalDate date(char y1, char y2, char y3, char y4, char dash1, char m1,
      char m2, char dash2, char d1, char d2) {
    if (dash1 != '-' || dash2 != '-') {
      return null;
    }
    int year = digits(y1, y2) * 100 + digits(y3, y4);
    int month = digits(m1, m2);
    int day = digits(d1, d2);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > 28 && day > lengthOfMonth(year, month)) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** Two ASCII digits as a number 0 to 99, or a negative number when either is no digit. */
  private static int digits(char tens, char ones) {
    int t = tens - '0';
    int o = ones - '0';
    if (t < 0 || t > 9 || o < 0 || o > 9) {
      return -10_000;
    }
    return t * 10 + o;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
