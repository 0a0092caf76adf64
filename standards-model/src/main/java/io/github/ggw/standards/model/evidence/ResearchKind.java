package io.github.ggw.standards.model.evidence;

/**
 * Research and proposals (调查研究、建言献策). Source: seed §四.1.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum ResearchKind {
  /** 调研报告 (survey report). */
  SURVEY_REPORT,
  /** 建言献策 (proposal). */
  PROPOSAL,
  /** 案例 (case study). */
  CASE_STUDY
}
