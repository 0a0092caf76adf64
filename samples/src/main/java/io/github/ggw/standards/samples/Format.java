package io.github.ggw.standards.samples;

/**
 * The output formats of the program. Each command's {@code --format} takes only those it can
 * write (its own enumeration, or this one for {@code score} and {@code district-summary}): any
 * other is a usage error (exit 2) that names the ones it can. csv, html and xlsx are report files
 * and need {@code --output DIR}.
 */
enum Format {
  text, json, csv, html, xlsx;

  /** Whether the format writes files only (into {@code --output DIR}). */
  boolean filesOnly() {
    return this == csv || this == html || this == xlsx;
  }
}
