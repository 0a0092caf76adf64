package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;

/** The header every document carries: {@code kind} and {@code formatVersion}. */
public final class Formats {
  /** The one format version this library reads and writes. */
  public static final int VERSION = 1;

  private Formats() {}

  /**
   * Checks a document's header, recording a missing member, a kind other than the one expected
   * ({@code JSON_WRONG_KIND}) or another format version ({@code
   * JSON_UNSUPPORTED_FORMAT_VERSION}).
   *
   * @param kind the {@code kind} member read, possibly null
   * @param expected the kind the reader expects, such as {@code "standard"}
   * @param version the {@code formatVersion} member read, possibly null
   * @param b the binder to record into
   */
  public static void checkHeader(String kind, String expected, Integer version, Binder b) {
    if (b.require(kind, "", "kind") != null && !expected.equals(kind)) {
      b.add(Problem.of(ProblemCode.JSON_WRONG_KIND, Location.pointer("/kind"),
          String.valueOf(kind), String.valueOf(kind), String.valueOf(expected)));
    }
    if (b.require(version, "", "formatVersion") != null && version != VERSION) {
      b.add(Problem.of(ProblemCode.JSON_UNSUPPORTED_FORMAT_VERSION,
          Location.pointer("/formatVersion"), String.valueOf(version), String.valueOf(version),
          String.valueOf(VERSION)));
    }
  }

  /**
   * Checks a document's header against a format version of its own, as {@link
   * #checkHeader(String, String, Integer, Binder)} does.
   *
   * @param kind the {@code kind} member read, possibly null
   * @param expected the kind the reader expects
   * @param version the {@code formatVersion} member read, possibly null
   * @param supported the one format version of this kind the library reads
   * @param b the binder to record into
   */
  public static void checkHeader(String kind, String expected, Integer version, int supported,
      Binder b) {
    if (b.require(kind, "", "kind") != null && !expected.equals(kind)) {
      b.add(Problem.of(ProblemCode.JSON_WRONG_KIND, Location.pointer("/kind"),
          String.valueOf(kind), String.valueOf(kind), String.valueOf(expected)));
    }
    if (b.require(version, "", "formatVersion") != null && version != supported) {
      b.add(Problem.of(ProblemCode.JSON_UNSUPPORTED_FORMAT_VERSION,
          Location.pointer("/formatVersion"), String.valueOf(version), String.valueOf(version),
          String.valueOf(supported)));
    }
  }
}
