package io.github.ggw.standards.model.evidence;

/**
 * The layer of an elder in the volunteer team (核心层/骨干层/参与层). Source: seed §四.2 ("着力提升核心层、巩固骨干层、扩大参与层").
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Tier {
  /** 核心层 (core). */
  CORE,
  /** 骨干层 (backbone). */
  BACKBONE,
  /** 参与层 (participant). */
  PARTICIPANT
}
