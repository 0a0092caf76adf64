package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;

/** The scoring-rule kinds the generators produce for regular leaves (评分规则类型). */
public enum RuleKind {
  /** {@link AllOrNothing}. */
  ALL_OR_NOTHING(AllOrNothing.class),
  /** {@link Judgement}. */
  JUDGEMENT(Judgement.class),
  /** {@link PerOccurrence}. */
  PER_OCCURRENCE(PerOccurrence.class),
  /** {@link ThresholdLadder}. */
  THRESHOLD_LADDER(ThresholdLadder.class),
  /** {@link Deduction}. */
  DEDUCTION(Deduction.class),
  /** {@link DiscretionaryDeduction}: a deduction within a range, with a written reason. */
  DISCRETIONARY_DEDUCTION(DiscretionaryDeduction.class),
  /** {@link TieredCredit}: a share of a target met gives a share of the points. */
  TIERED_CREDIT(TieredCredit.class),
  /**
   * {@link CountedDeduction}: the claim counts each deficiency found (judged, so the
   * claims-never-score contract exempts it).
   */
  COUNTED_DEDUCTION(CountedDeduction.class);

  private final Class<? extends ScoringRule> type;

  RuleKind(Class<? extends ScoringRule> type) {
    this.type = type;
  }

  /**
   * The kind of a rule.
   *
   * @param rule a rule, not null
   * @return its kind, or null for a kind the generators do not make for regular leaves (veto)
   */
  public static RuleKind of(ScoringRule rule) {
    for (RuleKind k : values()) {
      if (k.type.isInstance(rule)) {
        return k;
      }
    }
    return null;
  }
}
