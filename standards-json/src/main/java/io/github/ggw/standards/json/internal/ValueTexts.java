package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Messages;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.evidence.EvidenceChoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words of the JSON readers' messages, in zh-CN and en, from the bundles {@code
 * io/github/ggw/standards/json/internal/values*.properties}: what a member should hold (an object,
 * a whole number, a date written {@code YYYY-MM-DD}, one of an enumeration's values: labels in
 * Chinese, codes in English), what a model value type must look like (a unit id, an item code,
 * points…), and syntax errors said in words (a trailing comma, a missing quote or bracket). The
 * problems that carry them put the English first and the Chinese second ({@code JSON_WRONG_TYPE},
 * {@code JSON_INVALID_VALUE}, {@code JSON_SYNTAX}). Stateless and thread-safe.
 */
public final class ValueTexts {
  private static final String BUNDLE = "io.github.ggw.standards.json.internal.values";
  private static final Messages ZH = Messages.of(BUNDLE, Locale.SIMPLIFIED_CHINESE);
  private static final Messages EN = Messages.of(BUNDLE, Locale.ROOT);
  private static final ResourceBundle KEYS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private ValueTexts() {}

  /**
   * One text of the bundles in both languages.
   *
   * @param key the key, not null; it must exist
   * @param args the arguments; a {@link LocalizedText} argument is put in each language
   * @return the text
   * @throws MissingResourceException if the key does not exist
   */
  public static LocalizedText text(String key, Object... args) {
    return LocalizedText.of(ZH.get(key, args), EN.get(key, args));
  }

  /**
   * The message of a number where a whole number written in plain digits is expected: a value
   * with a fraction ({@code 2.5}) is "not the fraction 2.5"; a whole value written with a decimal
   * point or an exponent ({@code 2020.0}, {@code 2.02e3}, {@code 1E+1}) is "a whole number
   * written in plain digits, not 2.02e3", since calling it a fraction would be false. A text that
   * is no decimal number at all gets the fraction message.
   *
   * @param value the number as written (or as the parser gives it back), not null
   * @return the message in both languages
   */
  public static LocalizedText notWhole(String value) {
    return text(wholeInValue(value) ? "value.wholeNotPlain" : "value.fraction", value);
  }

  private static boolean wholeInValue(String value) {
    if (value.length() > 40) {
      return false; // too long to be a whole number the reader would take; not worth the work
    }
    try {
      java.math.BigDecimal d = new java.math.BigDecimal(value.trim());
      return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether the bundles hold a key.
   *
   * @param key the key, not null
   * @return true when present
   */
  static boolean has(String key) {
    return KEYS.containsKey(key);
  }

  /**
   * What a value of a Java type is written as in JSON, for a wrong-type message: an object, an
   * array, text, a whole number, a number, true or false, a date, or one of an enumeration's
   * values.
   *
   * @param type the type the reader expected, not null
   * @return the description
   */
  public static LocalizedText expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      return text("json.whole");
    }
    if (type == BigDecimal.class || type == Double.class || type == double.class
        || type == Float.class || type == float.class || type == Points.class) {
      return text("json.decimal");
    }
    if (type == Boolean.class || type == boolean.class) {
      return text("json.flag");
    }
    if (type == LocalDate.class || type == OffsetDateTime.class
        || Temporal.class.isAssignableFrom(type)) {
      return text("json.date");
    }
    if (type.isEnum()) {
      return text("json.choice", choices(type));
    }
    if (type == String.class || type == CharSequence.class || isTextValue(type)) {
      return text("json.text");
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return text("json.array");
    }
    return text("json.object");
  }

  /** Whether the type is a model value written as a JSON string (a code or an id). */
  private static boolean isTextValue(Class<?> type) {
    return type != Points.class && type.getName().startsWith("io.github.ggw.standards.model.")
        && has("type." + type.getSimpleName()) && !type.isRecord()
        && type != LocalizedText.class;
  }

  /**
   * The values of an enumeration as a person reads them: labels joined by 、 in Chinese, codes
   * joined by commas in English.
   *
   * @param type an enumeration, not null
   * @return the list
   */
  public static LocalizedText choices(Class<?> type) {
    return choices(Arrays.stream(type.getEnumConstants())
        .map(c -> new EvidenceChoice((Enum<?>) c, label((Enum<?>) c))).toList());
  }

  /** A constant's label; one without a label (a JDK enumeration) is its code, quoted in zh. */
  private static LocalizedText label(Enum<?> c) {
    try {
      return Labels.of(c);
    } catch (MissingResourceException e) {
      return LocalizedText.of("“" + c.name() + "”", c.name());
    }
  }

  /**
   * Allowed values as a person reads them: labels joined by 、 in Chinese, codes joined by commas
   * in English.
   *
   * @param choices the values, not null
   * @return the list
   */
  public static LocalizedText choices(List<EvidenceChoice> choices) {
    return LocalizedText.of(
        choices.stream().map(c -> c.label().zh()).collect(Collectors.joining("、")),
        choices.stream().map(EvidenceChoice::code).collect(Collectors.joining(", ")));
  }

  /**
   * A value not among an enumeration's.
   *
   * @param value the value as written, not null
   * @param type the enumeration, not null
   * @return the message
   */
  public static LocalizedText notOneOf(String value, Class<?> type) {
    return text("value.notOneOf", value, choices(type));
  }

  /**
   * What a value of a model type must look like, when the bundles describe it.
   *
   * @param type the type, not null
   * @return the description, or null
   */
  static LocalizedText rule(Class<?> type) {
    String key = "type." + type.getSimpleName();
    return has(key) ? text(key) : null;
  }

  /**
   * A value a model type refuses: the value and what the type requires, or the bare refusal when
   * the bundles do not describe the type.
   *
   * @param value the value as written, or null
   * @param type the type, not null
   * @return the message
   */
  static LocalizedText refused(String value, Class<?> type) {
    LocalizedText rule = rule(type);
    if (rule == null) {
      return text("value.invalid");
    }
    return value == null ? text("value.ruleNoValue", rule) : text("value.rule", value, rule);
  }
}
