package io.github.ggw.standards.model.standard;

/**
 * The type of a unit (学校类型): the standard × unit type decides which indicators apply. Source:
 * the city basic standard covers 中小学（幼儿园）; the later requirements cover 中职校. The types are
 * listed in docs/formats/self-assessment.md, “Enumerations”.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum UnitType {
  /** 幼儿园 (kindergarten). */
  KINDERGARTEN,
  /** 小学 (primary school). */
  PRIMARY,
  /** 初中 (junior secondary school). */
  JUNIOR_SECONDARY,
  /** 普通高中 (senior secondary school). */
  SENIOR_SECONDARY,
  /** 中职校 (vocational school). */
  VOCATIONAL
}
