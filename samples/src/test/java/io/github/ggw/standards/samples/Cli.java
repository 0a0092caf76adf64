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
  /** No locale variables: the program's default language, zh-CN. */
  static final Map<String, String> NO_LOCALE = Map.of();
  /** An English locale environment. */
  static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");

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
