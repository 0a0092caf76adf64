package io.github.ggw.standards.model.problem;

/**
 * Makes control characters in echoed text visible (控制字符显示), so that a value a school wrote
 * can neither drive a terminal nor fake the layout of what the library or its program prints: a
 * unit name holding {@code ESC [2J} would clear a district official's screen, a carriage return
 * would let a later part overwrite a score, a right-to-left override would show a line's
 * characters in another order.
 *
 * <p>Replaced: each C0 control character U+0000 to U+001F by its control picture U+2400 to
 * U+241F ({@code ␛} for escape, {@code ␍} for a carriage return, {@code ␊} for a line feed), the
 * delete character U+007F by {@code ␡} (U+2421), each C1 control character U+0080 to U+009F and
 * each bidirectional embedding, override and isolate control (U+202A to U+202E, U+2066 to U+2069)
 * by its code point written {@code [U+202E]}. When the layout is kept, tab and line feed stay as
 * they are. Every other character, white space and the invisible format characters that
 * {@link PersonalNumbers} reads as separators included, is kept.
 *
 * <p>Pure and thread-safe; a text without such characters is returned as the same instance.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /**
   * The text with its control characters made visible, tab and line feed included: for a value
   * echoed on one line, such as a problem's offending value or argument.
   *
   * @param text any text, or null
   * @return the visible text; the same instance when nothing is replaced; null for null
   */
  public static String visible(String text) {
    return visible(text, false);
  }

  /**
   * The text with its control characters made visible, tab and line feed kept: for text laid out
   * in lines, such as a program's printed words.
   *
   * @param text any text, or null
   * @return the visible text; the same instance when nothing is replaced; null for null
   */
  public static String visibleKeepingLines(String text) {
    return visible(text, true);
  }

  private static String visible(String text, boolean keepLines) {
    if (text == null) {
      return null;
    }
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      if (replaced(text.charAt(i), keepLines)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!replaced(c, keepLines)) {
        sb.append(c);
      } else if (c < 0x20) {
        sb.append((char) (0x2400 + c));
      } else if (c == 0x7F) {
        sb.append('\u2421');
      } else {
        sb.append("[U+").append(String.format(java.util.Locale.ROOT, "%04X", (int) c))
            .append(']');
      }
    }
    return sb.toString();
  }

  private static boolean replaced(char c, boolean keepLines) {
    if (c < 0x20) {
      return !(keepLines && (c == '\n' || c == '\t'));
    }
    return c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }
}
