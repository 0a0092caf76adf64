package io.github.ggw.standards.samples;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The width of text in terminal columns: East Asian wide and full-width characters (CJK) take
 * two columns, combining marks none, everything else one (Unicode East Asian Width, via ICU4J).
 */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      width += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
          ? 2 : 1;
    }
    return width;
  }

  /** The text padded with spaces on the right to a width. */
  static String padRight(String s, int width) {
    int w = of(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /** The text padded with spaces on the left to a width. */
  static String padLeft(String s, int width) {
    int w = of(s);
    return w >= width ? s : " ".repeat(width - w) + s;
  }
}
