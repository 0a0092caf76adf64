package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a person or office that acts in the workflow (经办人编号), such as {@code
 * WJ-REV-01} for a reviewer of the Wujin district committee.
 *
 * <p>Text form: letters, digits, underscore and hyphen, 1 to 40 characters. {@link #toString()}
 * returns the bare value and {@link #of(String)} reads it back. Immutable; equality by value.
 *
 * @param value the identifier text, matching {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
 */
public record ActorId(String value) implements Comparable<ActorId> {
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public ActorId {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException(
          "an actor id must match [A-Za-z0-9][A-Za-z0-9_-]{0,39}: " + value, value);
    }
  }

  /**
   * Reads an identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws StandardsException if the text does not match {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public int compareTo(ActorId o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
