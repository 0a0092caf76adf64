package io.github.ggw.standards.model.workflow;

/**
 * The role an actor holds in the workflow (角色). Each registered actor has exactly one: the
 * school self-assesses, the district education bureau's committee reviews, the city committee
 * approves (see docs/workflow.md, “Who may act: the unit registry”).
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Role {
  /** 学校（幼儿园）关工委经办人: submits and resubmits the self-assessment of their own unit. */
  UNIT_STAFF,
  /**
   * 区教育局关工委审核人: reviews (审核把关) the files of the units in their jurisdiction: a district,
   * or the city itself for city-run schools (市直属学校).
   */
  DISTRICT_REVIEWER,
  /** 市教育局关工委审批人: approves (审批) or rejects reviewed files of the units of their city. */
  CITY_APPROVER
}
