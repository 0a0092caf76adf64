package io.github.ggw.standards.model.evidence;

/**
 * Incidents that may trigger a veto (一票否决事项).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum IncidentKind {
  /** 安全责任事故 (safety incident). */
  SAFETY_INCIDENT,
  /** 瞒报 (concealment). */
  CONCEALMENT,
  /** 严重违纪违规 (serious violation). */
  SERIOUS_VIOLATION
}
