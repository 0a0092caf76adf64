package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.LocalizedText;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/** The program's words in one language, from {@code cli*.properties}; arguments as plain text. */
final class Words {
  private final Locale locale;
  private final ResourceBundle bundle;

  Words(Locale locale) {
    this.locale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    this.bundle = ResourceBundle.getBundle("io.github.ggw.standards.samples.cli", this.locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Locale locale() {
    return locale;
  }

  String get(String key, Object... args) {
    Object[] plain = Arrays.stream(args)
        .map(a -> a instanceof LocalizedText t ? t.in(locale) : String.valueOf(a)).toArray();
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(plain);
  }

  String text(LocalizedText t) {
    return t.in(locale);
  }
}
