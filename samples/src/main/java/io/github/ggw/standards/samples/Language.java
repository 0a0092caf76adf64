package io.github.ggw.standards.samples;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The option {@code --lang} every command takes, as a picocli mixin. Its default is the run's
 * language from the environment (set by {@link StandardsCommand}'s default provider), so the
 * field is never null in a run.
 */
final class Language {
  @Option(names = "--lang", paramLabel = "LANG", converter = LangConverter.class)
  Locale lang;

  /** The program's words in the chosen language. */
  Words words() {
    return new Words(lang == null ? Locale.SIMPLIFIED_CHINESE : lang);
  }
}
