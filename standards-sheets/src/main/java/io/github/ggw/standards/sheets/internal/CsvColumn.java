package io.github.ggw.standards.sheets.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The columns of the CSV form of a standard (评分表 CSV 列), in the order written. A header may
 * name them in English (the names below) or Chinese (the aliases), in any order; the first six
 * are required.
 */
public enum CsvColumn {
  /** 编号: the item's code, or {@code @standard} for the row of the standard itself. */
  CODE("code", true, "编号"),
  /** 上级编号: the parent's code, empty for a dimension. */
  PARENT("parent", true, "上级编号"),
  /** 指标: the title in Chinese (for the {@code @standard} row, the standard's title). */
  TITLE("title", true, "指标", "指标名称"),
  /** The title in English; the Chinese title when empty. */
  TITLE_EN("title_en", false, "指标英文"),
  /** 要求/评估细则: the requirement in Chinese (for the {@code @standard} row, the issuer). */
  REQUIREMENT("requirement", false, "要求", "评估细则", "评分要求"),
  /** The requirement in English; the Chinese text when empty. */
  REQUIREMENT_EN("requirement_en", false, "要求英文"),
  /** 分值: the item's points. */
  POINTS("points", true, "分值"),
  /** 类型: REGULAR (empty), KEY, BONUS or VETO, or their Chinese names. */
  KIND("kind", false, "类型", "指标类型"),
  /** 评分方式: the rule kind, empty for an item with children. */
  RULE("rule", true, "评分方式"),
  /** 评分参数: the rule's parameters (see {@link CsvRules}). */
  PARAMETERS("parameters", true, "评分参数", "规则参数"),
  /** 权重: a dimension's weight. */
  WEIGHT("weight", false, "权重"),
  /** 不适用: unit types the item does not apply to, comma-separated. */
  NOT_APPLICABLE_TO("not_applicable_to", false, "不适用", "不适用单位"),
  /** 出处: the source document; empty to take the standard's source. */
  SOURCE("source", false, "出处"),
  /** 条款: the clause in the source document. */
  CLAUSE("clause", false, "条款"),
  /** 状态: OFFICIAL or MODELLED. */
  STATUS("status", false, "状态"),
  /** 备注: a note on the source. */
  NOTE("note", false, "备注"),
  /**
   * 步长: the item's own grid ({@code step}); written only when some item of the standard has
   * one, so that sheets without it keep their columns.
   */
  STEP("step", false, "步长");

  private final String header;
  private final boolean required;
  private final String[] aliases;

  CsvColumn(String header, boolean required, String... aliases) {
    this.header = header;
    this.required = required;
    this.aliases = aliases;
  }

  /** @return the English header name */
  public String header() {
    return header;
  }

  /** @return the first Chinese header name, such as {@code 分值} */
  public String chineseHeader() {
    return aliases[0];
  }

  /** @return whether every CSV must have it */
  public boolean required() {
    return required;
  }

  /**
   * The column a header cell names, in English (any case) or Chinese.
   *
   * @param name the header cell's text, not null; surrounding spaces are ignored
   * @return the column, or empty when the header names none
   */
  public static Optional<CsvColumn> of(String name) {
    String n = name.strip();
    return Arrays.stream(values())
        .filter(c -> c.header.equals(n.toLowerCase(Locale.ROOT))
            || Arrays.asList(c.aliases).contains(n))
        .findFirst();
  }

  /** @return the English header names, comma-separated, for messages */
  public static String names() {
    return Arrays.stream(values()).map(CsvColumn::header).collect(Collectors.joining(", "));
  }
}
