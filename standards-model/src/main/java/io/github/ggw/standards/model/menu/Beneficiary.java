package io.github.ggw.standards.model.menu;

/**
 * Who a need is for (服务对象). Source: seed §三.1 (青少年学生和青年教职工).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Beneficiary {
  /** 青少年学生 (pupils). */
  PUPILS,
  /** 青年教职工 (young teachers and staff). */
  YOUNG_TEACHERS
}
