package io.github.ggw.standards.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The root of every exception this library throws (本库所有异常的根类型).
 *
 * <p>Exceptions signal programming errors (a value outside its invariant built in code) and
 * refused transitions; bad input from outside is reported as {@link
 * io.github.ggw.standards.model.problem.Problem} data instead. The offending value, when there is
 * one, is kept (cut to 80 characters) so that the message and the caller can name it.
 */
public class StandardsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_LENGTH = 80;

  /** The offending value, cut; may be null when the error has no single value. */
  private final String offendingValue;

  /**
   * Creates an exception.
   *
   * @param message the English message, not null
   * @param offendingValue the value that broke the rule as text, or null; cut to 80 characters
   */
  public StandardsException(String message, String offendingValue) {
    super(Objects.requireNonNull(message, "message"));
    this.offendingValue = offendingValue == null ? null : cut(offendingValue);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message the English message, not null
   * @param offendingValue the value that broke the rule, or null
   * @param cause the cause, may be null
   */
  public StandardsException(String message, String offendingValue, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.offendingValue = offendingValue == null ? null : cut(offendingValue);
  }

  /**
   * The offending value, cut to at most 80 characters.
   *
   * @return the value, or empty when the error concerns no single value
   */
  public Optional<String> getOffendingValue() {
    return Optional.ofNullable(offendingValue);
  }

  private static String cut(String s) {
    return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH) + "…";
  }
}
