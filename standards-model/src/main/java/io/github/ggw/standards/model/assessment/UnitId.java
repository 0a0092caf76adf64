package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a unit (学校/幼儿园代码), a school or kindergarten, such as {@code WJ-PS-001}.
 *
 * <p>Text form: letters, digits, underscore and hyphen, 1 to 40 characters. {@link #toString()} returns the bare value and {@link #of(String)} reads it
 * back. Immutable; equality by value.
 *
 * @param value the identifier text, matching {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
 */
public record UnitId(String value) implements Comparable<UnitId> {
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public UnitId {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException("a unit id must match [A-Za-z0-9][A-Za-z0-9_-]{0,39}: " + value, String.valueOf(value));
    }
  }

  /**
   * Reads an identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws StandardsException if the text does not match {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public int compareTo(UnitId o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
