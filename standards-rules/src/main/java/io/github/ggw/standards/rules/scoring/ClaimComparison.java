package io.github.ggw.standards.rules.scoring;

/** How a claim compares with the points computed from evidence (自评与核算比较). */
public enum ClaimComparison {
  /** The claim equals the computed points, or the figure is the claim itself. */
  MATCHES,
  /** The claim exceeds the computed points (自评偏高): flagged with both figures. */
  OVER_CLAIM,
  /** The claim is below the computed points (自评偏低): for information. */
  UNDER_CLAIM,
  /** No claim belongs to this line (subtotals, veto items, not-applicable items). */
  NOT_CLAIMED
}
