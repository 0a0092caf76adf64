package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Messages;
import java.util.Locale;

/** The program's words in one language, from {@code cli*.properties}; arguments as plain text. */
final class Words {
  private final Messages messages;

  Words(Locale locale) {
    this.messages = Messages.of("io.github.ggw.standards.samples.cli", locale);
  }

  Locale locale() {
    return messages.locale();
  }

  String get(String key, Object... args) {
    return messages.get(key, args);
  }

  String text(LocalizedText t) {
    return messages.text(t);
  }
}
