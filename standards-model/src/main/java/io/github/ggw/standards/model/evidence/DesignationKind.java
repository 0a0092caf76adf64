package io.github.ggw.standards.model.evidence;

/**
 * Designations a unit may hold (称号/认定). Source: the seed preamble (常态化建设, 优质化建设). Listed
 * in docs/formats/self-assessment.md, “Enumerations”, and named in docs/README.md, “Words”.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum DesignationKind {
  /** 常态化建设合格单位 (regularisation-qualified unit). */
  REGULARISATION_QUALIFIED,
  /** 优质化建设试点校 (quality-building pilot). */
  QUALITY_PILOT,
  /** 优质化达标校 (quality-certified unit). */
  QUALITY_CERTIFIED,
  /** 关心下一代工作先进集体 (advanced collective). */
  ADVANCED_COLLECTIVE
}
