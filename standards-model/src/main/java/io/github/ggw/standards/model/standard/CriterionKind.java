package io.github.ggw.standards.model.standard;

/**
 * The kind of a criterion (指标类型). Regular and key items sit inside the point budgets; bonus and
 * veto items sit outside them (see docs/scoring.md, “Budgets”).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum CriterionKind {
  /** 常规指标 (regular). */
  REGULAR,
  /** 关键指标 (key indicator, must be met for certification). */
  KEY,
  /** 加分项 (bonus). */
  BONUS,
  /** 一票否决项 (veto). */
  VETO
}
