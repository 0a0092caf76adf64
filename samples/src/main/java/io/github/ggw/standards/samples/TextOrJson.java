package io.github.ggw.standards.samples;

import picocli.CommandLine.Option;

/** The options {@code --format text|json} and {@code --lang zh-CN|en}, as a picocli mixin. */
final class TextOrJson {

  /** Output formats; the report formats need {@code --output DIR}. */
  enum Format { text, json, html, xlsx, csv }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @picocli.CommandLine.Mixin Language language;

  boolean isJson() {
    return format == Format.json;
  }

  /** Whether the format is a report file format (html, xlsx, csv). */
  boolean isReport() {
    return format == Format.html || format == Format.xlsx || format == Format.csv;
  }
}
