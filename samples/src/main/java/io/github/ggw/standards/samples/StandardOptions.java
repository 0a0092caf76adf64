package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.ReadMode;
import picocli.CommandLine.ArgGroup;

/** The options every standard-file command shares: {@code --lang} and {@code --strict|--lenient}. */
final class StandardOptions {
  @picocli.CommandLine.Mixin Language language;

  @ArgGroup(exclusive = true)
  ScoreCommand.Strictness strictness;

  ReadMode mode() {
    return ScoreCommand.Strictness.modeOf(strictness);
  }

  Words words() {
    return language.words();
  }
}
