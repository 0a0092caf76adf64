package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of an office that reviews or approves (审核或审批机构编号), such as {@code WJ-OFFICE}
 * for the Wujin district committee's office.
 *
 * <p>Text form: letters, digits, underscore and hyphen, 1 to 40 characters, as {@link ActorId}.
 * {@link #toString()} returns the bare value and {@link #of(String)} reads it back. Immutable;
 * equality by value.
 *
 * @param value the identifier text, matching {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
 */
public record OfficeId(String value) implements Comparable<OfficeId> {
  private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public OfficeId {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException(
          "an office id must match [A-Za-z0-9][A-Za-z0-9_-]{0,39}: " + value, value);
    }
  }

  /**
   * Reads an identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws StandardsException if the text does not match {@code [A-Za-z0-9][A-Za-z0-9_-]{0,39}}
   */
  public static OfficeId of(String value) {
    return new OfficeId(value);
  }

  @Override
  public int compareTo(OfficeId o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
