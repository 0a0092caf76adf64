package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a standard (标准编号), stable across its versions, such as {@code changzhou-quality-basic}.
 *
 * <p>Text form: lower-case letters, digits, dot, underscore and hyphen, 1 to 64 characters. {@link #toString()} returns the bare value and {@link #of(String)} reads it
 * back. Immutable; equality by value.
 *
 * @param value the identifier text, matching {@code [a-z0-9][a-z0-9._-]{0,63}}
 */
public record StandardId(String value) implements Comparable<StandardId> {
  private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [a-z0-9][a-z0-9._-]{0,63}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public StandardId {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException("a standard id must match [a-z0-9][a-z0-9._-]{0,63}: " + value, String.valueOf(value));
    }
  }

  /**
   * Reads an identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws StandardsException if the text does not match {@code [a-z0-9][a-z0-9._-]{0,63}}
   */
  public static StandardId of(String value) {
    return new StandardId(value);
  }

  @Override
  public int compareTo(StandardId o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
