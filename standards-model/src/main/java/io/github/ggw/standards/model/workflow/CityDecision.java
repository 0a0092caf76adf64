package io.github.ggw.standards.model.workflow;

/**
 * The city's decision on a reviewed file (市级审批结论).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum CityDecision {
  /** 认定 (approved: a designation is conferred). */
  APPROVED,
  /** 不予认定 (rejected, with reasons). */
  REJECTED
}
