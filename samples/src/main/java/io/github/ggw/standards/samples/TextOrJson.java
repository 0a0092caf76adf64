package io.github.ggw.standards.samples;

import picocli.CommandLine.Option;

/** The option {@code --format text|json} of the commands that write nothing else, as a mixin. */
final class TextOrJson {

  /** The formats: a text table, or the JSON document. */
  enum Choice { text, json }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  Choice format;

  boolean isJson() {
    return format == Choice.json;
  }

  /** The format as one of the program's formats. */
  Format format() {
    return Format.valueOf(format.name());
  }
}
