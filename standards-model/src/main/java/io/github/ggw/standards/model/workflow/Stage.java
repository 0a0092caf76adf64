package io.github.ggw.standards.model.workflow;

/**
 * A stage whose points a case file records (评分阶段): self-assessment, district review, city
 * approval, in that order.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Stage {
  /** 自评 (self-assessment): the unit's claims scored against the standard (自评分). */
  SELF,
  /** 区级审核 (district review): the self stage with the district's adjustments (审核分). */
  DISTRICT,
  /** 市级审批 (city approval): the district stage with the city's adjustments (认定分). */
  CITY
}
