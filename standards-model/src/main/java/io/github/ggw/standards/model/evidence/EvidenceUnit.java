package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.LocalizedText;

/**
 * The unit of a numeric field of an evidence kind (计量单位). Names in zh-CN and en: {@link
 * #label()}.
 */
public enum EvidenceUnit {
  /** 元: an amount of money in yuan (renminbi). */
  YUAN,
  /** 小时: a duration in hours. */
  HOUR,
  /** 人: a number of people. */
  PERSON,
  /** 次: a number of sessions or occasions. */
  SESSION,
  /** 个: a number of things of the field's kind (pairs, studios, issues, reports). */
  ITEM;

  /**
   * The name of this unit in both languages, from the bundles {@code
   * io/github/ggw/standards/model/evidence/kinds*.properties} (key {@code unit.NAME}).
   *
   * @return the zh-CN and en names
   */
  public LocalizedText label() {
    return KindWords.text("unit." + name());
  }
}
