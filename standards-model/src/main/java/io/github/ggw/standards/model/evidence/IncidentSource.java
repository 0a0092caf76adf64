package io.github.ggw.standards.model.evidence;

/**
 * Who raised an incident.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum IncidentSource {
  /** 单位自报 (declared by the unit). */
  UNIT,
  /** 审核发现 (raised by a reviewer). */
  REVIEWER
}
