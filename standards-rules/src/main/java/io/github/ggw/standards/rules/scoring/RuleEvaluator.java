package io.github.ggw.standards.rules.scoring;

import static io.github.ggw.standards.rules.internal.Texts.plain;
import static io.github.ggw.standards.rules.scoring.RuleText.symbol;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.rule.AllOrNothing;
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
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.Facts;
import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.rules.measure.EvidenceInYear;
import io.github.ggw.standards.rules.measure.MeasureType;
import io.github.ggw.standards.rules.measure.MeasureValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the rule of one leaf item against one assessment (单项评分): the points the rule
 * gives, the measure values it read, the reason for every lost point, and a triggered veto.
 *
 * <p>One method per rule kind of the sealed {@link ScoringRule}. Judgement, discretionary
 * deduction and counted deduction take the (already checked) claim (the last its counts); every other kind reads measures over the evidence
 * and never the claim. Points are clamped to {@code [0, max]} here; comparing the claim with the
 * result, and everything above the leaf, is the caller's. The measures come bound from the
 * {@link ScoringPlan} (no lookup by name) and read the run's evidence index; a reference several
 * rules name is computed once per run (its value, and its one-element list, shared by those
 * rules' lines). Built per scoring run (it holds that run's evidence, declared facts' values and
 * the values computed so far) and confined to it: not thread-safe.
 */
final class RuleEvaluator {
  /** The longest written reason of a discretionary deduction quoted in the report, in chars. */
  private static final int REASON_SHOWN = 200;

  private final EvidenceInYear evidence;
  private final ScoringPlan plan;
  /** The written value of each declared fact, by the plan's fact slot; null when not given. */
  private final String[] factValues;
  /**
   * Each measure reference's value, by its slot in the plan ({@link ScoringPlan.Bound#slot}),
   * computed when a rule first reads it in this run; null until then.
   */
  private final MeasureValue[] values;
  /** Each slot's value as a one-element list ({@link #read}); null until asked. */
  private final List<MeasureValue>[] reads;

  /**
   * An evaluator over one assessment's evidence, under a compiled standard.
   *
   * @param plan the standard compiled, not refused (every measure bound)
   * @param evidence the assessment's evidence, counted for its year, indexed by kind
   */
  RuleEvaluator(ScoringPlan plan, EvidenceInYear evidence) {
    this.plan = plan;
    this.evidence = evidence;
    this.factValues = new String[plan.facts.length];
    this.values = new MeasureValue[plan.measureSlots];
    @SuppressWarnings("unchecked")
    List<MeasureValue>[] lists = new List[plan.measureSlots];
    this.reads = lists;
    if (factValues.length > 0) {
      for (FactValue f : evidence.list(FactValue.class)) {
        Integer slot = plan.factSlots.get(f.code());
        if (slot != null && factValues[slot] == null) {
          factValues[slot] = f.value();
        }
      }
    }
  }

  /**
   * What a rule gave a leaf: the evaluator's one answer, filled anew by each {@link #evaluate}
   * (a run reads it before it evaluates the next leaf), so that a leaf costs no object of its
   * own for it.
   */
  static final class Evaluation {
    private Points awarded;
    private List<MeasureValue> measures;
    private List<LostPoints> lost;
    private Optional<VetoFinding> veto;
    private Points lostTotal;

    private Evaluation() {}

    /** The points, in {@code [0, max]}. */
    Points awarded() {
      return awarded;
    }

    /** The measure values read, in the rule's order (an immutable list). */
    List<MeasureValue> measures() {
      return measures;
    }

    /** The lost points with their reasons; empty when nothing was lost. */
    List<LostPoints> lost() {
      return lost;
    }

    /** The veto the rule triggered, for a veto rule whose condition holds. */
    Optional<VetoFinding> veto() {
      return veto;
    }

    /**
     * {@code max.minusFloorZero(awarded)} where the rule worked it out (the very value, scale
     * included), else null.
     */
    Points lostTotal() {
      return lostTotal;
    }
  }

  /** The one answer {@link #evaluate} fills. */
  private final Evaluation answer = new Evaluation();

  private Evaluation answer(Points awarded, List<MeasureValue> measures, List<LostPoints> lost,
      Optional<VetoFinding> veto, Points lostTotal) {
    Evaluation e = answer;
    e.awarded = awarded;
    e.measures = measures;
    e.lost = lost;
    e.veto = veto;
    e.lostTotal = lostTotal;
    return e;
  }

  private Evaluation answer(Points awarded, List<MeasureValue> measures, List<LostPoints> lost) {
    return answer(awarded, measures, lost, Optional.empty(), null);
  }

  private Evaluation answer(Points awarded, List<MeasureValue> measures, List<LostPoints> lost,
      Optional<VetoFinding> veto) {
    return answer(awarded, measures, lost, veto, null);
  }

  private Evaluation answer(Points awarded, List<MeasureValue> measures, List<LostPoints> lost,
      Points lostTotal) {
    return answer(awarded, measures, lost, Optional.empty(), lostTotal);
  }

  /**
   * Evaluates a leaf's rule.
   *
   * @param n the leaf, with a rule, applicable to the unit
   * @param claim the unit's claim for it, or null
   * @return the evaluator's answer, filled anew by the next call
   */
  Evaluation evaluate(ScoringPlan.Node n, Claim claim) {
    ScoringRule rule = n.rule;
    Points max = n.max;
    if (rule instanceof Judgement) {
      return judgement(max, claim);
    } else if (rule instanceof DiscretionaryDeduction d) {
      return discretionary(d, max, claim);
    } else if (rule instanceof TieredCredit t) {
      return tiered(t, max, n.measures[0]);
    } else if (rule instanceof AllOrNothing a) {
      return allOrNothing(a, max, n);
    } else if (rule instanceof PerOccurrence p) {
      return perOccurrence(p, max, n.measures[0]);
    } else if (rule instanceof ThresholdLadder l) {
      return ladder(l, max, n.measures[0]);
    } else if (rule instanceof Deduction d) {
      return deduction(d, max, n.measures);
    } else if (rule instanceof Veto v) {
      return veto(n, v);
    } else if (rule instanceof CountedDeduction d) {
      return counted(d, max, claim);
    }
    throw new AssertionError("a rule kind the sealed ScoringRule does not permit: " + rule);
  }

  /** A judgement: the claim's points, none without a claim ({@code claim} may be null). */
  private Evaluation judgement(Points max, Claim claim) {
    Points awarded = (claim == null ? Points.ZERO : claim.points()).atMost(max);
    Points lost = max.minusFloorZero(awarded);
    if (lost.isZero()) {
      return answer(awarded, ImmutableList.of(), ImmutableList.of(), lost);
    }
    return answer(awarded, ImmutableList.of(), lostOne(lost,
        Reason.fresh("lost.judgement", awarded, max), ImmutableList.of()), lost);
  }

  private Evaluation discretionary(DiscretionaryDeduction d, Points max,
      Claim claim) {
    // (the full points without a claim; {@code claim} may be null)
    Points awarded = (claim == null ? max : claim.points()).atMost(max);
    Points lost = max.minusFloorZero(awarded);
    if (lost.isZero()) {
      return answer(awarded, ImmutableList.of(), ImmutableList.of(), lost);
    }
    String narrative = claim == null ? "" : claim.narrative().strip();
    String cut = narrative.length() <= REASON_SHOWN ? narrative
        : narrative.substring(0, REASON_SHOWN) + "…";
    return answer(awarded, ImmutableList.of(), lostOne(lost,
        Reason.fresh("lost.discretionary", lost, d.minDeduction(),
            d.maxDeduction(), cut), ImmutableList.of()), lost);
  }

  private Evaluation tiered(TieredCredit t, Points max, ScoringPlan.Bound b) {
    MeasureValue v = measure(b);
    List<MeasureValue> read = read(b, v);
    BigDecimal share = v.value().multiply(BigDecimal.valueOf(100))
        .divide(t.target(), Points.DIVISION_CONTEXT);
    // the first tier the share reaches, if any (by index: no stream per call)
    CreditTier tier = null;
    List<CreditTier> tiers = t.tiers();
    for (int i = 0, n = tiers.size(); i < n; i++) {
      if (share.compareTo(tiers.get(i).atLeastPercent()) >= 0) {
        tier = tiers.get(i);
        break;
      }
    }
    Points awarded = (tier == null ? Points.ZERO : TieredCredit.earned(max, tier)).atMost(max);
    Points lost = max.minusFloorZero(awarded);
    if (lost.isZero()) {
      return answer(awarded, read, ImmutableList.of(), lost);
    }
    BigDecimal credit = tier == null ? BigDecimal.ZERO : tier.creditPercent();
    return answer(awarded, read, lostOne(lost,
        Reason.fresh("lost.tiered", v.label(), v.value(), t.target(),
            percent(share), credit, awarded, max), read), lost);
  }

  private Evaluation allOrNothing(AllOrNothing a, Points max, ScoringPlan.Node n) {
    ScoringPlan.Bound b = n.measures[0];
    MeasureValue v = measure(b);
    List<MeasureValue> read = read(b, v);
    boolean holds = holds(a.condition(), b, v);
    Points awarded = holds ? max : Points.ZERO;
    Points lost = max.minusFloorZero(awarded);
    if (lost.isZero()) {
      return answer(awarded, read, ImmutableList.of(), lost);
    }
    Reason reason = v.type() == MeasureType.FLAG && !b.isFact()
        ? Reason.fresh("lost.flag", v.label())
        : Reason.fresh("lost.condition", v.label(), shownInReason(b, v),
            symbol(a.condition().comparison()), n.operand);
    return answer(awarded, read, lostOne(lost, reason, read), lost);
  }

  private Evaluation perOccurrence(PerOccurrence p, Points max, ScoringPlan.Bound b) {
    MeasureValue v = measure(b);
    List<MeasureValue> read = read(b, v);
    Points awarded = p.pointsEach().times(v.value()).atMost(max);
    Points lost = max.minusFloorZero(awarded);
    if (lost.isZero()) {
      return answer(awarded, read, ImmutableList.of(), lost);
    }
    return answer(awarded, read, lostOne(lost,
        Reason.fresh("lost.perOccurrence", v.label(), v.value(), p.pointsEach(),
            awarded, max), read), lost);
  }

  private Evaluation ladder(ThresholdLadder l, Points max, ScoringPlan.Bound b) {
    MeasureValue v = measure(b);
    List<MeasureValue> read = read(b, v);
    Points reached = Points.ZERO;
    // (by index: no iterator per call)
    List<Rung> rungs = l.rungs();
    for (int i = 0, n = rungs.size(); i < n; i++) {
      Rung r = rungs.get(i);
      if (v.value().compareTo(r.atLeast()) >= 0) {
        reached = r.points();
        break;
      }
    }
    Points awarded = reached.atMost(max);
    Points lost = max.minusFloorZero(awarded);
    if (lost.isZero()) {
      return answer(awarded, read, ImmutableList.of(), lost);
    }
    return answer(awarded, read, lostOne(lost,
        Reason.fresh("lost.ladder", v.label(), v.value(), awarded,
            l.rungs().get(0).atLeast()), read), lost);
  }

  private Evaluation deduction(Deduction d, Points max, ScoringPlan.Bound[] bound) {
    // (lists made to their size, which the line keeps as they are: a builder filled to its
    // expected size hands its array to the list; the lost points' list only when one is lost)
    ImmutableList.Builder<MeasureValue> values = ImmutableList.builderWithExpectedSize(
        bound.length);
    ImmutableList.Builder<LostPoints> lost = null;
    Points deducted = Points.ZERO;
    // what is left to lose: the deficiencies take it in declared order, so the lines never add up
    // to more than the maximum (扣完为止)
    Points left = max;
    for (int i = 0; i < bound.length; i++) {
      Deficiency f = d.deficiencies().get(i);
      MeasureValue v = measure(bound[i]);
      values.add(v);
      Points minus = f.pointsEach().times(f.comparison().shortfall(v.value(), f.bound()));
      if (!minus.isZero()) {
        deducted = deducted.plus(minus);
        Points taken = minus.atMost(left);
        left = left.minusFloorZero(taken);
        Reason why = taken.equals(minus)
            ? Reason.fresh("lost.deficiency", f.code(), f.reason(), v.label(), v.value(),
                symbol(f.comparison()), f.bound())
            : Reason.fresh("lost.deficiencyFloor", f.code(), f.reason(), v.label(),
                v.value(), symbol(f.comparison()), f.bound(), minus, taken);
        if (lost == null) {
          lost = ImmutableList.builderWithExpectedSize(bound.length - i);
        }
        lost.add(new LostPoints(taken, why, Optional.of(f.code()), read(bound[i], v),
            Optional.empty(),
            taken.equals(minus) ? Optional.empty() : Optional.of(minus)));
      }
    }
    return answer(max.minusFloorZero(deducted), values.build(),
        lost == null ? ImmutableList.of() : lost.build());
  }

  /**
   * A counted deduction: the claim's counts (a reviewer's, after an adjustment), each found
   * deficiency listed with its count, the points due and the points lost, the lost ones allocated
   * in declared order until the maximum is used up.
   */
  private Evaluation counted(CountedDeduction d, Points max, Claim claim) {
    // (no counts without a claim; {@code claim} may be null)
    DeficiencyCounts counts = claim == null ? DeficiencyCounts.NONE : claim.deficiencies();
    List<LostPoints> lost = new ArrayList<>();
    for (CountedDeduction.Line line : d.lines(max, counts)) {
      if (line.count() > 0) {
        CountedDeficiency f = line.deficiency();
        lost.add(new LostPoints(line.lost(), Reason.fresh("lost.counted", f.code(), f.reason(),
            line.count(), f.pointsEach(), line.due(), line.lost()), Optional.of(f.code()),
            List.of(), Optional.of(line.count()), Optional.of(line.due())));
      }
    }
    return answer(d.points(max, counts), ImmutableList.of(), lost);
  }

  private Evaluation veto(ScoringPlan.Node n, Veto v) {
    ScoringPlan.Bound b = n.measures[0];
    MeasureValue value = measure(b);
    Condition when = v.triggeredWhen();
    Optional<VetoFinding> finding = Optional.empty();
    if (holds(when, b, value)) {
      finding = Optional.of(new VetoFinding(Optional.of(n.code),
          Texts.ofLocalized("veto.condition", n.title, value.label(),
              shown(b, value), symbol(when.comparison()), n.operand),
          read(b, value), v.effect(), v.capBand()));
    }
    return answer(Points.ZERO, read(b, value), ImmutableList.of(), finding);
  }

  /** Whether a condition holds for a value: written values are read as the fact's numbers. */
  private boolean holds(Condition cond, ScoringPlan.Bound b, MeasureValue v) {
    if (!cond.comparison().isOnWrittenValues()) {
      return cond.comparison().test(v.value(), cond.bound());
    }
    DeclaredFact fact = b.fact();
    List<BigDecimal> operands = cond.values().stream()
        .map(w -> Facts.operand(fact, w, evidence.year()).orElseThrow()).toList();
    return cond.comparison() == Comparison.ONE_OF
        ? operands.stream().anyMatch(o -> o.compareTo(v.value()) == 0)
        : cond.comparison().test(v.value(), operands.get(0));
  }

  /**
   * {@link #shown} as a reason's argument: a measure's value as the decimal itself, which the
   * reason shows as its plain text when its text is asked for ({@link Reason}).
   */
  private Object shownInReason(ScoringPlan.Bound b, MeasureValue v) {
    return b.isFact() ? shown(b, v) : v.value();
  }

  /** A value as the report shows it: a fact as its unit wrote it, a measure as a number. */
  private String shown(ScoringPlan.Bound b, MeasureValue v) {
    if (b.isFact()) {
      String written = factValues[b.factSlot()];
      return written == null ? "–" : written;
    }
    return plain(v.value());
  }

  /**
   * A bound measure's value: a measure over the counted evidence (of the year, or of every year
   * for a measure given {@code withinYear = false}), or a declared fact's value (see {@link
   * Facts}): the fact's title as its label, its number as the value; a fact not given (refused
   * before scoring) reads 0.
   */
  private MeasureValue measure(ScoringPlan.Bound b) {
    MeasureValue known = values[b.slot()];
    if (known != null) {
      return known;
    }
    MeasureValue v;
    if (b.isFact()) {
      BigDecimal value = Optional.ofNullable(factValues[b.factSlot()])
          .flatMap(w -> Facts.read(b.fact(), w)).orElse(BigDecimal.ZERO);
      v = new MeasureValue(b.ref(), b.label(), value, b.type(), b.unit());
    } else {
      EvidenceInYear counted = b.onlyTheYear() ? evidence : evidence.anyYear();
      v = new MeasureValue(b.ref(), b.label(), b.value().apply(counted), b.type(), b.unit());
    }
    values[b.slot()] = v;
    return v;
  }

  /**
   * The one value a rule of one measure read, as the evaluation's list: one list per reference
   * and run, shared by the rules that name it (an immutable list of an immutable value).
   */
  private List<MeasureValue> read(ScoringPlan.Bound b, MeasureValue v) {
    List<MeasureValue> known = reads[b.slot()];
    if (known == null) {
      known = ImmutableList.of(v);
      reads[b.slot()] = known;
    }
    return known;
  }

  /**
   * The one line of a rule that lost points, {@code max − awarded} of them (computed by the
   * caller, not zero), with its reason (built only then: a rule that loses nothing renders no
   * figure of its reason) and the measure values it read (the evaluation's own immutable list).
   */
  private static List<LostPoints> lostOne(Points lost, Reason reason,
      List<MeasureValue> used) {
    // (the rule's own list of the values it read: an immutable list is kept as it is)
    return ImmutableList.of(new LostPoints(lost, reason, Optional.empty(), used));
  }

  /** A share in percent for the report: at most two decimals, rounded half up for display. */
  private static String percent(BigDecimal share) {
    return plain(share.setScale(2, RoundingMode.HALF_UP));
  }
}
