package io.github.ggw.standards.rules.measure;

/** The value type of a measure (度量值类型). All values are exact decimals. */
public enum MeasureType {
  /** A count of facts, a whole number {@code >= 0}. */
  COUNT,
  /** A yes/no fact: 1 for yes, 0 for no. A ladder or per-occurrence rule cannot use it. */
  FLAG,
  /** An amount of money in yuan (元), {@code >= 0}. */
  YUAN,
  /** A duration in hours, {@code >= 0}. */
  HOURS;

  /**
   * Whether the value is a quantity that a ladder or a per-occurrence rule may map.
   *
   * @return false for {@link #FLAG}
   */
  public boolean isNumeric() {
    return this != FLAG;
  }
}
