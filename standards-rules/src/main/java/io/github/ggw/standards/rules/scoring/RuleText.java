package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.rule.VetoEffect;
import io.github.ggw.standards.model.Labels;
import java.util.stream.Collectors;

/** A scoring rule in words, for reports (评分标准说明). */
public final class RuleText {
  private RuleText() {}

  /**
   * Describes a rule.
   *
   * @param rule the rule, not null
   * @param max the item's maximum
   * @return the rule in zh-CN and en, naming its measures, bounds and points
   */
  public static LocalizedText describe(ScoringRule rule, Points max) {
    if (rule instanceof Judgement j) {
      return Texts.of("rule.judgement", max, Texts.plain(j.step()));
    } else if (rule instanceof AllOrNothing a) {
      return Texts.ofLocalized("rule.allOrNothing", Texts.measure(a.condition().measure()),
          symbol(a.condition().comparison()), operand(a.condition()), max);
    } else if (rule instanceof PerOccurrence p) {
      return Texts.ofLocalized("rule.perOccurrence", Texts.measure(p.measure()), p.pointsEach(),
          max);
    } else if (rule instanceof ThresholdLadder l) {
      String rungs = l.rungs().stream()
          .map(r -> "≥" + Texts.plain(r.atLeast()) + "→" + r.points())
          .collect(Collectors.joining("; "));
      return Texts.ofLocalized("rule.ladder", Texts.measure(l.measure()), rungs);
    } else if (rule instanceof Deduction d) {
      return Texts.of("rule.deduction", max, d.deficiencies().size());
    } else if (rule instanceof DiscretionaryDeduction d) {
      return Texts.of("rule.discretionary", max, d.minDeduction(), d.maxDeduction(),
          Texts.plain(d.step()));
    } else if (rule instanceof CountedDeduction d) {
      String each = d.deficiencies().stream().map(f -> f.code() + " " + f.pointsEach())
          .collect(Collectors.joining("; "));
      return Texts.of("rule.counted", max, each);
    } else if (rule instanceof TieredCredit t) {
      String tiers = t.tiers().stream()
          .map(x -> "≥" + Texts.plain(x.atLeastPercent()) + "%→" + Texts.plain(x.creditPercent())
              + "%")
          .collect(Collectors.joining("; "));
      return Texts.ofLocalized("rule.tieredCredit", Texts.measure(t.measure()),
          Texts.plain(t.target()), tiers);
    }
    Veto v = (Veto) rule;
    LocalizedText when = Texts.ofLocalized("rule.veto", Texts.measure(v.triggeredWhen().measure()),
        symbol(v.triggeredWhen().comparison()), operand(v.triggeredWhen()));
    if (v.effect() == VetoEffect.FAIL) {
      return when;
    }
    LocalizedText effect = v.effect() == VetoEffect.CAP_BAND && v.capBand().isPresent()
        ? Texts.ofLocalized("rule.vetoCap", Labels.of(v.capBand().get()))
        : Labels.of(v.effect());
    return Texts.ofLocalized("rule.vetoEffect", when, effect);
  }

  /** The comparison as a sign: {@code ≥}, {@code ≤}, {@code =} or {@code ∈}. */
  static String symbol(Comparison c) {
    return switch (c) {
      case AT_LEAST, ON_OR_AFTER -> "≥";
      case AT_MOST, ON_OR_BEFORE -> "≤";
      case EQUALS -> "=";
      case ONE_OF -> "∈";
    };
  }

  /** What a condition compares with: its bound, or its written values joined by commas. */
  static String operand(Condition c) {
    return c.comparison().isOnWrittenValues() ? String.join(", ", c.values())
        : Texts.plain(c.bound());
  }
}
