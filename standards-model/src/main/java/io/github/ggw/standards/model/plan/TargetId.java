package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of an annual target within its plan (目标编号), such as {@code T2022-1}.
 *
 * <p>Text form: letters, digits, dot, underscore and hyphen, 1 to 16 characters, starting with a
 * letter or digit. {@link #toString()} returns the bare value and {@link #of(String)} reads it
 * back.
 *
 * @param value the identifier text, matching {@code [A-Za-z0-9][A-Za-z0-9._-]{0,15}}
 */
public record TargetId(String value) implements Comparable<TargetId> {
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,15}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [A-Za-z0-9][A-Za-z0-9._-]{0,15}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public TargetId {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException("a target id must match [A-Za-z0-9][A-Za-z0-9._-]{0,15}: "
          + value, value);
    }
  }

  /**
   * Reads an identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws StandardsException if the text does not match the pattern
   */
  public static TargetId of(String value) {
    return new TargetId(value);
  }

  @Override
  public int compareTo(TargetId o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
