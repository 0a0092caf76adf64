package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An opaque reference to an elder on the unit's roster (五老编号), such as {@code E07}; never a
 * name or identity number.
 *
 * @param value letters, digits, underscore and hyphen, 1 to 24 characters
 */
public record ElderRef(String value) {
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,23}");

  /**
   * Checks the reference.
   *
   * @throws StandardsException if the value does not start with a letter or is too long
   *
   * @param value the {@code value} component, as described on the record
   */
  public ElderRef {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException("an elder reference must look like E07: " + value, String.valueOf(value));
    }
  }

  /**
   * Reads a reference.
   *
   * @param value the text
   * @return the reference
   */
  public static ElderRef of(String value) {
    return new ElderRef(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
