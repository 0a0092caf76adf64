package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.ReadMode;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options every standard-file command shares: {@code --lang} and {@code --strict|--lenient}. */
final class StandardOptions {
  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh-CN",
      converter = LangConverter.class, description = "zh-CN or en (default ${DEFAULT-VALUE}).")
  Locale lang;

  @ArgGroup(exclusive = true)
  ScoreCommand.Strictness strictness;

  ReadMode mode() {
    return strictness != null && strictness.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
  }

  Words words() {
    return new Words(lang);
  }
}
