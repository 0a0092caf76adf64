package io.github.ggw.standards.rules.internal;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.rule.MeasureRef;
import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The report's words in zh-CN and en (报告用语), from the bundles {@code
 * io/github/ggw/standards/rules/texts*.properties} ({@link java.text.MessageFormat} patterns).
 * Arguments are passed as text, so numbers are never formatted by the machine's locale. Not
 * API: shared by the packages of {@code standards-rules} only. Thread-safe; parsed patterns and
 * measure labels are cached.
 */
public final class Texts {
  private static final String BUNDLE = "io.github.ggw.standards.rules.texts";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  /**
   * A text from the bundles in both languages.
   *
   * @param key the bundle key, such as {@code lost.ladder}, not null
   * @param args the pattern's arguments, each rendered with {@link String#valueOf(Object)} (a
   *     {@link LocalizedText} argument would show both languages: use {@link #ofLocalized})
   * @return the text in zh-CN and en
   * @throws java.util.MissingResourceException if a bundle lacks the key
   */
  public static LocalizedText of(String key, Object... args) {
    return LocalizedText.of(format(Locale.CHINESE, key, args), format(Locale.ROOT, key, args));
  }

  /**
   * A text whose arguments are themselves localised texts or plain values: each {@link
   * LocalizedText} argument gives its zh text to the zh pattern and its en text to the en one.
   *
   * @param key the bundle key, not null
   * @param args the pattern's arguments, localised texts or plain values
   * @return the text in zh-CN and en
   * @throws java.util.MissingResourceException if a bundle lacks the key
   */
  public static LocalizedText ofLocalized(String key, Object... args) {
    return LocalizedText.of(
        format(Locale.CHINESE, key, pick(args, true)), format(Locale.ROOT, key, pick(args, false)));
  }

  private static Object[] pick(Object[] args, boolean zh) {
    // (a loop rather than a stream: texts are made per item when a report's texts are read)
    Object[] picked = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      picked[i] = args[i] instanceof LocalizedText t ? (zh ? t.zh() : t.en()) : args[i];
    }
    return picked;
  }

  /** Prepared patterns by key, one map per language (Chinese, and the root bundle's English). */
  private static final ConcurrentMap<String, Template> ZH_FORMATS = new ConcurrentHashMap<>();

  /**
   * {@link #ZH_FORMATS} of the root bundle (English): every caller asks for {@link
   * Locale#CHINESE} or {@link Locale#ROOT}.
   */
  private static final ConcurrentMap<String, Template> ROOT_FORMATS = new ConcurrentHashMap<>();

  /** Measure labels by reference; references come from a bounded set of standards. */
  private static final ConcurrentMap<MeasureRef, LocalizedText> MEASURES =
      new ConcurrentHashMap<>();

  private static String format(Locale locale, String key, Object... args) {
    ConcurrentMap<String, Template> formats =
        locale.getLanguage().equals(Locale.CHINESE.getLanguage()) ? ZH_FORMATS : ROOT_FORMATS;
    Template pattern = formats.get(key);
    if (pattern == null) {
      pattern = formats.computeIfAbsent(key, k -> Template.of(
          ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key)));
    }
    String[] plain = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = String.valueOf(args[i]);
    }
    return pattern.format(plain);
  }

  /**
   * A {@link MessageFormat} pattern prepared once: the texts between its placeholders (quotes
   * already resolved, as the format itself gives them) and the argument each placeholder
   * shows, so that a text is the parts and the arguments joined, with no format cloned and
   * parsed per use. A pattern with a typed placeholder ({@code {0,number}}), or a text with
   * the private-use characters the preparation marks places with, has no parts and uses its
   * format, cloned per use as before; so does a call with fewer arguments than the pattern
   * reads. Immutable and thread-safe (the arrays are never written after preparation).
   *
   * @param parts the texts around the placeholders, one more than {@code places}; null when the
   *     format is kept
   * @param places the argument index of each placeholder in order; null when the format is kept
   * @param arguments the number of arguments the pattern reads (its highest index plus one)
   * @param messageFormat the format itself, used when the parts are null or an argument is
   *     missing
   */
  record Template(String[] parts, int[] places, int arguments, MessageFormat messageFormat) {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /**
     * Prepares a pattern.
     *
     * @param pattern a {@link MessageFormat} pattern, not null
     * @return the prepared pattern
     * @throws IllegalArgumentException if the pattern is not a valid {@link MessageFormat}
     */
    static Template of(String pattern) {
      MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
      int arguments = f.getFormatsByArgumentIndex().length;
      for (Format typed : f.getFormats()) {
        if (typed != null) {
          return new Template(null, null, arguments, f);
        }
      }
      if (pattern.indexOf(OPEN) >= 0 || pattern.indexOf(CLOSE) >= 0) {
        return new Template(null, null, arguments, f);
      }
      // each argument given as a mark of its index: the format's own text, placeholders marked
      String[] marks = new String[arguments];
      for (int i = 0; i < arguments; i++) {
        marks[i] = OPEN + Integer.toString(i) + CLOSE;
      }
      String marked = f.format(marks);
      List<String> parts = new ArrayList<>();
      List<Integer> places = new ArrayList<>();
      int from = 0;
      for (int open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
        int close = marked.indexOf(CLOSE, open);
        parts.add(marked.substring(from, open));
        places.add(Integer.parseInt(marked.substring(open + 1, close)));
        from = close + 1;
      }
      parts.add(marked.substring(from));
      return new Template(parts.toArray(new String[0]),
          places.stream().mapToInt(Integer::intValue).toArray(), arguments, f);
    }

    /**
     * The text with these arguments, as {@link MessageFormat#format(Object)} gives it.
     *
     * @param args the arguments as text, not null (nor any of them)
     * @return the text
     */
    String format(String[] args) {
      if (parts == null || args.length < arguments) {
        // (a missing argument shows as its placeholder: the format's own rule)
        return ((MessageFormat) messageFormat.clone()).format(args);
      }
      StringBuilder out = new StringBuilder(64);
      out.append(parts[0]);
      for (int k = 0; k < places.length; k++) {
        out.append(args[places[k]]).append(parts[k + 1]);
      }
      return out.toString();
    }
  }

  /**
   * The measure's label: its bundled name ({@code measure.<name>}, or the name itself for a
   * measure the bundles do not know, such as an embedder's own), followed by its parameters in
   * words ({@link Parameters#describe}) in parentheses when it has any: full-width ones in
   * zh-CN.
   *
   * @param ref the measure reference, not null
   * @return the label in zh-CN and en, such as 主题活动次数（市级及以上、一等奖及以上） and {@code
   *     themed activities (city level or above; first prize or above)}
   */
  public static LocalizedText measure(MeasureRef ref) {
    return MEASURES.computeIfAbsent(ref, Texts::label);
  }

  private static LocalizedText label(MeasureRef ref) {
    if (ref.query().isPresent()) {
      return io.github.ggw.standards.rules.measure.FilteredMeasure.of(ref.query().get()).label();
    }
    String key = "measure." + ref.name();
    String zh;
    String en;
    try {
      zh = format(Locale.CHINESE, key);
      en = format(Locale.ROOT, key);
    } catch (MissingResourceException e) {
      zh = ref.name().value();
      en = ref.name().value();
    }
    String nameZh = zh;
    String nameEn = en;
    return Parameters.describe(ref.parameters())
        .map(p -> LocalizedText.of(nameZh + "（" + p.zh() + "）", nameEn + " (" + p.en() + ")"))
        .orElse(LocalizedText.of(zh, en));
  }

  /**
   * A decimal as people write it: plain, without exponent or trailing zeros; zero as {@code 0}.
   *
   * @param v the value, not null
   * @return the text, such as {@code 1.5} for 1.50
   */
  public static String plain(BigDecimal v) {
    // (a whole number of scale 0 has no trailing zeros after a point: its plain text is the
    // same without stripping, which would make a new decimal of a negative scale first)
    return v.signum() == 0 ? "0"
        : v.scale() == 0 ? v.toPlainString() : v.stripTrailingZeros().toPlainString();
  }
}
