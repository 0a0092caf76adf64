package io.github.ggw.standards.samples;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * Runs the program through {@link StandardsCommand#run(PrintWriter, PrintWriter, Map,
 * java.io.InputStream, String...)} with an injected environment and standard input, so no test
 * depends on the process's.
 */
final class Cli {
  /** The published password of the demo keys, which every run's environment gives. */
  static final String PASSWORD = io.github.ggw.standards.json.reference.ReferenceData
      .DEMO_KEY_PASSWORD;
  /** No locale variables: the program's default language, zh-CN (and the demo keys' password). */
  static final Map<String, String> NO_LOCALE = Map.of("STANDARDS_KEY_PASSWORD", PASSWORD);
  /** An English locale environment (and the demo keys' password). */
  static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8",
      "STANDARDS_KEY_PASSWORD", PASSWORD);
  private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The demo key of an office of the bundled registry, as a file (written once per test run).
   *
   * @param office such as {@code WJ-OFFICE}
   * @return the file's path
   */
  static String demoKey(String office) {
    return KEYS.computeIfAbsent(office, o -> {
      try {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("demo-" + o, ".p12");
        f.toFile().deleteOnExit();
        java.nio.file.Files.write(f,
            io.github.ggw.standards.json.reference.ReferenceData.demoKey(o));
        return f.toString();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private Cli() {}

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  /** Runs with the given environment variables and standard input. */
  static Run run(Map<String, String> env, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = StandardsCommand.run(new PrintWriter(out), new PrintWriter(err), env,
        new ByteArrayInputStream(stdin), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs with the given environment variables and an empty standard input. */
  static Run run(Map<String, String> env, String... args) {
    return run(env, new byte[0], args);
  }

  /** Runs with no locale variables (zh-CN) and an empty standard input. */
  static Run zh(String... args) {
    return run(NO_LOCALE, args);
  }
}
