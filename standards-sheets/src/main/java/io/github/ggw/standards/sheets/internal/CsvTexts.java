package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;

/**
 * The words of the CSV standard reader's messages, in zh-CN and en, from the bundles {@code
 * io/github/ggw/standards/sheets/internal/csv*.properties}: what a cell or a rule parameter should
 * hold (a decimal, points, a measure name, one of an enumeration's values: labels in Chinese,
 * codes in English) and what a CSV syntax error means. Problem arguments are language-neutral, so
 * the problems that carry these words ({@code CSV_CELL_INVALID}, {@code
 * STANDARD_PARAMETER_INVALID}, {@code CSV_SYNTAX}) put the English first and the Chinese second.
 * Stateless and thread-safe.
 */
public final class CsvTexts {
  private static final String BUNDLE = "io.github.ggw.standards.sheets.internal.csv";
  private static final Messages ZH = Messages.of(BUNDLE, Locale.SIMPLIFIED_CHINESE);
  private static final Messages EN = Messages.of(BUNDLE, Locale.ROOT);

  private CsvTexts() {}

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
   * The values of an enumeration as a person reads them: labels joined by 、 in Chinese (a
   * constant without a label is its code in quotes), codes joined by commas in English.
   *
   * @param type an enumeration, not null
   * @return the list
   */
  public static LocalizedText choices(Class<? extends Enum<?>> type) {
    return LocalizedText.of(
        Arrays.stream(type.getEnumConstants()).map(CsvTexts::zhLabel)
            .collect(Collectors.joining("、")),
        Arrays.stream(type.getEnumConstants()).map(Enum::name)
            .collect(Collectors.joining(", ")));
  }

  private static String zhLabel(Enum<?> c) {
    try {
      return Labels.of(c).zh();
    } catch (MissingResourceException e) {
      return "“" + c.name() + "”";
    }
  }

  /**
   * A CSV syntax error in words, from the parser's message: an unclosed quote, text right after
   * a closing quote, or a general not-well-formed text.
   *
   * @param parserMessage the parser's message, or null
   * @return the words, never the parser's English
   */
  public static LocalizedText syntax(String parserMessage) {
    String m = parserMessage == null ? "" : parserMessage.toLowerCase(Locale.ROOT);
    if (m.contains("missing closing quote") || m.contains("eof")
        || m.contains("end-of-input")) {
      return text("syntax.unclosedQuote");
    }
    if (m.contains("expected separator") || m.contains("expected column separator")) {
      return text("syntax.afterQuote");
    }
    return text("syntax.other");
  }
}
