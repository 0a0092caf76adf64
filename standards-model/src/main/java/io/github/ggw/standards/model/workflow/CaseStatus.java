package io.github.ggw.standards.model.workflow;

/**
 * Where a case file stands (档案状态). The transitions between them, and who may make them, are
 * the rules of {@code io.github.ggw.standards.rules.workflow.Workflow}:
 * {@code SUBMITTED → REVIEWED | RETURNED}, {@code RETURNED → SUBMITTED} (resubmission),
 * {@code REVIEWED → APPROVED | REJECTED}; approved and rejected files are closed.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum CaseStatus {
  /** 已提交，待区级审核 (submitted, awaiting the district review). */
  SUBMITTED,
  /** 已退回修改 (returned to the unit for revision). */
  RETURNED,
  /** 区级审核通过，待市级审批 (reviewed by the district, awaiting the city). */
  REVIEWED,
  /** 市级审批通过，已认定 (approved by the city, designation conferred). */
  APPROVED,
  /** 市级审批不予认定 (rejected by the city). */
  REJECTED;

  /**
   * Whether no further transition is possible.
   *
   * @return true for {@link #APPROVED} and {@link #REJECTED}
   */
  public boolean isClosed() {
    return this == APPROVED || this == REJECTED;
  }
}
