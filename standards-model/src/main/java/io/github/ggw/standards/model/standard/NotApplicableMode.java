package io.github.ggw.standards.model.standard;

/**
 * How a standard treats items not applicable to a unit type (合理缺项处理方式; see docs/scoring.md,
 * “Not applicable”).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum NotApplicableMode {
  /** 按得分率折算 (rescale by score rate). */
  RESCALE,
  /** 视同满分 (full points). */
  FULL_POINTS,
  /** 直接剔除 (plain exclusion). */
  EXCLUDE
}
