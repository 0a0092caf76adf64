package io.github.ggw.standards.rules;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.Veto;
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
      return Texts.of("rule.judgement", max, Scorer.plain(j.step()));
    } else if (rule instanceof AllOrNothing a) {
      return Texts.ofLocalized("rule.allOrNothing", Texts.measure(a.condition().measure()),
          Scorer.symbol(a.condition().comparison()), Scorer.plain(a.condition().bound()), max);
    } else if (rule instanceof PerOccurrence p) {
      return Texts.ofLocalized("rule.perOccurrence", Texts.measure(p.measure()), p.pointsEach(),
          max);
    } else if (rule instanceof ThresholdLadder l) {
      String rungs = l.rungs().stream()
          .map(r -> "≥" + Scorer.plain(r.atLeast()) + "→" + r.points())
          .collect(Collectors.joining("; "));
      return Texts.ofLocalized("rule.ladder", Texts.measure(l.measure()), rungs);
    } else if (rule instanceof Deduction d) {
      return Texts.of("rule.deduction", max, d.deficiencies().size());
    }
    Veto v = (Veto) rule;
    return Texts.ofLocalized("rule.veto", Texts.measure(v.triggeredWhen().measure()),
        Scorer.symbol(v.triggeredWhen().comparison()), Scorer.plain(v.triggeredWhen().bound()));
  }
}
