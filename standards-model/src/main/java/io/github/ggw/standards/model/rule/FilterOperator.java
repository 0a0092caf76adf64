package io.github.ggw.standards.model.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a filter of a filtered measure ({@link EvidenceFilter}) compares a field of each record
 * with the values it is given (筛选运算). Numbers compare by value (1.5 equals 1.50), dates by
 * the calendar, ordered enumerations (level, award) by their order, everything else by equality
 * of the written value. Which operators fit which field type is decided when a standard loads
 * (see docs/measures.md, "Filtered measures").
 */
public enum FilterOperator {
  /** The field equals the one value; CSV {@code field=V}. */
  EQUALS("equals", "="),
  /** The field equals one of the values; CSV {@code field in (A, B)}. */
  ONE_OF("oneOf", "in"),
  /** The field is at least the one value (on or after, for a date); CSV {@code field>=V}. */
  AT_LEAST("atLeast", ">="),
  /** The field is at most the one value (on or before, for a date); CSV {@code field<=V}. */
  AT_MOST("atMost", "<=");

  private final String writtenName;
  private final String symbol;

  FilterOperator(String writtenName, String symbol) {
    this.writtenName = writtenName;
    this.symbol = symbol;
  }

  /**
   * The JSON member that writes this operator in a {@code where} entry.
   *
   * @return {@code equals}, {@code oneOf}, {@code atLeast} or {@code atMost}
   */
  public String writtenName() {
    return writtenName;
  }

  /**
   * The operator as a CSV parameters cell writes it.
   *
   * @return {@code =}, {@code in}, {@code >=} or {@code <=}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether the operator takes a list of values rather than one.
   *
   * @return true for {@link #ONE_OF}
   */
  public boolean takesList() {
    return this == ONE_OF;
  }

  /**
   * Whether the operator compares by order (and so needs a field whose values are ordered).
   *
   * @return true for {@link #AT_LEAST} and {@link #AT_MOST}
   */
  public boolean isOrdering() {
    return this == AT_LEAST || this == AT_MOST;
  }

  /**
   * The operator with a JSON member name.
   *
   * @param written the member name, such as {@code atLeast}, not null; compared exactly
   * @return the operator, or empty when none is written so
   */
  public static Optional<FilterOperator> byWrittenName(String written) {
    return Arrays.stream(values()).filter(o -> o.writtenName.equals(written)).findFirst();
  }

  /**
   * The JSON member names of every operator, for "did you mean" hints.
   *
   * @return {@code equals, oneOf, atLeast, atMost}, in that order
   */
  public static List<String> writtenNames() {
    return Arrays.stream(values()).map(FilterOperator::writtenName).toList();
  }
}
