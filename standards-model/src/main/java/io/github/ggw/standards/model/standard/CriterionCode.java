package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The human code of a criterion in a scoring sheet (指标编号), such as {@code 1}, {@code 1.2},
 * {@code 1.2.3}, {@code A1} or {@code V1}.
 *
 * <p>Text form: one to eight segments of letters and digits joined by dots, at most 32
 * characters. Codes order by segments, numerically where both segments are numbers, so {@code 2}
 * sorts before {@code 10}. {@link #toString()} returns the bare code; {@link #of(String)} reads it
 * back.
 *
 * @param value the code text
 */
public record CriterionCode(String value) implements Comparable<CriterionCode> {
  private static final Pattern PATTERN =
      Pattern.compile("[A-Za-z0-9]{1,8}(\\.[A-Za-z0-9]{1,8}){0,7}");

  /**
   * Checks the code.
   *
   * @throws StandardsException if the value is not a dotted code of at most 32 characters
   * @throws NullPointerException if value is null
   *
   * @param value the {@code value} component, as described on the record
   */
  public CriterionCode {
    Objects.requireNonNull(value, "value");
    if (value.length() > 32 || !PATTERN.matcher(value).matches()) {
      throw new StandardsException("a criterion code must look like 1, 1.2 or A1: " + value, String.valueOf(value));
    }
  }

  /**
   * Reads a code.
   *
   * @param value the text, not null
   * @return the code
   * @throws StandardsException if the text is not a criterion code
   */
  public static CriterionCode of(String value) {
    return new CriterionCode(value);
  }

  @Override
  public int compareTo(CriterionCode o) {
    String[] a = value.split("\\.");
    String[] b = o.value.split("\\.");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = compareSegment(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int compareSegment(String a, String b) {
    boolean an = a.chars().allMatch(Character::isDigit);
    boolean bn = b.chars().allMatch(Character::isDigit);
    if (an && bn) {
      int c = Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
      return c != 0 ? c : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  /** The bare code, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
