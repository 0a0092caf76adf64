package io.github.ggw.standards.json.internal;

/** The header of any document, read to tell documents apart; every other member is skipped. */
final class KindDocument {
  public String kind;
}
