package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of an action plan (行动计划编号), such as {@code wujin-quality-2020-2024}.
 *
 * <p>Text form: lower-case letters, digits, dot, underscore and hyphen, 1 to 64 characters.
 * {@link #toString()} returns the bare value and {@link #of(String)} reads it back.
 *
 * @param value the identifier text, matching {@code [a-z0-9][a-z0-9._-]{0,63}}
 */
public record PlanId(String value) implements Comparable<PlanId> {
  private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [a-z0-9][a-z0-9._-]{0,63}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public PlanId {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException("a plan id must match [a-z0-9][a-z0-9._-]{0,63}: " + value,
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
  public static PlanId of(String value) {
    return new PlanId(value);
  }

  @Override
  public int compareTo(PlanId o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
