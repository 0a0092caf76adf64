package io.github.ggw.standards.model.evidence;

/**
 * The level of an activity, award or designation (级别), in ascending order; "level ≥ district" compares by declaration order.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Level {
  /** 校级 (school). */
  SCHOOL,
  /** 区级 (district). */
  DISTRICT,
  /** 市级 (city). */
  CITY,
  /** 省级 (province). */
  PROVINCE,
  /** 国家级 (national). */
  NATIONAL
}
