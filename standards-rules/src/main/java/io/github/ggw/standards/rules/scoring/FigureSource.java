package io.github.ggw.standards.rules.scoring;

/** Where a reported figure comes from (分数来源); the report always says which. */
public enum FigureSource {
  /** Computed from evidence by the item's rule (按佐证计算); the claim is only compared. */
  COMPUTED,
  /** The unit's own judgement claim (自评分), checked against the rule's range and step. */
  CLAIMED,
  /** Not applicable, counted as full points (合理缺项视同满分). */
  NOT_APPLICABLE_FULL_POINTS,
  /** Not applicable, left out of the denominator (合理缺项剔除/折算). */
  NOT_APPLICABLE_EXCLUDED,
  /** The sum of the children of a dimension or indicator (小计). */
  SUBTOTAL
}
