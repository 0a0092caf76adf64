package io.github.ggw.standards.model.plan;

/**
 * The unit of a metric's value (计量单位).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum MetricUnit {
  /** 百分比 (percent): 0 to 100, exact. */
  PERCENT,
  /** 所 (units): a whole number of schools or kindergartens. */
  UNITS,
  /** 分 (points): a score on the standard's scale, exact. */
  POINTS
}
