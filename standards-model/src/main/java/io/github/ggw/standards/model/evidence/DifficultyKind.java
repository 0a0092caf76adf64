package io.github.ggw.standards.model.evidence;

/**
 * The difficulties of pupils supported as 三困生 (learning, behaviour/psychology, family economy). Source: seed §三.3.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum DifficultyKind {
  /** 学习困难 (learning difficulty). */
  LEARNING,
  /** 行为心理困难 (behavioural or psychological difficulty). */
  BEHAVIOURAL_PSYCHOLOGICAL,
  /** 家庭经济困难 (family economic difficulty). */
  FAMILY_ECONOMIC
}
