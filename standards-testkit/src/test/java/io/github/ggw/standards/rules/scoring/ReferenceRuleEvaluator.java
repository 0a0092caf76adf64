package io.github.ggw.standards.rules.scoring;

import static io.github.ggw.standards.rules.internal.Texts.plain;
import static io.github.ggw.standards.rules.scoring.RuleText.symbol;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.CreditTier;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.Facts;
import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.rules.measure.EvidenceInYear;
import io.github.ggw.standards.rules.measure.FilteredMeasure;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureType;
import io.github.ggw.standards.rules.measure.MeasureValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference copy of {@code RuleEvaluator} for the differential test, as it was before the
 * scoring plan (measures found by name per evaluation); see {@link ReferenceScorer}.
 *
 * <p>Evaluates the rule of one leaf item against one assessment (单项评分): the points the rule
 * gives, the measure values it read, the reason for every lost point, and a triggered veto.
 *
 * <p>One method per rule kind of the sealed {@link ScoringRule}. Judgement, discretionary
 * deduction and counted deduction take the (already checked) claim (the last its counts); every other kind reads measures over the evidence
 * and never the claim. Points are clamped to {@code [0, max]} here; comparing the claim with the
 * result, and everything above the leaf, is the caller's. Built per scoring run (it holds that
 * run's evidence); immutable.
 */
final class ReferenceRuleEvaluator {
  /** The longest written reason of a discretionary deduction quoted in the report, in chars. */
  private static final int REASON_SHOWN = 200;

  private final MeasureRegistry registry;
  private final EvidenceInYear evidence;
  private final Map<String, DeclaredFact> facts;
  private final Map<String, String> factValues;

  /**
   * An evaluator over one assessment's evidence.
   *
   * @param registry the measures, which must know every name the rules use (checked before)
   * @param evidence the assessment's evidence, counted for its year
   */
  ReferenceRuleEvaluator(MeasureRegistry registry, EvidenceInYear evidence) {
    this(registry, evidence, List.of());
  }

  /**
   * An evaluator over one assessment's evidence and its standard's declared facts.
   *
   * @param registry the measures, which must know every name the rules use (checked before)
   * @param evidence the assessment's evidence, counted for its year
   * @param declared the standard's declared facts, which rules read as {@code fact.<code>}
   */
  ReferenceRuleEvaluator(MeasureRegistry registry, EvidenceInYear evidence, List<DeclaredFact> declared) {
    this.registry = registry;
    this.evidence = evidence;
    this.facts = new HashMap<>();
    declared.forEach(f -> facts.putIfAbsent(f.getCode(), f));
    this.factValues = new HashMap<>();
    evidence.all(FactValue.class).forEach(f -> factValues.putIfAbsent(f.code(), f.value()));
  }

  /**
   * What a rule gave a leaf.
   *
   * @param awarded the points, in {@code [0, max]}
   * @param measures the measure values read, in the rule's order
   * @param lost the lost points with their reasons; empty when nothing was lost
   * @param veto the veto the rule triggered, for a veto rule whose condition holds
   */
  record Evaluation(Points awarded, List<MeasureValue> measures, List<LostPoints> lost,
      Optional<VetoFinding> veto) {

    Evaluation(Points awarded, List<MeasureValue> measures, List<LostPoints> lost) {
      this(awarded, measures, lost, Optional.empty());
    }
  }

  /**
   * Evaluates a leaf's rule.
   *
   * @param c the leaf, with a rule, applicable to the unit
   * @param claim the unit's claim for it, if any
   * @return the evaluation
   */
  Evaluation evaluate(Criterion c, Optional<Claim> claim) {
    ScoringRule rule = c.getRule().orElseThrow();
    Points max = c.getMaxPoints();
    if (rule instanceof Judgement) {
      return judgement(max, claim);
    } else if (rule instanceof DiscretionaryDeduction d) {
      return discretionary(d, max, claim);
    } else if (rule instanceof TieredCredit t) {
      return tiered(t, max);
    } else if (rule instanceof AllOrNothing a) {
      return allOrNothing(a, max);
    } else if (rule instanceof PerOccurrence p) {
      return perOccurrence(p, max);
    } else if (rule instanceof ThresholdLadder l) {
      return ladder(l, max);
    } else if (rule instanceof Deduction d) {
      return deduction(d, max);
    } else if (rule instanceof Veto v) {
      return veto(c, v);
    } else if (rule instanceof CountedDeduction d) {
      return counted(d, max, claim);
    }
    throw new AssertionError("a rule kind the sealed ScoringRule does not permit: " + rule);
  }

  private static Evaluation judgement(Points max, Optional<Claim> claim) {
    Points awarded = claim.map(Claim::points).orElse(Points.ZERO).atMost(max);
    return new Evaluation(awarded, List.of(), lostIfAny(max, awarded,
        Reason.of("lost.judgement", awarded, max)));
  }

  private static Evaluation discretionary(DiscretionaryDeduction d, Points max,
      Optional<Claim> claim) {
    Points awarded = claim.map(Claim::points).orElse(max).atMost(max);
    String narrative = claim.map(Claim::narrative).orElse("").strip();
    String cut = narrative.length() <= REASON_SHOWN ? narrative
        : narrative.substring(0, REASON_SHOWN) + "…";
    return new Evaluation(awarded, List.of(), lostIfAny(max, awarded,
        Reason.of("lost.discretionary", max.minusFloorZero(awarded), d.minDeduction(),
            d.maxDeduction(), cut)));
  }

  private Evaluation tiered(TieredCredit t, Points max) {
    MeasureValue v = measure(t.measure());
    BigDecimal share = v.value().multiply(BigDecimal.valueOf(100))
        .divide(t.target(), Points.DIVISION_CONTEXT);
    Optional<CreditTier> tier = t.tiers().stream()
        .filter(x -> share.compareTo(x.atLeastPercent()) >= 0).findFirst();
    Points awarded = tier.map(x -> TieredCredit.earned(max, x)).orElse(Points.ZERO)
        .atMost(max);
    BigDecimal credit = tier.map(CreditTier::creditPercent).orElse(BigDecimal.ZERO);
    return new Evaluation(awarded, List.of(v), lostIfAny(max, awarded,
        Reason.of("lost.tiered", v.label(), plain(v.value()), plain(t.target()),
            percent(share), plain(credit), awarded, max), v));
  }

  private Evaluation allOrNothing(AllOrNothing a, Points max) {
    MeasureValue v = measure(a.condition().measure());
    boolean holds = holds(a.condition(), v);
    Points awarded = holds ? max : Points.ZERO;
    Reason reason = v.type() == MeasureType.FLAG && !isFact(a.condition().measure())
        ? Reason.of("lost.flag", v.label())
        : Reason.of("lost.condition", v.label(), shown(a.condition().measure(), v),
            symbol(a.condition().comparison()), RuleText.operand(a.condition()));
    return new Evaluation(awarded, List.of(v), lostIfAny(max, awarded, reason, v));
  }

  private Evaluation perOccurrence(PerOccurrence p, Points max) {
    MeasureValue v = measure(p.measure());
    Points awarded = p.pointsEach().times(v.value()).atMost(max);
    return new Evaluation(awarded, List.of(v), lostIfAny(max, awarded,
        Reason.of("lost.perOccurrence", v.label(), plain(v.value()), p.pointsEach(),
            awarded, max), v));
  }

  private Evaluation ladder(ThresholdLadder l, Points max) {
    MeasureValue v = measure(l.measure());
    Points awarded = l.rungs().stream()
        .filter(r -> v.value().compareTo(r.atLeast()) >= 0)
        .findFirst().map(Rung::points).orElse(Points.ZERO).atMost(max);
    return new Evaluation(awarded, List.of(v), lostIfAny(max, awarded,
        Reason.of("lost.ladder", v.label(), plain(v.value()), awarded,
            plain(l.rungs().get(0).atLeast())), v));
  }

  private Evaluation deduction(Deduction d, Points max) {
    List<MeasureValue> values = new ArrayList<>();
    List<LostPoints> lost = new ArrayList<>();
    Points deducted = Points.ZERO;
    // what is left to lose: the deficiencies take it in declared order, so the lines never add up
    // to more than the maximum (扣完为止)
    Points left = max;
    for (Deficiency f : d.deficiencies()) {
      MeasureValue v = measure(f.measure());
      values.add(v);
      Points minus = f.pointsEach().times(f.comparison().shortfall(v.value(), f.bound()));
      if (!minus.isZero()) {
        deducted = deducted.plus(minus);
        Points taken = minus.atMost(left);
        left = left.minusFloorZero(taken);
        Reason why = taken.equals(minus)
            ? Reason.of("lost.deficiency", f.code(), f.reason(), v.label(), plain(v.value()),
                symbol(f.comparison()), plain(f.bound()))
            : Reason.of("lost.deficiencyFloor", f.code(), f.reason(), v.label(),
                plain(v.value()), symbol(f.comparison()), plain(f.bound()), minus, taken);
        lost.add(new LostPoints(taken, why, Optional.of(f.code()), List.of(v), Optional.empty(),
            taken.equals(minus) ? Optional.empty() : Optional.of(minus)));
      }
    }
    return new Evaluation(max.minusFloorZero(deducted), values, lost);
  }

  /**
   * A counted deduction: the claim's counts (a reviewer's, after an adjustment), each found
   * deficiency listed with its count, the points due and the points lost, the lost ones allocated
   * in declared order until the maximum is used up.
   */
  private static Evaluation counted(CountedDeduction d, Points max, Optional<Claim> claim) {
    DeficiencyCounts counts = claim.map(Claim::deficiencies).orElse(DeficiencyCounts.NONE);
    List<LostPoints> lost = new ArrayList<>();
    for (CountedDeduction.Line line : d.lines(max, counts)) {
      if (line.count() > 0) {
        CountedDeficiency f = line.deficiency();
        lost.add(new LostPoints(line.lost(), Reason.of("lost.counted", f.code(), f.reason(),
            line.count(), f.pointsEach(), line.due(), line.lost()), Optional.of(f.code()),
            List.of(), Optional.of(line.count()), Optional.of(line.due())));
      }
    }
    return new Evaluation(d.points(max, counts), List.of(), lost);
  }

  private Evaluation veto(Criterion c, Veto v) {
    MeasureValue value = measure(v.triggeredWhen().measure());
    Condition when = v.triggeredWhen();
    Optional<VetoFinding> finding = Optional.empty();
    if (holds(when, value)) {
      finding = Optional.of(new VetoFinding(Optional.of(c.getCode()),
          Texts.ofLocalized("veto.condition", c.getTitle(), value.label(),
              shown(when.measure(), value), symbol(when.comparison()), RuleText.operand(when)),
          List.of(value), v.effect(), v.capBand()));
    }
    return new Evaluation(Points.ZERO, List.of(value), List.of(), finding);
  }

  /** Whether a condition holds for a value: written values are read as the fact's numbers. */
  private boolean holds(Condition cond, MeasureValue v) {
    if (!cond.comparison().isOnWrittenValues()) {
      return cond.comparison().test(v.value(), cond.bound());
    }
    DeclaredFact fact = facts.get(factCode(cond.measure()));
    List<BigDecimal> operands = cond.values().stream()
        .map(w -> Facts.operand(fact, w, evidence.year()).orElseThrow()).toList();
    return cond.comparison() == Comparison.ONE_OF
        ? operands.stream().anyMatch(o -> o.compareTo(v.value()) == 0)
        : cond.comparison().test(v.value(), operands.get(0));
  }

  /** A value as the report shows it: a fact as its unit wrote it, a measure as a number. */
  private String shown(MeasureRef ref, MeasureValue v) {
    return isFact(ref) ? factValues.getOrDefault(factCode(ref), "–") : plain(v.value());
  }

  private static boolean isFact(MeasureRef ref) {
    return ref.name().value().startsWith(DeclaredFact.MEASURE_PREFIX);
  }

  private static String factCode(MeasureRef ref) {
    return ref.name().value().substring(DeclaredFact.MEASURE_PREFIX.length());
  }

  /**
   * A declared fact's value as a measure (see {@link Facts}): the fact's title as its label, its
   * number as the value; a fact not given (refused before scoring) reads 0.
   */
  private MeasureValue fact(MeasureRef ref) {
    DeclaredFact fact = facts.get(factCode(ref));
    BigDecimal value = Optional.ofNullable(factValues.get(fact.getCode()))
        .flatMap(w -> Facts.read(fact, w)).orElse(BigDecimal.ZERO);
    MeasureType type = switch (fact.getType()) {
      case FLAG -> MeasureType.FLAG;
      case AMOUNT_YUAN -> MeasureType.YUAN;
      case COUNT, DATE, CHOICE -> MeasureType.COUNT;
    };
    LocalizedText unit = fact.getUnit().map(u -> LocalizedText.of(u, u))
        .orElseGet(() -> Texts.of("fact.unit." + fact.getType().name()));
    return new MeasureValue(ref, fact.getTitle(), value, type, unit);
  }

  private MeasureValue measure(MeasureRef ref) {
    if (isFact(ref)) {
      return fact(ref);
    }
    if (ref.query().isPresent()) {
      // the filtered measures' branch, as the rule evaluator had it when they were added
      FilteredMeasure f = FilteredMeasure.of(ref.query().get());
      return new MeasureValue(ref, f.label(), f.apply(evidence), f.type(), f.unit());
    }
    Measure m = registry.find(ref.name()).orElseThrow();
    EvidenceInYear counted = ref.parameters().isCountingOnlyTheYear() ? evidence
        : evidence.anyYear();
    return new MeasureValue(ref, Texts.measure(ref), m.apply(counted, ref.parameters()),
        m.getType(), m.getUnit());
  }

  private static List<LostPoints> lostIfAny(Points max, Points awarded, Reason reason,
      MeasureValue... used) {
    Points lost = max.minusFloorZero(awarded);
    return lost.isZero() ? List.of()
        : List.of(new LostPoints(lost, reason, Optional.empty(), List.of(used)));
  }

  /** A share in percent for the report: at most two decimals, rounded half up for display. */
  private static String percent(BigDecimal share) {
    return plain(share.setScale(2, RoundingMode.HALF_UP));
  }
}
