package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The version of a standard (标准版本), such as {@code 2021.1}; an assessment names the version it answers.
 *
 * <p>Text form: letters, digits, dot, underscore and hyphen, 1 to 20 characters. {@link #toString()} returns the bare value and {@link #of(String)} reads it
 * back. Immutable; equality by value.
 *
 * @param value the identifier text, matching {@code [0-9A-Za-z][0-9A-Za-z._-]{0,19}}
 */
public record StandardVersion(String value) implements Comparable<StandardVersion> {
  private static final Pattern PATTERN = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,19}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [0-9A-Za-z][0-9A-Za-z._-]{0,19}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public StandardVersion {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException("a standard version must match [0-9A-Za-z][0-9A-Za-z._-]{0,19}: " + value, String.valueOf(value));
    }
  }

  /**
   * Reads an identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws StandardsException if the text does not match {@code [0-9A-Za-z][0-9A-Za-z._-]{0,19}}
   */
  public static StandardVersion of(String value) {
    return new StandardVersion(value);
  }

  @Override
  public int compareTo(StandardVersion o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
