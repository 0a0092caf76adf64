package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.measure.EvidenceInYear;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureType;
import io.github.ggw.standards.rules.measure.MeasureValue;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scores a self-assessment against its standard (评分器), giving a {@link ScoreReport} or the
 * problems that stop scoring.
 *
 * <p>Semantics (DESIGN.md, Settled semantics): computable rules score from evidence and never
 * from the claim; judgement rules take the checked claim. Items are clamped to {@code [0, max]};
 * a node's points are the sum of its regular and key children's. The composite is the sum of
 * dimension scores, or with weights {@code Σ score ÷ applicable max × weight}; not-applicable
 * items are handled by the standard's mode (rescale by score rate to the nominal maximum, full
 * points, or plain exclusion). Bonus points, capped per item and for the standard, are added
 * after the composite. All arithmetic is exact (DECIMAL128 for divisions); only the total is
 * rounded, once, and the rating, veto floor and eligibility read the rounded total. A veto keeps
 * the points and removes eligibility; its declared effect forces the lowest band (the default),
 * caps the band, or leaves it. Eligibility also needs every prerequisite designation of the
 * standard to be held ({@code designation} evidence of any date).
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class Scorer {
  /** The longest written reason of a discretionary deduction quoted in the report, in chars. */
  private static final int REASON_SHOWN = 200;
  private final MeasureRegistry registry;

  /**
   * What depends on the standard only, computed once per standard (by identity; weak keys, so
   * standards that are no longer used are let go): the measure findings and the rule texts.
   */
  private final LoadingCache<Standard, Prepared> prepared;

  private Scorer(MeasureRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.prepared = CacheBuilder.newBuilder().weakKeys().maximumSize(256)
        .build(CacheLoader.from(this::prepare));
  }

  /** The per-standard part of scoring. */
  private record Prepared(List<Problem> measureFindings, Map<CriterionCode, LocalizedText> rules) {}

  private Prepared prepare(Standard standard) {
    Map<CriterionCode, LocalizedText> rules = new HashMap<>();
    standard.allCriteria().forEach(c -> c.getRule().ifPresent(r ->
        rules.put(c.getCode(), RuleText.describe(r, c.getMaxPoints()))));
    return new Prepared(List.copyOf(registry.check(standard)), rules);
  }

  /**
   * A scorer over the built-in measures.
   *
   * @return the scorer
   */
  public static Scorer create() {
    return new Scorer(MeasureRegistry.builtIn());
  }

  /**
   * A scorer over a given registry of measures.
   *
   * @param registry the measures rules may name, not null
   * @return the scorer
   */
  public static Scorer withMeasures(MeasureRegistry registry) {
    return new Scorer(registry);
  }

  /**
   * The measures this scorer evaluates.
   *
   * @return the registry
   */
  public MeasureRegistry getMeasures() {
    return registry;
  }

  /**
   * Scores an assessment.
   *
   * @param standard the standard, not null
   * @param assessment the self-assessment, not null
   * @return the report with its warnings, or the problems (at least one error) that stopped
   *     scoring: measures the registry refuses, and every {@link AssessmentChecker} error
   */
  public Result<ScoreReport> score(Standard standard, SelfAssessment assessment) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(assessment, "assessment");
    Prepared p = prepared.getUnchecked(standard);
    List<Problem> problems = new ArrayList<>(p.measureFindings());
    problems.addAll(AssessmentChecker.check(standard, assessment));
    if (problems.stream().anyMatch(Problem::isError)) {
      return Result.<ScoreReport>refused(problems);
    }
    return Result.of(new Run(standard, assessment, problems, p.rules()).report());
  }

  /** One scoring run: mutable working state confined to a single call. */
  private final class Run {
    private final Standard standard;
    private final SelfAssessment assessment;
    private final EvidenceInYear evidence;
    private final UnitType type;
    private final Map<CriterionCode, Integer> claimIndex = new HashMap<>();
    private final List<ItemResult> items = new ArrayList<>();
    private final List<VetoFinding> vetoes = new ArrayList<>();
    private final List<Problem> warnings;
    private final List<Points> bonuses = new ArrayList<>();
    private final List<LocalizedText> keyFailures = new ArrayList<>();
    private final Map<CriterionCode, LocalizedText> rules;

    Run(Standard standard, SelfAssessment assessment, List<Problem> warnings,
        Map<CriterionCode, LocalizedText> rules) {
      this.standard = standard;
      this.rules = rules;
      this.assessment = assessment;
      this.evidence = EvidenceInYear.of(assessment.getYear(), assessment.getEvidence());
      this.type = assessment.getUnit().type();
      this.warnings = new ArrayList<>(warnings);
      for (int i = 0; i < assessment.getClaims().size(); i++) {
        claimIndex.put(assessment.getClaims().get(i).code(), i);
      }
    }

    ScoreReport report() {
      NotApplicableMode mode = standard.getNotApplicableMode();
      List<DimensionResult> dims = new ArrayList<>();
      for (Criterion d : standard.getDimensions()) {
        NodeScore s = visit(d, 0, false);
        if (d.isBudgeted()) {
          dims.add(dimension(d, s, mode));
        }
      }
      BigDecimal composite = composite(dims, mode);
      Points bonus = bonuses.stream().reduce(Points.ZERO, Points::plus)
          .atMost(standard.getBonusCap());
      Points total = Points.of(composite).plus(bonus);
      Points rounded = total.roundTo(standard.getPrecision(), standard.getRounding());
      standard.getVetoBelow().filter(floor -> rounded.compareTo(floor) < 0).ifPresent(floor ->
          vetoes.add(new VetoFinding(Optional.empty(),
              Texts.of("veto.floor", rounded, floor), List.of())));
      Rating band = standard.bandFor(rounded).rating();
      Rating lowest = standard.lowestBand().rating();
      for (VetoFinding v : vetoes) {
        band = v.apply(band, lowest);
      }
      Points claimed = assessment.getClaims().stream().map(Claim::points)
          .reduce(Points.ZERO, Points::plus);
      return new ScoreReport(assessment.getUnit(), standard.getId(), standard.getVersion(),
          assessment.getYear(), mode, items, dims, composite, bonus, total, rounded,
          standard.nominalMax(), standard.maximumTotal(), band, vetoes,
          eligibility(rounded), claimed, gaps(), warnings);
    }

    private DimensionResult dimension(Criterion d, NodeScore s, NotApplicableMode mode) {
      BigDecimal contribution = s.awarded.toBigDecimal();
      if (d.getWeight().isPresent()) {
        Points denominator = mode == NotApplicableMode.EXCLUDE ? d.getMaxPoints() : s.applicableMax;
        contribution = denominator.isZero() ? BigDecimal.ZERO
            : s.awarded.toBigDecimal().multiply(d.getWeight().get())
                .divide(denominator.toBigDecimal(), Points.DIVISION_CONTEXT);
      }
      return new DimensionResult(d.getCode(), d.getTitle(), s.awarded, s.applicableMax,
          d.getMaxPoints(), d.getWeight(), contribution);
    }

    private BigDecimal composite(List<DimensionResult> dims, NotApplicableMode mode) {
      BigDecimal sum = dims.stream().map(DimensionResult::contribution)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (mode != NotApplicableMode.RESCALE) {
        return sum;
      }
      BigDecimal nominal = standard.nominalMax().toBigDecimal();
      // Rescale by score rate (合理缺项按得分率折算): what applies is scaled up to the nominal max.
      BigDecimal applicable = dims.stream()
          .map(d -> d.weight().isPresent()
              ? (d.applicableMax().isZero() ? BigDecimal.ZERO : d.weight().get())
              : d.applicableMax().toBigDecimal())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (applicable.signum() == 0) {
        return BigDecimal.ZERO;
      }
      if (applicable.compareTo(nominal) == 0) {
        return sum;
      }
      BigDecimal scaled = sum.multiply(nominal).divide(applicable, Points.DIVISION_CONTEXT);
      return scaled.min(nominal);
    }

    private Eligibility eligibility(Points rounded) {
      List<LocalizedText> reasons = new ArrayList<>();
      if (rounded.compareTo(standard.getCertificationThreshold()) < 0) {
        reasons.add(Texts.of("ineligible.threshold", rounded,
            standard.getCertificationThreshold()));
      }
      reasons.addAll(keyFailures);
      for (DesignationKind needed : standard.getPrerequisites()) {
        if (evidence.anyYear().all(DesignationHeld.class).noneMatch(d -> d.kind() == needed)) {
          reasons.add(Texts.ofLocalized("ineligible.prerequisite",
              Labels.of(needed)));
        }
      }
      if (!vetoes.isEmpty()) {
        reasons.add(Texts.of("ineligible.veto"));
      }
      return new Eligibility(reasons.isEmpty(), standard.getCertificationThreshold(), reasons);
    }

    private List<Gap> gaps() {
      return items.stream()
          .filter(i -> i.source() == FigureSource.COMPUTED || i.source() == FigureSource.CLAIMED)
          .filter(i -> i.kind() == CriterionKind.REGULAR || i.kind() == CriterionKind.KEY)
          .filter(i -> !i.pointsLost().isZero())
          .sorted(Comparator.comparing(ItemResult::pointsLost).reversed()
              .thenComparing(ItemResult::code))
          .map(i -> new Gap(i.code(), i.title(), i.pointsLost()))
          .collect(Collectors.toList());
    }

    private NodeScore visit(Criterion c, int depth, boolean parentNotApplicable) {
      int index = items.size();
      items.add(null);
      boolean notApplicable = parentNotApplicable || c.isNotApplicableTo(type);
      NodeScore result;
      if (!c.isLeaf()) {
        Points awarded = Points.ZERO;
        Points applicableMax = Points.ZERO;
        for (Criterion child : c.getChildren()) {
          NodeScore s = visit(child, depth + 1, notApplicable);
          if (child.isBudgeted()) {
            awarded = awarded.plus(s.awarded);
            applicableMax = applicableMax.plus(s.applicableMax);
          }
        }
        awarded = awarded.atMost(c.getMaxPoints());
        items.set(index, line(c, depth, awarded, FigureSource.SUBTOTAL, Optional.empty(),
            ClaimComparison.NOT_CLAIMED, Optional.empty(), List.of(), List.of()));
        result = new NodeScore(awarded, applicableMax);
      } else if (notApplicable) {
        boolean full = standard.getNotApplicableMode() == NotApplicableMode.FULL_POINTS;
        Points awarded = full ? c.getMaxPoints() : Points.ZERO;
        items.set(index, line(c, depth, awarded,
            full ? FigureSource.NOT_APPLICABLE_FULL_POINTS : FigureSource.NOT_APPLICABLE_EXCLUDED,
            Optional.empty(), ClaimComparison.NOT_CLAIMED, describe(c), List.of(),
            List.of()));
        result = new NodeScore(awarded, full ? c.getMaxPoints() : Points.ZERO);
      } else {
        result = leaf(c, depth, index);
      }
      if (c.getKind() == CriterionKind.KEY && !notApplicable
          && result.awarded.compareTo(c.getMaxPoints()) < 0) {
        keyFailures.add(Texts.of("ineligible.key", c.getCode(), result.awarded,
            c.getMaxPoints()));
      }
      return result;
    }

    private NodeScore leaf(Criterion c, int depth, int index) {
      ScoringRule rule = c.getRule().orElseThrow();
      Optional<Claim> claim = Optional.ofNullable(claimIndex.get(c.getCode()))
          .map(i -> assessment.getClaims().get(i));
      Evaluation e = evaluate(c, rule, claim);
      ClaimComparison cmp = ClaimComparison.NOT_CLAIMED;
      if (claim.isPresent()) {
        int order = claim.get().points().compareTo(e.awarded);
        cmp = order == 0 ? ClaimComparison.MATCHES
            : order > 0 ? ClaimComparison.OVER_CLAIM : ClaimComparison.UNDER_CLAIM;
        if (order != 0) {
          Location at = Location.pointer("/claims/" + claimIndex.get(c.getCode()) + "/points")
              .withCriterion(c.getCode());
          warnings.add(Problem.of(order > 0 ? ProblemCode.CLAIM_OVER_COMPUTED
              : ProblemCode.CLAIM_UNDER_COMPUTED, at, String.valueOf(claim.get().points()), String.valueOf(c.getCode()),
              String.valueOf(claim.get().points()), String.valueOf(e.awarded)));
        }
      }
      FigureSource source = rule.isComputed() ? FigureSource.COMPUTED : FigureSource.CLAIMED;
      items.set(index, line(c, depth, e.awarded, source, claim.map(Claim::points), cmp,
          describe(c), e.measures, e.lost));
      if (c.getKind() == CriterionKind.BONUS) {
        bonuses.add(e.awarded);
      }
      return new NodeScore(e.awarded, c.getMaxPoints());
    }

    private Evaluation evaluate(Criterion c, ScoringRule rule, Optional<Claim> claim) {
      Points max = c.getMaxPoints();
      if (rule instanceof Judgement) {
        Points awarded = claim.map(Claim::points).orElse(Points.ZERO).atMost(max);
        return new Evaluation(awarded, List.of(), lostIfAny(max, awarded,
            Reason.of("lost.judgement", awarded, max)));
      }
      if (rule instanceof DiscretionaryDeduction d) {
        Points awarded = claim.map(Claim::points).orElse(max).atMost(max);
        String narrative = claim.map(Claim::narrative).orElse("").strip();
        String cut = narrative.length() <= REASON_SHOWN ? narrative
            : narrative.substring(0, REASON_SHOWN) + "…";
        return new Evaluation(awarded, List.of(), lostIfAny(max, awarded,
            Reason.of("lost.discretionary", max.minusFloorZero(awarded), d.minDeduction(),
                d.maxDeduction(), cut)));
      }
      if (rule instanceof TieredCredit t) {
        MeasureValue v = measure(t.measure());
        BigDecimal share = v.value().multiply(BigDecimal.valueOf(100))
            .divide(t.target(), Points.DIVISION_CONTEXT);
        Optional<CreditTier> tier = t.tiers().stream()
            .filter(x -> share.compareTo(x.atLeastPercent()) >= 0).findFirst();
        Points awarded = tier.map(x -> TieredCredit.earned(max, x)).orElse(Points.ZERO)
            .atMost(max);
        BigDecimal credit = tier.map(CreditTier::creditPercent)
            .orElse(BigDecimal.ZERO);
        return new Evaluation(awarded, List.of(v), lostIfAny(max, awarded,
            Reason.of("lost.tiered", v.label(), plain(v.value()), plain(t.target()),
                percent(share), plain(credit), awarded, max), v));
      }
      if (rule instanceof AllOrNothing a) {
        MeasureValue v = measure(a.condition().measure());
        boolean holds = a.condition().comparison().test(v.value(), a.condition().bound());
        Points awarded = holds ? max : Points.ZERO;
        Reason reason = v.type() == MeasureType.FLAG
            ? Reason.of("lost.flag", v.label())
            : Reason.of("lost.condition", v.label(), plain(v.value()),
                symbol(a.condition().comparison()), plain(a.condition().bound()));
        return new Evaluation(awarded, List.of(v), lostIfAny(max, awarded, reason, v));
      }
      if (rule instanceof PerOccurrence p) {
        MeasureValue v = measure(p.measure());
        Points awarded = p.pointsEach().times(v.value()).atMost(max);
        return new Evaluation(awarded, List.of(v), lostIfAny(max, awarded,
            Reason.of("lost.perOccurrence", v.label(), plain(v.value()), p.pointsEach(),
                awarded, max), v));
      }
      if (rule instanceof ThresholdLadder l) {
        MeasureValue v = measure(l.measure());
        Points awarded = l.rungs().stream()
            .filter(r -> v.value().compareTo(r.atLeast()) >= 0)
            .findFirst().map(Rung::points).orElse(Points.ZERO).atMost(max);
        return new Evaluation(awarded, List.of(v), lostIfAny(max, awarded,
            Reason.of("lost.ladder", v.label(), plain(v.value()), awarded,
                plain(l.rungs().get(0).atLeast())), v));
      }
      if (rule instanceof Deduction d) {
        List<MeasureValue> values = new ArrayList<>();
        List<LostPoints> lost = new ArrayList<>();
        Points deducted = Points.ZERO;
        for (Deficiency f : d.deficiencies()) {
          MeasureValue v = measure(f.measure());
          values.add(v);
          Points minus = f.pointsEach().times(f.comparison().shortfall(v.value(), f.bound()));
          if (!minus.isZero()) {
            deducted = deducted.plus(minus);
            lost.add(new LostPoints(minus, Reason.of("lost.deficiency", f.code(),
                f.reason(), v.label(), plain(v.value()), symbol(f.comparison()),
                plain(f.bound())), Optional.of(f.code()), List.of(v)));
          }
        }
        return new Evaluation(max.minusFloorZero(deducted), values, lost);
      }
      Veto v = (Veto) rule;
      MeasureValue value = measure(v.triggeredWhen().measure());
      Condition when = v.triggeredWhen();
      if (when.comparison().test(value.value(), when.bound())) {
        vetoes.add(new VetoFinding(Optional.of(c.getCode()),
            Texts.ofLocalized("veto.condition", c.getTitle(), value.label(),
                plain(value.value()), symbol(when.comparison()), plain(when.bound())),
            List.of(value), v.effect(), v.capBand()));
      }
      return new Evaluation(Points.ZERO, List.of(value), List.of());
    }

    private MeasureValue measure(MeasureRef ref) {
      Measure m = registry.find(ref.name()).orElseThrow();
      EvidenceInYear counted = ref.parameters().countsOnlyTheYear() ? evidence
          : evidence.anyYear();
      return new MeasureValue(ref, Texts.measure(ref), m.apply(counted, ref.parameters()),
          m.getType(), m.getUnit());
    }

    private Optional<LocalizedText> describe(Criterion c) {
      return Optional.ofNullable(rules.get(c.getCode()));
    }

    private ItemResult line(Criterion c, int depth, Points awarded, FigureSource source,
        Optional<Points> claimed, ClaimComparison cmp, Optional<LocalizedText> rule,
        List<MeasureValue> measures, List<LostPoints> lost) {
      return new ItemResult(c.getCode(), c.getTitle(), c.getKind(), depth, c.getMaxPoints(),
          awarded, source, claimed, cmp, rule, measures, lost);
    }
  }

  private static List<LostPoints> lostIfAny(Points max, Points awarded, Reason reason,
      MeasureValue... used) {
    Points lost = max.minusFloorZero(awarded);
    return lost.isZero() ? List.of()
        : List.of(new LostPoints(lost, reason, Optional.empty(), List.of(used)));
  }

  /** A share in percent for the report: at most two decimals, rounded half up for display. */
  static String percent(BigDecimal share) {
    return plain(share.setScale(2, RoundingMode.HALF_UP));
  }


  static String plain(BigDecimal v) {
    return Texts.plain(v);
  }

  static String symbol(Comparison c) {
    return c == Comparison.AT_LEAST ? "≥" : "≤";
  }

  private record NodeScore(Points awarded, Points applicableMax) {}

  private record Evaluation(Points awarded, List<MeasureValue> measures, List<LostPoints> lost) {}
}
