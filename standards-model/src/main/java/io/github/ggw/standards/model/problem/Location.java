package io.github.ggw.standards.model.problem;

import io.github.ggw.standards.model.standard.CriterionCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a problem is (位置): a JSON pointer (RFC 6901) into the input with its line and column
 * where the input was text, and/or the code of the criterion the problem concerns.
 *
 * <p>Immutable. Line and column are 1-based; both are present or both absent. {@link
 * #toString()} gives {@code /claims/2/points (line 14, column 17) [1.2]}, omitting absent parts.
 */
public final class Location {
  private static final Location NOWHERE = new Location(null, 0, 0, null);

  private final String pointer;
  private final int line;
  private final int column;
  private final CriterionCode criterion;

  private Location(String pointer, int line, int column, CriterionCode criterion) {
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.criterion = criterion;
  }

  /**
   * A location with nothing known, such as for an unreadable file.
   *
   * @return the empty location
   */
  public static Location unknown() {
    return NOWHERE;
  }

  /**
   * A location at a JSON pointer.
   *
   * @param pointer the pointer, {@code ""} for the root or starting with {@code /}, not null
   * @return the location, without line and column
   * @throws IllegalArgumentException if the pointer is not empty and does not start with a slash
   */
  public static Location pointer(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
    }
    return new Location(pointer, 0, 0, null);
  }

  /**
   * A location at a criterion of a standard.
   *
   * @param code the criterion code, not null
   * @return the location
   */
  public static Location criterion(CriterionCode code) {
    return new Location(null, 0, 0, Objects.requireNonNull(code, "code"));
  }

  /**
   * This location with the line and column of its pointer in the input text.
   *
   * @param line the 1-based line, {@code >= 1}
   * @param column the 1-based column, {@code >= 1}
   * @return a new location
   * @throws IllegalArgumentException if line or column is below 1
   */
  public Location at(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    return new Location(pointer, line, column, criterion);
  }

  /**
   * This location, also naming a criterion.
   *
   * @param code the criterion code, not null
   * @return a new location
   */
  public Location withCriterion(CriterionCode code) {
    return new Location(pointer, line, column, Objects.requireNonNull(code, "code"));
  }

  /**
   * The JSON pointer.
   *
   * @return the pointer, or empty when the problem is not about a place in JSON
   */
  public Optional<String> getPointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * The 1-based line of the pointer's value in the input.
   *
   * @return the line, or empty when unknown
   */
  public Optional<Integer> getLine() {
    return line == 0 ? Optional.empty() : Optional.of(line);
  }

  /**
   * The 1-based column of the pointer's value in the input.
   *
   * @return the column, or empty when unknown
   */
  public Optional<Integer> getColumn() {
    return column == 0 ? Optional.empty() : Optional.of(column);
  }

  /**
   * The criterion the problem concerns.
   *
   * @return the code, or empty
   */
  public Optional<CriterionCode> getCriterion() {
    return Optional.ofNullable(criterion);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l
        && Objects.equals(pointer, l.pointer)
        && line == l.line
        && column == l.column
        && Objects.equals(criterion, l.criterion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, criterion);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (pointer != null) {
      sb.append(pointer.isEmpty() ? "/" : pointer);
    }
    if (line > 0) {
      sb.append(sb.length() > 0 ? " " : "").append("(line ").append(line)
          .append(", column ").append(column).append(')');
    }
    if (criterion != null) {
      sb.append(sb.length() > 0 ? " " : "").append('[').append(criterion).append(']');
    }
    return sb.length() == 0 ? "-" : sb.toString();
  }
}
