package io.github.ggw.standards.samples;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error a command finds itself (options that exclude each other, a value out of range…),
 * its message already in the run's language; exit code 2 through {@link UsageErrors}.
 */
final class UsageException extends ParameterException {
  private static final long serialVersionUID = 1L;

  /**
   * A usage error of a command.
   *
   * @param spec the command's spec
   * @param words the run's words
   * @param key the message key in {@code cli*.properties}
   * @param args the message arguments
   */
  UsageException(CommandSpec spec, Words words, String key, Object... args) {
    super(spec.commandLine(), words.get(key, args));
  }
}
