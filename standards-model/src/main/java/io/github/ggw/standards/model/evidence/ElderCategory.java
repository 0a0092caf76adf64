package io.github.ggw.standards.model.evidence;

/**
 * The five kinds of elders (五老) who serve on a committee. Source: seed §二.3, §四.3.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum ElderCategory {
  /** 老干部 (retired official). */
  RETIRED_OFFICIAL,
  /** 老战士 (veteran). */
  VETERAN,
  /** 老专家 (retired expert). */
  EXPERT,
  /** 老教师 (retired teacher). */
  TEACHER,
  /** 老模范 (model worker). */
  MODEL_WORKER
}
