package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * One input of a command, as {@link InputResolver} found it: its display name and kind, and where
 * its bytes are (a file read when needed, or bytes already read from standard input or the
 * bundled data); or the problems that keep it from being read (unreadable, an empty folder, a
 * kind the command does not read), reported under its name.
 *
 * @param name the display name: the path as given or found in a folder, {@code stdin}, or the
 *     bundled name such as {@code samples/01-excellent-primary.json}
 * @param kind the kind decided, null when refused
 * @param file the file, null for standard input, bundled data or a refused input
 * @param bytes the bytes when read, else null
 * @param problems why the input cannot be read; empty when it can
 */
record Input(String name, InputKind kind, Path file, byte[] bytes, List<Problem> problems) {
  Input {
    problems = List.copyOf(problems);
  }

  /** An input refused with a problem. */
  static Input refused(String name, Problem problem) {
    return new Input(name, null, null, null, List.of(problem));
  }

  /** An input whose bytes are at hand (standard input, bundled data). */
  static Input of(String name, InputKind kind, byte[] bytes) {
    return new Input(name, kind, null, bytes, List.of());
  }

  /** Whether the input was refused: then {@link #problems()} says why. */
  boolean isRefused() {
    return !problems.isEmpty();
  }
}
