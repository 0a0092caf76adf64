package io.github.ggw.standards.model.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds and masks personal numbers in text (个人号码识别): mainland resident identity numbers
 * (GB 11643-1999: a 6-digit address code whose first digit is not 0, an 8-digit birth date
 * {@code YYYYMMDD} that is a real date from 1800 to 2099, a 3-digit sequence and a check character
 * under ISO 7064 MOD 11-2; the date rule keeps random 18-digit runs, such as temporary file names,
 * from passing for identity numbers one time in eleven) and
 * mainland mobile numbers (11 digits, prefix {@code 13} to {@code 19}, optionally after {@code
 * +86}, {@code 0086} or {@code 86}), however they are written.
 *
 * <p><b>Normalisation.</b> Before matching, each character of the text is classed:
 *
 * <ul>
 *   <li>a <b>digit</b>: any Unicode decimal digit (ASCII, full-width {@code ０}–{@code ９}, and
 *       the other scripts' digits), read as its value;
 *   <li>the <b>check character</b> {@code X}, {@code x}, {@code Ｘ}, {@code ｘ}, only directly after
 *       a digit;
 *   <li>a <b>plus</b> {@code +} or {@code ＋}, only where a number may start;
 *   <li>a <b>separator</b>, dropped: white space of any width (including U+00A0, U+3000 and the
 *       U+2000 block), invisible format characters (Unicode category Cf: zero-width space, non-joiner
 *       and joiner U+200B–U+200D, word joiner U+2060, U+FEFF, soft hyphen U+00AD, bidirectional
 *       marks…), variation selectors U+FE00–U+FE0F, the combining grapheme joiner U+034F, the
 *       Hangul fillers U+115F, U+1160, U+3164, U+FFA0, and the separators {@code -} {@code .}
 *       {@code /}, their full-width forms {@code －} {@code ．} {@code ／}, the dashes U+2010–U+2015
 *       and the minus sign U+2212;
 *   <li>anything else ends a run.
 * </ul>
 *
 * <p>Within a run, a number is a stretch of digits that starts and ends at a boundary: the start
 * or end of the run, or a separator. So {@code 110105 19491231 002X}, {@code 138-1234-5678},
 * {@code １３８１２３４５６７８}, {@code 138\u200B12345678} and {@code +86 138 1234 5678} are
 * numbers, while the 18 characters inside {@code 11010519491231002X5} (glued to a further digit)
 * are not. Identity numbers of the old 15-digit form are not recognised (they carry no check
 * character); {@link Problem} still masks any run of eleven or more digits in what it echoes.
 *
 * <p>Pure and thread-safe; linear in the length of the text.
 */
public final class PersonalNumbers {
  /** What replaces a personal number in echoed text. */
  public static final String MASK = "[masked]";

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";
  private static final Pattern IDENTITY = Pattern.compile("[1-9][0-9]{16}[0-9X]");
  private static final Pattern MOBILE = Pattern.compile("(?:\\+86|0086|86)?1[3-9][0-9]{9}");
  /** The longest number: {@code 0086} and 11 digits is 15; an identity number is 18. */
  private static final int LONGEST = 18;
  /**
   * The fewest digits of a personal number (a mobile number's 11): a text of fewer chars holds
   * none, and nothing {@link Problem} masks.
   */
  static final int SHORTEST = 11;

  /** The kind of a personal number. */
  public enum Kind {
    /** A resident identity number with a valid check character. */
    IDENTITY,
    /** A mainland mobile number. */
    MOBILE
  }

  /**
   * One personal number found in a text.
   *
   * @param kind what it is, not null
   * @param start the index of its first character in the original text (a UTF-16 index)
   * @param end the index after its last character in the original text; separators inside the
   *     number are within {@code [start, end)}
   */
  public record Found(Kind kind, int start, int end) {
    /**
     * Checks the span.
     *
     * @throws IllegalArgumentException if {@code start} is negative or {@code end <= start}
     * @throws NullPointerException if kind is null
     *
     * @param kind the {@code kind} component, as described on the record
     * @param start the {@code start} component, as described on the record
     * @param end the {@code end} component, as described on the record
     */
    public Found {
      Objects.requireNonNull(kind, "kind");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("a span is [start, end) with start < end");
      }
    }
  }

  private PersonalNumbers() {}

  /**
   * Every personal number in a text, after the normalisation of the class comment, in text
   * order, not overlapping; at a place where both kinds could start, the longer number wins.
   *
   * @param text any text, not null
   * @return the numbers found, possibly empty
   */
  public static List<Found> find(String text) {
    Objects.requireNonNull(text, "text");
    if (fewerDigitsThanAnyNumber(text)) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    Run run = new Run(text.length());
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int digit = digit(cp);
      if (digit >= 0) {
        run.add((char) ('0' + digit), i, next);
      } else if ((cp == 'X' || cp == 'x' || cp == 0xFF38 || cp == 0xFF58) && run.afterDigit()) {
        run.add('X', i, next);
      } else if ((cp == '+' || cp == 0xFF0B) && run.atBoundary()) {
        run.add('+', i, next);
      } else if (separator(cp)) {
        run.cut();
      } else {
        run.end(found);
      }
      i = next;
    }
    run.end(found);
    return found;
  }

  /**
   * Whether a text holds a resident identity number with a valid check character, in any written
   * form of the class comment.
   *
   * @param text any text, not null
   * @return true when one occurs
   */
  public static boolean holdsIdentityNumber(String text) {
    return find(text).stream().anyMatch(f -> f.kind() == Kind.IDENTITY);
  }

  /**
   * Whether a text holds a mainland mobile number, in any written form of the class comment.
   *
   * @param text any text, not null
   * @return true when one occurs
   */
  public static boolean holdsMobileNumber(String text) {
    return find(text).stream().anyMatch(f -> f.kind() == Kind.MOBILE);
  }

  /**
   * Whether a text holds any personal number.
   *
   * @param text any text, or null (which holds none)
   * @return true when an identity or mobile number occurs
   */
  public static boolean holdsAny(String text) {
    return text != null && !find(text).isEmpty();
  }

  /**
   * The text with each personal number, separators inside it included, replaced by {@link
   * #MASK}; the rest of the text unchanged.
   *
   * @param text any text, or null
   * @return the masked text; null for null
   */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    List<Found> found = find(text);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int at = 0;
    for (Found f : found) {
      sb.append(text, at, f.start()).append(MASK);
      at = f.end();
    }
    return sb.append(text, at, text.length()).toString();
  }

  /**
   * The normalised form of a text: digits as ASCII, the check character as {@code X}, separators
   * dropped, everything else kept. For display in tests and diagnostics; {@link #find(String)}
   * works on the text itself.
   *
   * @param text any text, not null
   * @return the normalised text
   */
  public static String normalise(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      int d = digit(cp);
      if (d >= 0) {
        sb.append((char) ('0' + d));
      } else if (cp == 0xFF38 || cp == 0xFF58 || cp == 'x') {
        sb.append('X');
      } else if (cp == 0xFF0B) {
        sb.append('+');
      } else if (!separator(cp)) {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  /**
   * Whether a text has fewer decimal digits (of any script) than the shortest personal number
   * (eleven digits): then it holds none, and the scan is skipped. Most texts checked (JSON
   * pointers, codes, short names) are of this kind. Also the fast path of {@link Problem}'s and
   * {@link Location}'s masking, whose patterns need eleven ASCII digits or more.
   */
  static boolean fewerDigitsThanAnyNumber(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9'
          || ch >= 0x80 && Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER
          || Character.isSurrogate(ch)) {
        if (++digits >= SHORTEST) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether no stretch of a text has eleven digits or more: then it holds no personal number, and
   * neither does {@link Problem}'s pattern find a number in it. A stretch is a maximal sequence of
   * characters that may stand in a number: digits of any script (a surrogate counts as one, to be
   * safe), separators of the class comment, the check character in any form, and the plus in any
   * form; any other character ends a stretch, as it ends a run of {@link #find}. Stricter than
   * {@link #fewerDigitsThanAnyNumber} on texts with many short numbers, such as a list of item
   * codes, and true wherever that is true. Not for JSON pointers, whose escape {@code ~1}
   * stands for a separator.
   */
  static boolean noStretchOfElevenDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (++digits >= SHORTEST) {
          return false;
        }
      } else if (ch < 0x80) {
        if (!(ch == '-' || ch == '.' || ch == '/' || ch == '+' || ch == 'X' || ch == 'x'
            || Character.isWhitespace(ch) || Character.isSpaceChar(ch)
            || Character.getType(ch) == Character.FORMAT)) {
          digits = 0;
        }
      } else if (Character.isSurrogate(ch) || Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER) {
        if (++digits >= SHORTEST) {
          return false;
        }
      } else if (!(separator(ch) || ch == 0xFF38 || ch == 0xFF58 || ch == 0xFF0B)) {
        digits = 0;
      }
    }
    return true;
  }

  private static int digit(int cp) {
    return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
  }

  private static boolean separator(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || cp == '-' || cp == '.' || cp == '/' || cp == 0xFF0D || cp == 0xFF0E || cp == 0xFF0F
        || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212
        || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x034F
        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
  }

  /** A run of number characters between two characters that end runs. */
  private static final class Run {
    private final StringBuilder chars;
    private int[] from;
    private int[] to;
    /** {@code boundary[k]}: a number may start at k or end before k. */
    private boolean[] boundary;
    private boolean pendingCut;

    Run(int capacity) {
      int n = Math.min(Math.max(capacity, 1), 64);
      chars = new StringBuilder(n);
      from = new int[n];
      to = new int[n];
      boundary = new boolean[n + 1];
    }

    boolean afterDigit() {
      int n = chars.length();
      return n > 0 && !pendingCut && Character.isDigit(chars.charAt(n - 1));
    }

    boolean atBoundary() {
      return chars.length() == 0 || pendingCut;
    }

    void add(char c, int start, int end) {
      int n = chars.length();
      if (n == from.length) {
        from = java.util.Arrays.copyOf(from, n * 2);
        to = java.util.Arrays.copyOf(to, n * 2);
        boundary = java.util.Arrays.copyOf(boundary, n * 2 + 1);
      }
      boundary[n] = n == 0 || pendingCut || chars.charAt(n - 1) == '+';
      chars.append(c);
      from[n] = start;
      to[n] = end;
      pendingCut = false;
    }

    void cut() {
      pendingCut = chars.length() > 0;
    }

    void end(List<Found> found) {
      int n = chars.length();
      if (n >= SHORTEST) {
        boundary[n] = true;
        scan(n, found);
      }
      chars.setLength(0);
      pendingCut = false;
    }

    private void scan(int n, List<Found> found) {
      int a = 0;
      while (a <= n - SHORTEST) {
        int matchedEnd = -1;
        Kind kind = null;
        if (boundary[a]) {
          for (int b = Math.min(n, a + LONGEST); b >= a + SHORTEST && matchedEnd < 0; b--) {
            if (!boundary[b]) {
              continue;
            }
            String s = digitsOnly(a, b);
            if (s == null) {
              continue;
            }
            if (s.length() == LONGEST && IDENTITY.matcher(s).matches() && validCheck(s)
                && validBirthDate(s)) {
              matchedEnd = b;
              kind = Kind.IDENTITY;
            } else if (MOBILE.matcher(s).matches()) {
              matchedEnd = b;
              kind = Kind.MOBILE;
            }
          }
        }
        if (matchedEnd > 0) {
          found.add(new Found(kind, from[a], to[matchedEnd - 1]));
          a = matchedEnd;
        } else {
          a++;
        }
      }
    }

    /** The characters in [a, b), or null when a plus sign is not at the start. */
    private String digitsOnly(int a, int b) {
      String s = chars.substring(a, b);
      return s.lastIndexOf('+') > 0 ? null : s;
    }
  }

  /** Whether characters 7 to 14 are a real date {@code YYYYMMDD} from 1800 to 2099. */
  private static boolean validBirthDate(String id) {
    int year = Integer.parseInt(id.substring(6, 10));
    int month = Integer.parseInt(id.substring(10, 12));
    int day = Integer.parseInt(id.substring(12, 14));
    return year >= 1800 && year <= 2099 && month >= 1 && month <= 12 && day >= 1
        && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /** ISO 7064 MOD 11-2 as GB 11643-1999 applies it to the 18th character. */
  private static boolean validCheck(String id) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * WEIGHTS[i];
    }
    return id.charAt(17) == CHECKS.charAt(sum % 11);
  }
}
