package io.github.ggw.standards.json;

/** How strictly a reader treats members the format does not have; the caller chooses. */
public enum ReadMode {
  /** Unknown members are errors (the default). */
  STRICT,
  /** Unknown members are skipped and reported as warnings. */
  LENIENT
}
