package io.github.ggw.standards.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Words from one message bundle in one of the project's two languages (消息包): zh-CN for any
 * {@code zh} locale, English (the root bundle) for every other; never the machine's default
 * locale, which the bundles are read without falling back to. Placeholders {@code {0}},
 * {@code {1}}… take plain text: a {@link LocalizedText} argument in this language, anything else
 * by {@code String.valueOf}, so numbers are never formatted by a locale. Immutable and
 * thread-safe; the JDK caches the bundles.
 */
public final class Messages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(String bundleName, Locale locale) {
    this.locale = languageOf(locale);
    this.bundle = ResourceBundle.getBundle(bundleName, this.locale, NO_FALLBACK);
  }

  /**
   * The words of a bundle in a language.
   *
   * @param bundleName the bundle's base name, such as {@code io.github.ggw.standards.samples.cli}
   * @param locale any locale, not null; only its language matters
   * @return the words
   * @throws MissingResourceException if the bundle does not exist
   */
  public static Messages of(String bundleName, Locale locale) {
    return new Messages(Objects.requireNonNull(bundleName, "bundleName"),
        Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The project's language for a locale.
   *
   * @param locale any locale, not null
   * @return {@link Locale#SIMPLIFIED_CHINESE} for a {@code zh} locale, else {@link Locale#ROOT}
   */
  public static Locale languageOf(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
  }

  /**
   * The language of these words.
   *
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ROOT}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * A message with its placeholders filled.
   *
   * @param key the key, not null
   * @param args the arguments, as plain text (see the class comment)
   * @return the message
   * @throws MissingResourceException if the bundle lacks the key
   */
  public String get(String key, Object... args) {
    Object[] plain = Arrays.stream(args)
        .map(a -> a instanceof LocalizedText t ? t.in(locale) : String.valueOf(a)).toArray();
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(plain);
  }

  /**
   * A text in this language.
   *
   * @param text the text, not null
   * @return its zh-CN or en form
   */
  public String text(LocalizedText text) {
    return text.in(locale);
  }
}
