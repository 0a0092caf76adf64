package io.github.ggw.standards.samples;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The option {@code --lang zh-CN|en} every command takes, as a picocli mixin. */
final class Language {
  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh-CN",
      converter = LangConverter.class, description = "zh-CN or en (default ${DEFAULT-VALUE}).")
  Locale lang;

  /** The program's words in the chosen language. */
  Words words() {
    return new Words(lang);
  }
}
