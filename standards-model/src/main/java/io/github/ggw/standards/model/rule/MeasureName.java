package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a measure in the registry (度量名称), such as {@code elders.count} or {@code
 * activities.count}: lower-case dotted words, 1 to 64 characters.
 *
 * @param value the name
 */
public record MeasureName(String value) implements Comparable<MeasureName> {
  private static final Pattern PATTERN = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");

  /**
   * Checks the name.
   *
   * @throws StandardsException if the name is not dotted lower-camel words of at most 64
   *     characters
   *
   * @param value the {@code value} component, as described on the record
   */
  public MeasureName {
    Objects.requireNonNull(value, "value");
    if (value.length() > 64 || !PATTERN.matcher(value).matches()) {
      throw new StandardsException("a measure name must look like elders.count: " + value, String.valueOf(value));
    }
  }

  /**
   * Reads a name.
   *
   * @param value the text
   * @return the name
   */
  public static MeasureName of(String value) {
    return new MeasureName(value);
  }

  @Override
  public int compareTo(MeasureName o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
