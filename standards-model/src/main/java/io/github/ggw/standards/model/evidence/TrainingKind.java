package io.github.ggw.standards.model.evidence;

/**
 * Study and training of the committee (学习/培训). Source: seed §一.1–3, §四.1.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum TrainingKind {
  /** 学习 (study session). */
  STUDY,
  /** 培训 (training). */
  TRAINING
}
