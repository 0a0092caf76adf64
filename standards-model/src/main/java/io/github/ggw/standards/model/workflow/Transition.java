package io.github.ggw.standards.model.workflow;

/**
 * What an audit event records (操作): one transition of a case file.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Transition {
  /** 提交自评材料 (the unit submits its self-assessment). */
  SUBMITTED,
  /** 区级审核通过 (the district reviews, possibly adjusting judgement points with reasons). */
  REVIEWED,
  /** 区级退回修改 (the district returns the file for revision, with reasons). */
  RETURNED,
  /** 修改后重新提交 (the unit resubmits a revised self-assessment). */
  RESUBMITTED,
  /** 市级审批认定 (the city approves, possibly adjusting points, and confers a designation). */
  APPROVED,
  /** 市级不予认定 (the city rejects, with reasons). */
  REJECTED
}
