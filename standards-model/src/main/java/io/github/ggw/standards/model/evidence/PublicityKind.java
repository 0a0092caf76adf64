package io.github.ggw.standards.model.evidence;

/**
 * Publicity (舆论宣传). Source: seed §四.3 (《工作简报》, reports of committee work).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum PublicityKind {
  /** 工作简报 (newsletter issue). */
  NEWSLETTER_ISSUE,
  /** 工作动态报道 (news report). */
  NEWS_REPORT
}
