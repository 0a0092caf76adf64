package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One CSV cell of {@code key=value} entries separated by {@code ;}, such as {@code
 * measure=elders.count; rungs=6:4, 4:3, 2:1.5} (the rule-parameter language of the CSV format).
 *
 * <p>Keys and values are trimmed. A backslash escapes the next character, so {@code \;}, {@code
 * \|} and {@code \\} stand for themselves inside free text. Lists are separated by commas
 * (also the Chinese {@code ，} and {@code 、}); pairs by a colon. Enumeration values are their
 * constant names, in any case, or their zh-CN or en labels. Every reading mistake is recorded as a
 * {@link Bad} entry instead of thrown, so one cell reports all its mistakes; {@link #finish()}
 * adds one for each key nobody asked for.
 */
final class CsvEntries {
  /** A key, its value as written and what was expected instead. */
  public record Bad(String key, String value, LocalizedText expected) {}

  private static final String LIST = "[,，、]";
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> used = new LinkedHashSet<>();
  private final List<Bad> bad = new ArrayList<>();

  private CsvEntries() {}

  /**
   * Parses a cell.
   *
   * @param cell the cell text, possibly empty
   * @return the entries, with a bad entry for a repeated key or an entry without {@code =}
   */
  public static CsvEntries parse(String cell) {
    CsvEntries e = new CsvEntries();
    for (String part : split(cell, ';')) {
      int eq = indexOfUnescaped(part, '=');
      if (part.isBlank()) {
        continue;
      }
      if (eq < 0) {
        e.bad.add(new Bad(unescape(part).strip(), "", CsvTexts.text("entry.keyValue")));
        continue;
      }
      String key = unescape(part.substring(0, eq)).strip();
      String value = unescape(part.substring(eq + 1)).strip();
      if (e.values.putIfAbsent(key, value) != null) {
        e.bad.add(new Bad(key, value, CsvTexts.text("entry.onceEach")));
      }
    }
    return e;
  }

  /**
   * Splits text at a separator that is not escaped; escapes are kept for the parts.
   *
   * @param text the text
   * @param separator the separator character
   * @return the parts, at least one
   */
  public static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        sb.append(c).append(text.charAt(++i));
      } else if (c == separator) {
        parts.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    parts.add(sb.toString());
    return parts;
  }

  private static int indexOfUnescaped(String text, char c) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Escapes free text for a cell: backslash, {@code ;}, {@code |} and {@code =}.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\\' || c == ';' || c == '|' || c == '=') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** @return the mistakes found so far */
  public List<Bad> bad() {
    return bad;
  }

  /** @return whether a key is present */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** Records every key no reader asked for as unknown; call once, after reading. */
  public List<Bad> finish() {
    Set<String> unknown = new HashSet<>(values.keySet());
    unknown.removeAll(used);
    values.keySet().stream().filter(unknown::contains)
        .forEach(k -> bad.add(new Bad(k, values.get(k),
            CsvTexts.text("entry.knownKey", String.join(", ", used)))));
    return bad;
  }

  public Optional<String> text(String key) {
    used.add(key);
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
  }

  /** The text of a required key, or empty after recording it as missing. */
  public Optional<String> required(String key, LocalizedText expected) {
    Optional<String> v = text(key);
    if (v.isEmpty()) {
      bad.add(new Bad(key, "", expected));
    }
    return v;
  }

  /** A typed value: empty when absent, or after recording a mistake when unreadable. */
  public <T> Optional<T> value(String key, LocalizedText expected, Function<String, T> parse) {
    return text(key).flatMap(v -> read(key, v, expected, parse));
  }

  /** A required typed value. */
  public <T> Optional<T> requiredValue(String key, LocalizedText expected,
      Function<String, T> parse) {
    return required(key, expected).flatMap(v -> read(key, v, expected, parse));
  }

  private <T> Optional<T> read(String key, String v, LocalizedText expected,
      Function<String, T> f) {
    try {
      return Optional.of(f.apply(v));
    } catch (StandardsException | IllegalArgumentException | java.time.DateTimeException e) {
      bad.add(new Bad(key, v, expected));
      return Optional.empty();
    }
  }

  /** A list of typed values separated by commas; empty when absent. */
  public <T> List<T> list(String key, LocalizedText expected, Function<String, T> parse) {
    return value(key, expected, v -> Arrays.stream(v.split(LIST)).map(String::strip)
        .filter(x -> !x.isEmpty()).map(parse).toList()).orElse(List.of());
  }

  /** A set of enumeration constants; empty when absent. */
  public <E extends Enum<E>> Set<E> enums(String key, Class<E> type) {
    List<E> list = list(key, expected(type), v -> constant(type, v));
    return list.isEmpty() ? Set.of() : EnumSet.copyOf(list);
  }

  /** One enumeration constant. */
  public <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
    return value(key, expected(type), v -> constant(type, v));
  }

  /** Pairs such as {@code 6:4, 4:3}. */
  public <T> List<T> pairs(String key, LocalizedText expected, PairReader<T> f) {
    return list(key, expected, v -> {
      String[] ab = v.split("[:：]", -1);
      if (ab.length != 2) {
        throw new IllegalArgumentException("not a pair: " + v);
      }
      return f.read(ab[0].strip(), ab[1].strip());
    });
  }

  /** Reads one pair. */
  interface PairReader<T> {
    T read(String a, String b);
  }

  // ------------------------------------------------------------------ value readers

  /** A decimal without exponent, such as {@code 1.5}. */
  public static BigDecimal decimal(String v) {
    if (!v.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new IllegalArgumentException("not a plain decimal: " + v);
    }
    return new BigDecimal(v);
  }

  /** Points: a non-negative plain decimal. */
  public static Points points(String v) {
    return Points.of(decimal(v));
  }

  /** {@code true} or {@code false} (also 是/否, yes/no). */
  public static Boolean bool(String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "是":
        return Boolean.TRUE;
      case "false": case "no": case "否":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException("not a yes/no value: " + v);
    }
  }

  /** An enumeration constant by name (any case) or by its zh-CN or en label. */
  public static <E extends Enum<E>> E constant(Class<E> type, String v) {
    String name = v.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(name) || labelled(c, v.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + v);
  }

  private static boolean labelled(Enum<?> c, String v) {
    try {
      var label = Labels.of(c);
      return label.zh().equals(v) || label.en().equalsIgnoreCase(v);
    } catch (MissingResourceException e) {
      return false;
    }
  }

  /** What an enumeration accepts, for messages: labels in zh, constant names in en. */
  public static LocalizedText expected(Class<? extends Enum<?>> type) {
    return CsvTexts.text("value.choice", CsvTexts.choices(type));
  }

  // ------------------------------------------------------------------ writing

  /** Builds a cell: {@code key=value} entries joined by {@code "; "}, skipping empty values. */
  static final class Writer {
    private final List<String> parts = new ArrayList<>();

     Writer put(String key, String value) {
      if (value != null && !value.isEmpty()) {
        parts.add(key + "=" + value);
      }
      return this;
    }

     Writer put(String key, Optional<?> value) {
      return put(key, value.map(String::valueOf).orElse(null));
    }

     Writer text(String key, String value) {
      return put(key, value == null ? null : escape(value));
    }

     <E extends Enum<E>> Writer enums(String key, Set<E> set) {
      return put(key, set.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
    }

     Writer plain(String key, BigDecimal value) {
      return put(key, value == null ? null : value.toPlainString());
    }

    @Override
    public String toString() {
      return String.join("; ", parts);
    }
  }
}
