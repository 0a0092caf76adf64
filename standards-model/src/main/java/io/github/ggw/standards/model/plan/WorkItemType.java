package io.github.ggw.standards.model.plan;

/**
 * The type of a numbered work item (工作类型). Source: the kinds of work the seed's items ask for
 * (Wujin 2020 work points, §一–§四).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum WorkItemType {
  /** 学习 (study): studying guiding documents and instructions (§一.1). */
  STUDY,
  /** 组织建设 (organisation): leadership, structure and planning (§一.2, §一.4). */
  ORGANISATION,
  /** 培训 (training): training the working team and newcomers (§一.3). */
  TRAINING,
  /** 主题活动/比赛 (themed activity or competition) (§二.1, §二.2, §二.4). */
  THEMED_ACTIVITY,
  /** 关爱载体 (care carrier): talk rooms, buddy pairing, care shops, the two menus (§三.1, §三.3). */
  CARE_CARRIER,
  /** 帮扶助困 (support for pupils in difficulty and vulnerable youths) (§三.4). */
  DIFFICULTY_SUPPORT,
  /** 结对带教 (mentoring): studios of renowned principals and teachers, mentoring (§三.2). */
  MENTORING,
  /** 调查研究 (research): surveys and proposals (§四.1). */
  RESEARCH,
  /** 队伍建设 (team building): the five elders' team and its tiers (§二.3, §四.2). */
  TEAM_BUILDING,
  /** 舆论宣传 (publicity): reports and the newsletter (§四.3). */
  PUBLICITY
}
