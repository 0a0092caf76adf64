package io.github.ggw.standards.model.problem;

/**
 * The concern a problem code belongs to (问题类别): which part of the work found it. Each concern
 * has its own pair of message bundles, {@code io/github/ggw/standards/model/problem/<name>.properties}
 * (English, the root bundle) and {@code <name>_zh.properties} (zh-CN), holding the messages of
 * exactly its codes; {@link #bundleName()} gives the base name.
 */
public enum Concern {
  /** 输入: reading bytes, JSON syntax and binding, reading limits, value constraints. */
  INPUT("input"),
  /** 标准: checks of a standard (budgets, codes, rules, measures, bands, profiles, quotas). */
  STANDARD("standard"),
  /** 自评: checks of a self-assessment against its standard, claims, evidence, plan progress. */
  ASSESSMENT("assessment"),
  /** 审核流程: the review workflow's case files replayed against its rules. */
  WORKFLOW("workflow"),
  /** 表格: the CSV and spreadsheet forms of documents (headers, rows, cells). */
  SHEETS("sheets"),
  /** 可信: personal data, integrity of recorded digests, signatures. */
  TRUST("trust"),
  /** 菜单: the needs and resource menus of seed §三.1 and their matching. */
  MENUS("menus");

  private static final String PREFIX = "io.github.ggw.standards.model.problem.";

  private final String file;

  Concern(String file) {
    this.file = file;
  }

  /**
   * The base name of this concern's message bundles, such as {@code
   * io.github.ggw.standards.model.problem.input}.
   *
   * @return the base name, for {@link java.util.ResourceBundle#getBundle(String)}
   */
  public String bundleName() {
    return PREFIX + file;
  }
}
