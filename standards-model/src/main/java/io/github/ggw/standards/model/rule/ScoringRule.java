package io.github.ggw.standards.model.rule;

/**
 * How a criterion's points are awarded (评分标准): a closed set of rule kinds, all data.
 *
 * <p>{@link Judgement}, {@link DiscretionaryDeduction} and {@link CountedDeduction} (from the counts
 * the claim records) are scored from the self-assessment's claim (自评分); every other kind is computed from evidence through named measures, and the claim
 * is then only compared with the result. The kinds and how each awards points: see
 * docs/scoring.md, “Rule kinds”.
 */
public sealed interface ScoringRule
    permits AllOrNothing, Judgement, PerOccurrence, ThresholdLadder, Deduction, Veto,
        DiscretionaryDeduction, TieredCredit, CountedDeduction {

  /**
   * Whether points come from evidence rather than from a judgement claim.
   *
   * @return true for every kind but the judged ones: {@link Judgement}, {@link
   *     DiscretionaryDeduction} and {@link CountedDeduction}
   */
  default boolean isComputed() {
    return true;
  }
}
