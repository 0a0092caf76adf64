package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A district by its six-digit GB/T 2260 administrative division code (行政区划代码), such as {@code 320412} for Wujin district of Changzhou or {@code 320400} for the city itself.
 *
 * <p>Text form: six digits, the first 1 to 8. {@link #toString()} returns the bare value and {@link #of(String)} reads it
 * back. Immutable; equality by value.
 *
 * @param value the identifier text, matching {@code [1-8][0-9]{5}}
 */
public record DistrictCode(String value) implements Comparable<DistrictCode> {
  private static final Pattern PATTERN = Pattern.compile("[1-8][0-9]{5}");

  /**
   * Checks the value against the pattern.
   *
   * @throws StandardsException if the value does not match {@code [1-8][0-9]{5}}
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public DistrictCode {
    Objects.requireNonNull(value, "value");
    if (!PATTERN.matcher(value).matches()) {
      throw new StandardsException("a district code must match [1-8][0-9]{5}: " + value, String.valueOf(value));
    }
  }

  /**
   * Reads an identifier.
   *
   * @param value the text, not null
   * @return the identifier
   * @throws StandardsException if the text does not match {@code [1-8][0-9]{5}}
   */
  public static DistrictCode of(String value) {
    return new DistrictCode(value);
  }

  @Override
  public int compareTo(DistrictCode o) {
    return value.compareTo(o.value);
  }

  /** The bare value, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
