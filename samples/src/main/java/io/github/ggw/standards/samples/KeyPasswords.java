package io.github.ggw.standards.samples;

import java.io.Console;
import java.util.Optional;

/**
 * Where a key file's password comes from: the variable {@code STANDARDS_KEY_PASSWORD} of the
 * run's environment (injectable, so tests never touch the process's own), else a prompt on the
 * console, which echoes nothing. Never from an argument, which would stay in the shell's history
 * and the process list.
 */
final class KeyPasswords {
  /** The environment variable holding the password. */
  static final String VARIABLE = "STANDARDS_KEY_PASSWORD";

  private KeyPasswords() {}

  /**
   * The password.
   *
   * @param env the run's environment
   * @param words the run's words, for the prompt
   * @param confirm whether to ask twice at the prompt (when a new key file is written)
   * @return the password, or empty when neither the variable nor a console gives one (or the
   *     two entries differ)
   */
  static Optional<char[]> password(Environment env, Words words, boolean confirm) {
    Optional<String> set = env.variable(VARIABLE).filter(s -> !s.isEmpty());
    if (set.isPresent()) {
      return Optional.of(set.get().toCharArray());
    }
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    char[] first = console.readPassword("%s", words.get("key.prompt"));
    if (first == null || first.length == 0) {
      return Optional.empty();
    }
    if (confirm) {
      char[] again = console.readPassword("%s", words.get("key.promptAgain"));
      if (again == null || !java.util.Arrays.equals(first, again)) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }
}
