package io.github.ggw.standards.model.evidence;

/**
 * Forms of mentoring young teachers and pupils. Source: seed §三.2 (名校长/名教师工作室), §三.3 (青蓝工程).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum MentoringKind {
  /** 青蓝工程结对 (blue-green mentoring pair). */
  BLUE_GREEN_PAIR,
  /** 名校长工作室 (studio of a renowned principal). */
  PRINCIPAL_STUDIO,
  /** 名教师工作室 (studio of a renowned teacher). */
  TEACHER_STUDIO
}
