package io.github.ggw.standards.model.evidence;

/**
 * The kind of a themed activity or competition (主题活动/比赛). Source: seed §二.1 (the four themed competitions), §三.2 (campus visits), §二.3 (lectures, 精品教育项目), §二.4 (文化塑造未来).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum ActivityKind {
  /** 演讲比赛 (speech contest). */
  SPEECH_CONTEST,
  /** 读书征文 (reading essay). */
  READING_ESSAY,
  /** 朗诵比赛 (recitation contest). */
  RECITATION,
  /** 科技短视频创作 (short video creation). */
  SHORT_VIDEO,
  /** 进校园活动 (campus visit by a named programme). */
  CAMPUS_VISIT,
  /** 宣讲/讲课 (lecture). */
  LECTURE,
  /** 精品教育项目 (flagship education project). */
  EDUCATION_PROJECT,
  /** 文化塑造未来行动 (culture shapes the future action). */
  CULTURE_ACTION
}
