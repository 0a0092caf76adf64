package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.rules.scoring.Gap;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.measure.FilteredMeasure;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureType;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureValue;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a unit would reach if it closed a named gap (差距测算): how many points and which band. The
 * answer is computed by re-running the {@link Scorer} with the gap closed, never by adding the
 * lost points by hand, so rescaling of not-applicable items, weights, the bonus cap, the one
 * rounding, vetoes, key indicators and eligibility all apply as they do to any assessment.
 *
 * <p>How a gap is closed depends on its item's rule; everything else of the assessment stays as
 * it was:
 *
 * <ul>
 *   <li>judgement: the unit's claim is raised to the item's maximum;
 *   <li>all-or-nothing: the item's measure is taken at the condition's bound;
 *   <li>per-occurrence: the measure is taken at the count that reaches the maximum, {@code
 *       ⌈max ÷ points each⌉};
 *   <li>threshold ladder: the measure is taken at the threshold of the rung that pays most;
 *   <li>deduction: each deficiency that costs points has its measure taken at its bound.
 * </ul>
 *
 * <p>A measure "taken at" a value is assumed for this item only: the scorer is given a copy of
 * the standard whose item reads a constant measure of that value, registered beside the
 * scorer's own. Thread-safe: it keeps no state.
 */
public final class WhatIf {
  private static final LocalizedText CLAIM = LocalizedText.of("自评分", "claimed points");

  private WhatIf() {}

  /**
   * Re-scores an assessment with one gap closed.
   *
   * @param scorer the scorer to use, not null
   * @param standard the standard, not null
   * @param assessment the unit's self-assessment, not null
   * @param code the item of the gap, not null
   * @return the result, or empty when the item is not one of the report's gaps (no points lost,
   *     not applicable, bonus or veto, or unknown) or its rule is of a kind this does not close
   * @throws StandardsException if the assessment cannot be scored against the standard (score it
   *     first and report its problems)
   */
  public static Optional<WhatIfResult> closeGap(
      Scorer scorer, Standard standard, SelfAssessment assessment, CriterionCode code) {
    Objects.requireNonNull(code, "code");
    ScoreReport before = report(scorer.score(standard, assessment));
    Optional<Gap> gap = before.gaps().stream().filter(g -> g.code().equals(code)).findFirst();
    Optional<Criterion> item = standard.find(code);
    if (gap.isEmpty() || item.isEmpty() || item.get().getRule().isEmpty()) {
      return Optional.empty();
    }
    Criterion c = item.get();
    ScoringRule rule = c.getRule().get();
    ItemResult line = before.items().stream().filter(i -> i.code().equals(code))
        .findFirst().orElseThrow();
    if (rule instanceof Judgement) {
      Points from = line.claimed().orElse(Points.ZERO);
      ImmutableSelfAssessment closed = ImmutableSelfAssessment.copyOf(assessment).withClaims(
          assessment.getClaims().stream()
              .map(cl -> cl.code().equals(code)
                  ? new Claim(code, c.getMaxPoints(), cl.narrative()) : cl)
              .toList());
      ScoreReport after = report(scorer.score(standard, closed));
      return Optional.of(new WhatIfResult(code, c.getTitle(), before, after, List.of(
          new WhatIfChange(CLAIM, from.toBigDecimal(), c.getMaxPoints().toBigDecimal()))));
    }
    Closing closing = new Closing(scorer, line);
    Optional<ScoringRule> closedRule = closing.close(rule, c.getMaxPoints());
    if (closedRule.isEmpty()) {
      return Optional.empty();
    }
    Standard closedStandard = ImmutableStandard.copyOf(standard).withDimensions(
        standard.getDimensions().stream().map(d -> replace(d, code, closedRule.get())).toList());
    Scorer closedScorer = scorer.withMeasures(scorer.getMeasures().with(closing.measures));
    ScoreReport after = report(closedScorer.score(closedStandard, assessment));
    return Optional.of(new WhatIfResult(code, c.getTitle(), before, after, closing.changes));
  }

  private static ScoreReport report(Result<ScoreReport> outcome) {
    return outcome.value().orElseThrow(() -> new StandardsException(
        "the assessment cannot be scored: " + outcome.problems().get(0).getCode(),
        String.valueOf(outcome.problems().get(0).getCode())));
  }

  private static Criterion replace(Criterion node, CriterionCode code, ScoringRule rule) {
    if (node.getCode().equals(code)) {
      return ImmutableCriterion.copyOf(node).withRule(rule);
    }
    if (node.isLeaf()) {
      return node;
    }
    return ImmutableCriterion.copyOf(node).withChildren(
        node.getChildren().stream().map(k -> replace(k, code, rule)).toList());
  }

  /** The constant measures and the assumptions of closing one item. */
  private static final class Closing {
    private final Scorer scorer;
    private final ItemResult line;
    private final List<Measure> measures = new ArrayList<>();
    private final List<WhatIfChange> changes = new ArrayList<>();

    Closing(Scorer scorer, ItemResult line) {
      this.scorer = scorer;
      this.line = line;
    }

    Optional<ScoringRule> close(ScoringRule rule, Points max) {
      if (MeasureRegistry.refs(rule).stream().anyMatch(r -> r.name().value()
          .startsWith(io.github.ggw.standards.model.standard.DeclaredFact.MEASURE_PREFIX))) {
        return Optional.empty(); // a declared fact is the unit's to state, not to assume
      }
      if (rule instanceof AllOrNothing a) {
        Condition c = a.condition();
        return Optional.of(new AllOrNothing(
            new Condition(assume(c.measure(), c.bound()), c.comparison(), c.bound())));
      }
      if (rule instanceof PerOccurrence p) {
        BigDecimal count = max.toBigDecimal()
            .divide(p.pointsEach().toBigDecimal(), 0, RoundingMode.CEILING);
        return Optional.of(new PerOccurrence(assume(p.measure(), count), p.pointsEach()));
      }
      if (rule instanceof ThresholdLadder l) {
        Rung best = l.rungs().stream().max(Comparator.comparing(Rung::points)).orElseThrow();
        return Optional.of(new ThresholdLadder(assume(l.measure(), best.atLeast()), l.rungs()));
      }
      if (rule instanceof Deduction d) {
        List<Deficiency> closed = new ArrayList<>();
        for (Deficiency f : d.deficiencies()) {
          BigDecimal value = valueOf(f.measure());
          closed.add(f.comparison().test(value, f.bound()) ? f
              : new Deficiency(f.code(), f.reason(), assume(f.measure(), f.bound()),
                  f.comparison(), f.bound(), f.pointsEach()));
        }
        return Optional.of(new Deduction(closed));
      }
      return Optional.empty();
    }

    /** A constant measure of a value, standing in for a reference of this item. */
    private MeasureRef assume(MeasureRef ref, BigDecimal value) {
      MeasureType type;
      LocalizedText unit;
      if (ref.query().isPresent()) {
        FilteredMeasure filtered = FilteredMeasure.of(ref.query().get());
        type = filtered.type();
        unit = filtered.unit();
      } else {
        Measure original = scorer.getMeasures().find(ref.name()).orElseThrow();
        type = original.getType();
        unit = original.getUnit();
      }
      String name = "whatIf.m" + (measures.size() + 1);
      measures.add(Measure.of(name, type, unit, false,
          "what-if of " + line.code(), Set.of(), (ev, p) -> value));
      changes.add(new WhatIfChange(label(ref), valueOf(ref), value));
      return MeasureRef.of(name);
    }

    private BigDecimal valueOf(MeasureRef ref) {
      return line.measures().stream().filter(v -> v.measure().equals(ref))
          .map(MeasureValue::value).findFirst().orElse(BigDecimal.ZERO);
    }

    private LocalizedText label(MeasureRef ref) {
      return line.measures().stream().filter(v -> v.measure().equals(ref))
          .map(MeasureValue::label).findFirst()
          .orElse(LocalizedText.of(ref.name().value(), ref.name().value()));
    }
  }
}
