package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.LocalizedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error said in words, in zh-CN and en ({@link ValueTexts}): what the parser found
 * and what it expected (a trailing comma, single quotes, a missing quote, comma, colon or bracket,
 * a comment, a control character in a text), from the parser's own sentence and, where given,
 * the bytes before the failure. The parser's English is never passed on. Stateless.
 */
final class JsonSyntax {
  /** {@code Unexpected character ('}' (code 125))}: the character by its code. */
  private static final Pattern FOUND = Pattern.compile("Unexpected character \\(.*?\\(code "
      + "([0-9]{1,7})\\)\\)");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,60})'");
  private static final Pattern CLOSE = Pattern.compile(
      "Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.)'");
  private static final Pattern NUMBER = Pattern.compile("Invalid numeric value: (.{0,60})");

  private JsonSyntax() {}

  /**
   * The words for a syntax error.
   *
   * @param detail the parser's message (first line), not null
   * @param json the bytes read, or null when not at hand
   * @param offset the byte offset of the failure, or negative when unknown
   * @return what was found and what was expected
   */
  static LocalizedText describe(String detail, byte[] json, long offset) {
    Matcher found = FOUND.matcher(detail);
    if (found.find()) {
      String ch = new String(Character.toChars(Integer.parseInt(found.group(1))));
      if (detail.contains("comment")) {
        return ValueTexts.text("syntax.comment");
      }
      if (ch.equals("'")) {
        return ValueTexts.text("syntax.singleQuote");
      }
      boolean afterComma = previous(json, offset) == ',';
      if (detail.contains("double-quote to start")) {
        if (ch.equals("}") && afterComma) {
          return ValueTexts.text("syntax.trailingComma", ch);
        }
        if (ch.equals(",")) {
          return ValueTexts.text("syntax.extraComma");
        }
        return ValueTexts.text("syntax.unquotedName", shown(ch));
      }
      if (detail.contains("comma to separate Object")) {
        return ValueTexts.text("syntax.expectedComma", shown(ch), "}");
      }
      if (detail.contains("comma to separate Array")) {
        return ValueTexts.text("syntax.expectedComma", shown(ch), "]");
      }
      if (detail.contains("colon to separate")) {
        return ValueTexts.text("syntax.expectedColon", shown(ch));
      }
      if (detail.contains("expected a value") || detail.contains("expected a valid value")) {
        if ((ch.equals("]") || ch.equals("}")) && afterComma) {
          return ValueTexts.text("syntax.trailingComma", ch);
        }
        if (ch.equals(",")) {
          return ValueTexts.text("syntax.extraComma");
        }
        return ValueTexts.text("syntax.expectedValue", shown(ch));
      }
      if (detail.contains("numeric value")) {
        return ValueTexts.text("syntax.number", shown(ch));
      }
      return ValueTexts.text("syntax.character", shown(ch));
    }
    Matcher token = TOKEN.matcher(detail);
    if (token.find()) {
      return ValueTexts.text("syntax.unquotedText", token.group(1));
    }
    Matcher close = CLOSE.matcher(detail);
    if (close.find()) {
      return ValueTexts.text("syntax.mismatch", close.group(1), close.group(2));
    }
    Matcher escape = ESCAPE.matcher(detail);
    if (escape.find()) {
      return ValueTexts.text("syntax.escape", escape.group(1));
    }
    if (detail.startsWith("Unexpected end-of-input")) {
      if (detail.contains("String value") || detail.contains("VALUE_STRING")
          || detail.contains("property name") || detail.contains("name")) {
        return ValueTexts.text("syntax.endInText");
      }
      if (detail.contains("Object")) {
        return ValueTexts.text("syntax.endInObject");
      }
      if (detail.contains("Array")) {
        return ValueTexts.text("syntax.endInArray");
      }
      return ValueTexts.text("syntax.end");
    }
    if (detail.startsWith("Illegal unquoted character")) {
      return ValueTexts.text("syntax.control");
    }
    Matcher number = NUMBER.matcher(detail);
    if (number.find()) {
      return ValueTexts.text("syntax.number", "");
    }
    return ValueTexts.text("syntax.other");
  }

  /** A character as shown in a message: white space and control characters by their code. */
  private static String shown(String ch) {
    int c = ch.codePointAt(0);
    return c < 0x20 || Character.isWhitespace(c) ? String.format("U+%04X", c) : ch;
  }

  /** The last character before the offset that is not white space, or 0. */
  private static char previous(byte[] json, long offset) {
    if (json == null || offset <= 0) {
      return 0;
    }
    for (int i = (int) Math.min(offset, json.length) - 1; i >= 0; i--) {
      char c = (char) (json[i] & 0xFF);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return c;
      }
    }
    return 0;
  }
}
