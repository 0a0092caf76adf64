package io.github.ggw.standards.samples;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a run of the program gets from outside besides its arguments and output streams: the
 * environment variables (for the language, and secrets such as a key password), standard input,
 * and the language resolved from both before parsing (see {@link Languages}). Injected through
 * {@link StandardsCommand#run(java.io.PrintWriter, java.io.PrintWriter, Map, InputStream,
 * String...)}, so tests never touch the process's own.
 */
final class Environment {
  private final Map<String, String> variables;
  private final InputStream stdin;
  private final Locale language;
  private boolean stdinClaimed;

  Environment(Map<String, String> variables, InputStream stdin, Locale language) {
    this.variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.language = Objects.requireNonNull(language, "language");
  }

  /** The environment of the process: its variables and {@code System.in}, language from them. */
  static Environment system() {
    Map<String, String> env = System.getenv();
    return new Environment(env, System.in, Languages.fromEnvironment(env));
  }

  /**
   * The environment of the run a command belongs to.
   *
   * @param spec any command's (or mixin's mixee's) spec
   * @return the root command's environment, or the process's when the command runs alone
   */
  static Environment of(CommandSpec spec) {
    Object root = spec.root().userObject();
    return root instanceof StandardsCommand s ? s.environment() : system();
  }

  /**
   * An environment variable.
   *
   * @param name its name, such as {@code STANDARDS_KEY_PASSWORD}
   * @return its value, empty when unset
   */
  Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /**
   * Standard input, for the one document {@code -} names: given once per run.
   *
   * @return standard input the first time, empty after
   */
  synchronized Optional<InputStream> claimStdin() {
    if (stdinClaimed) {
      return Optional.empty();
    }
    stdinClaimed = true;
    return Optional.of(stdin);
  }

  /** The language the environment variables alone ask for (the default of {@code --lang}). */
  Locale environmentLanguage() {
    return Languages.fromEnvironment(variables);
  }

  /** The language of the run: zh-CN or English. */
  Locale language() {
    return language;
  }

  /** The program's words in the language of the run. */
  Words words() {
    return new Words(language);
  }
}
