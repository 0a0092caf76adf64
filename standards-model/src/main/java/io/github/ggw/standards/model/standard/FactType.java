package io.github.ggw.standards.model.standard;

/**
 * The type of a declared fact (事实类型): what a unit writes as its value and which operators a
 * rule may apply to it (see docs/measures.md, "Declared facts").
 */
public enum FactType {
  /** 是否: {@code true} or {@code false}; read as 1 or 0; conditions: {@code EQUALS}. */
  FLAG,
  /**
   * 计数: a whole number ≥ 0 (within the declared bounds); numeric rules read it; conditions:
   * {@code AT_LEAST}, {@code AT_MOST}.
   */
  COUNT,
  /**
   * 金额（元）: an amount in yuan, a plain decimal ≥ 0 (within the declared bounds); numeric rules
   * read it; conditions: {@code AT_LEAST}, {@code AT_MOST}.
   */
  AMOUNT_YUAN,
  /**
   * 日期: a calendar date {@code YYYY-MM-DD}; conditions: {@code ON_OR_BEFORE}, {@code
   * ON_OR_AFTER} a date or {@code yearStart}/{@code yearEnd} of the assessment year.
   */
  DATE,
  /**
   * 选项: one of the declared choices, written by its name; conditions: {@code EQUALS}, {@code
   * ONE_OF}.
   */
  CHOICE;

  /**
   * Whether values are numbers that numeric rules (threshold ladder, per-occurrence, tiered
   * credit, deductions) may read.
   *
   * @return true for {@link #COUNT} and {@link #AMOUNT_YUAN}
   */
  public boolean isNumeric() {
    return this == COUNT || this == AMOUNT_YUAN;
  }
}
