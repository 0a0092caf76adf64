package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.LocalizedText;

/**
 * The type of a field of an evidence kind (字段类型), as {@link EvidenceKinds} describes it: what
 * the JSON member holds and what a workbook cell or form input accepts. Names in zh-CN and en:
 * {@link #label()}.
 */
public enum EvidenceFieldType {
  /** 文本: a JSON string; in Java a {@code String} or a single-valued reference. */
  TEXT,
  /** 整数: a JSON integer without fraction or exponent; in Java an {@code int}. */
  WHOLE_NUMBER,
  /** 小数: a JSON number written as a plain decimal; in Java a {@code BigDecimal}. */
  DECIMAL,
  /** 金额（元）: an amount in yuan, a plain decimal; in Java a {@code BigDecimal}. */
  YUAN,
  /** 日期: a calendar date {@code YYYY-MM-DD} (ISO 8601); in Java a {@code LocalDate}. */
  DATE,
  /** 是否: a JSON boolean; in Java a {@code boolean}. */
  FLAG,
  /**
   * 选项: one constant of an enumeration, written as the constant's name (such as {@code CORE});
   * the field lists the constants with their labels.
   */
  ENUM,
  /**
   * 事实值: the value of a declared fact, a JSON boolean, number or string as the standard's
   * declaration of the fact asks (see {@link FactValue}); in Java a {@code String}.
   */
  SCALAR;

  /**
   * Whether values of this type are numbers (and so may have a unit and bounds).
   *
   * @return true for {@link #WHOLE_NUMBER}, {@link #DECIMAL} and {@link #YUAN}
   */
  public boolean isNumeric() {
    return this == WHOLE_NUMBER || this == DECIMAL || this == YUAN;
  }

  /**
   * The name of this type in both languages, from the bundles {@code
   * io/github/ggw/standards/model/evidence/kinds*.properties} (key {@code type.NAME}).
   *
   * @return the zh-CN and en names
   */
  public LocalizedText label() {
    return KindWords.text("type." + name());
  }
}
