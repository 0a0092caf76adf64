package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Messages;
import io.github.ggw.standards.model.problem.PersonalNumbers;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The program's words in one language, from {@code cli*.properties}; arguments as plain text.
 * Every personal number in a text argument (a file name, a unit name, a value typed on the
 * command line) is masked ({@link PersonalNumbers#mask(String)}), so nothing the program says
 * echoes one; numbers, dates and times are formatted as given.
 */
final class Words {
  private final Messages messages;

  Words(Locale locale) {
    this.messages = Messages.of("io.github.ggw.standards.samples.cli", locale);
  }

  Locale locale() {
    return messages.locale();
  }

  String get(String key, Object... args) {
    Object[] safe = args.clone();
    for (int i = 0; i < safe.length; i++) {
      safe[i] = masked(safe[i]);
    }
    return messages.get(key, safe);
  }

  String text(LocalizedText t) {
    return PersonalNumbers.mask(messages.text(t));
  }

  /** A text argument with its personal numbers masked; anything else as it is. */
  private static Object masked(Object arg) {
    if (arg == null || arg instanceof Number || arg instanceof TemporalAccessor
        || arg instanceof java.util.Date) {
      return arg;
    }
    String text = arg.toString();
    String masked = PersonalNumbers.mask(text);
    return masked.equals(text) ? arg : masked;
  }
}
