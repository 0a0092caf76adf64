package io.github.ggw.standards.model.menu;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a need on its menu (需求编号), such as {@code N01}.
 *
 * <p>Text form: letters, digits, underscore and hyphen, 1 to 24 characters, starting with a
 * letter or digit. Identifiers order by their text. {@link #toString()} returns the bare value and
 * {@link #of(String)} reads it back.
 *
 * @param value the identifier text, matching {@code [A-Za-z0-9][A-Za-z0-9_-]{0,23}}
 */
public record NeedId(String value) implements Comparable<NeedId> {
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,23}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [A-Za-z0-9][A-Za-z0-9_-]{0,23}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public NeedId {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException("a need id must match [A-Za-z0-9][A-Za-z0-9_-]{0,23}: " + value,
          value);
    }
  }

  /**
   * Reads an identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws StandardsException if the text does not match the pattern
   */
  public static NeedId of(String value) {
    return new NeedId(value);
  }

  @Override
  public int compareTo(NeedId o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
