package io.github.ggw.standards.model.plan;

/**
 * The kind of a programme a work item or section names (活动/项目类别). Source: the programmes the
 * seed names (Wujin 2020 work points), clause given on each constant.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum ProgrammeKind {
  /** 系列教育活动 (themed campaign), such as the 爱学习爱劳动爱祖国 series (§二 preamble, §二.1, §二.4). */
  THEMED_CAMPAIGN,
  /** 主题比赛/征文 (themed competition): the four competitions of §二.1. */
  THEMED_COMPETITION,
  /** 案例评选 (case selection): the flagship education project selection (§二.3). */
  CASE_SELECTION,
  /** 进校园活动 (campus-visit programme) (§三.2, §三.3). */
  CAMPUS_VISIT,
  /** 名校长/名教师工作室 (studio of a renowned principal or teacher) (§三.2). */
  STUDIO,
  /** 需求菜单/资源菜单 (needs or resource menu) (§三.1). */
  SERVICE_MENU,
  /** 关爱载体 (care carrier): talk room, buddy pairing, care shop (§三.3). */
  CARE_CARRIER,
  /** 帮教对象类别 (support category): pupils in difficulty, the five-lost categories (§三.3–4). */
  SUPPORT_CATEGORY,
  /** 青蓝工程 (blue-green mentoring project) (§三.3). */
  MENTORING_PROJECT,
  /** 工作简报 (newsletter) (§四.3). */
  NEWSLETTER
}
