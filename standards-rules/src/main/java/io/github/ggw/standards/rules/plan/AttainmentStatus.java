package io.github.ggw.standards.rules.plan;

/** Whether an annual target is attained (目标达成情况). */
public enum AttainmentStatus {
  /** 已达成 (met): the actual value satisfies the target's comparator. */
  MET,
  /** 未达成 (behind): the actual value falls short; the shortfall says by how much. */
  BEHIND,
  /** 无数据 (no data): nothing was given for the target's year, or nothing in its scope. */
  NO_DATA
}
