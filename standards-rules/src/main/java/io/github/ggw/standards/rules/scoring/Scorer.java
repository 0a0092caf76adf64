package io.github.ggw.standards.rules.scoring;

import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.internal.PointsSum;
import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.rules.measure.EvidenceInYear;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a self-assessment against its standard (评分器), giving a {@link ScoreReport} or the
 * problems that stop scoring.
 *
 * <p>Semantics (docs/scoring.md in full): computable rules score from evidence and never
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
 * <p>This class walks the criterion tree, compares claims with computed points and caches what
 * depends on the standard only; each leaf's rule is evaluated by a {@code RuleEvaluator}, and
 * the composite, bonus, rounding, band and eligibility come from {@code Composite} (both
 * package-private).
 *
 * <p>Immutable and thread-safe: build one and share it. A call's working state lives in one
 * {@code Run} and never escapes it.
 */
public final class Scorer {
  private final MeasureRegistry registry;

  /**
   * What depends on the standard only, compiled once per standard (by identity; weak keys, so
   * standards that are no longer used are let go): the {@link ScoringPlan}, with the measure
   * findings, the flattened tree, the bound measures, the rule texts and the prepared checks.
   */
  private final LoadingCache<Standard, ScoringPlan> plans;

  /**
   * The standard scored last and its plan, tried by identity before the cache: a batch scores one
   * standard over and over. It keeps one standard reachable (as the plan of an accepted standard
   * does anyway, through its checks) and nothing of an assessment.
   */
  private volatile Last last;

  /** A standard and its plan. */
  private record Last(Standard standard, ScoringPlan plan) {}

  private Scorer(MeasureRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.plans = CacheBuilder.newBuilder().weakKeys().maximumSize(256)
        .build(CacheLoader.from(s -> ScoringPlan.compile(s, this.registry)));
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
   * This scorer over another registry of measures, such as the built-in ones plus an embedder's
   * own ({@code Scorer.create().withMeasures(MeasureRegistry.builtIn().with(mine))}). The
   * per-standard data this scorer prepared is not shared: it depends on the measures.
   *
   * @param registry the measures rules may name, not null
   * @return a new scorer; this one is unchanged
   */
  public Scorer withMeasures(MeasureRegistry registry) {
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
   *     scoring: measures the registry refuses, and every {@link AssessmentChecker} error; the
   *     measures see only the evidence that counts ({@code rules.check.Plausibility}: a repeat is
   *     counted once, implausible records not at all)
   */
  public Result<ScoreReport> score(Standard standard, SelfAssessment assessment) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(assessment, "assessment");
    Last seen = last;
    ScoringPlan plan;
    if (seen != null && seen.standard == standard) {
      plan = seen.plan;
    } else {
      plan = plans.getUnchecked(standard);
      last = new Last(standard, plan);
    }
    List<Problem> problems = new ArrayList<>(plan.findings);
    if (plan.refused) {
      // the registry refused a measure: the findings hold an error, and the checks add theirs
      problems.addAll(AssessmentChecker.screen(standard, assessment, registry).problems());
      return Result.<ScoreReport>refused(problems);
    }
    // the checks match the claims with the claimable items (tree order, as the plan numbers
    // them): the run takes the matches instead of matching again
    int[] matched = new int[plan.claimable.length];
    AssessmentChecker.Screened screened = plan.screening.screen(assessment, matched);
    problems.addAll(screened.problems());
    for (Problem p : problems) {
      if (p.isError()) {
        return Result.<ScoreReport>refused(problems);
      }
    }
    return Result.of(new Run(standard, plan, screened.counted(), matched, problems).report());
  }

  /** One scoring run: mutable working state confined to a single call. */
  private static final class Run {
    private final Standard standard;
    private final ScoringPlan plan;
    private final SelfAssessment assessment;
    private final EvidenceInYear evidence;
    private final RuleEvaluator evaluator;
    private final Composite composite;
    private final UnitType type;
    /** The assessment's claims. */
    private final List<Claim> given;
    /**
     * The checks' matches: by a claimable leaf's position ({@link ScoringPlan.Node#claimPosition}),
     * the position of its claim in {@link #given}, -1 where none.
     */
    private final int[] matched;
    private final List<ItemResult> items;
    private final List<VetoFinding> vetoes = new ArrayList<>();
    private final List<Problem> warnings;
    private final List<Points> bonuses = new ArrayList<>();
    private final List<LocalizedText> keyFailures = new ArrayList<>();
    /**
     * The regular and key items scored from their rules that lost points: their node indices,
     * in tree order (the order they are scored in), the first {@link #gapCount}.
     */
    private final int[] gapAt;
    /** The points each of {@link #gapAt} lost (its line's {@link ItemResult#pointsLost()}). */
    private final Points[] gapLost;
    /**
     * The sum of the points the claims give ({@link Claim#givenPoints()}), added up while the
     * claims are matched (exact sums do not depend on the order of their terms, in value nor in
     * scale): the claimed sum then adds the figures of the claims that leave their points to
     * their counts, {@link #countedSlots}.
     */
    private final PointsSum givenSum = new PointsSum();
    /** The slots of the claims that give no points, in tree order. */
    private final int[] countedSlots;
    /** How many of {@link #countedSlots} are used. */
    private int counted;
    /** How many of {@link #gapAt} are used: the number of gaps. */
    private int gapCount;
    /** The applicable maximum of the node {@link #visit} scored last. */
    private Points applicableMax;

    /**
     * A run over an assessment the checks passed (no error): every claim names a different
     * claimable item that applies to the unit, and each such item has one.
     *
     * @param matched by claimable item in tree order ({@link ScoringPlan#claimable}), the
     *     position of its claim in the assessment, -1 where none (the checks' matches, {@link
     *     AssessmentChecker.Screening#screen(SelfAssessment, int[])})
     */
    Run(Standard standard, ScoringPlan plan, SelfAssessment assessment, int[] matched,
        List<Problem> warnings) {
      this.standard = standard;
      this.plan = plan;
      this.assessment = assessment;
      this.evidence = EvidenceInYear.of(assessment.getYear(), assessment.getEvidence());
      this.evaluator = new RuleEvaluator(plan, evidence);
      this.composite = plan.composite;
      this.type = assessment.getUnit().type();
      // room for the checks' warnings and one per claimable item (a claim that differs from its
      // computed points): the list is not grown and copied as the items are scored
      this.warnings = new ArrayList<>(warnings.size() + plan.claimable.length);
      this.warnings.addAll(warnings);
      this.items = new ArrayList<>(plan.nodes.length);
      this.matched = matched;
      this.gapAt = new int[plan.nodes.length];
      this.gapLost = new Points[plan.nodes.length];
      List<Claim> given = assessment.getClaims();
      this.given = given;
      int[] inTreeOrder = plan.claimable;
      int[] countedAt = null;
      for (int k = 0; k < inTreeOrder.length; k++) {
        int i = matched[k];
        if (i < 0) {
          continue;
        }
        Claim claim = given.get(i);
        // (every claim is matched: the sum of what they give, and the slots of those that leave
        // their points to their counts, in tree order; an exact sum does not depend on the
        // order of its terms, in value nor in scale)
        if (claim.pointsGiven()) {
          givenSum.add(claim.points());
        } else {
          if (countedAt == null) {
            countedAt = new int[inTreeOrder.length - k];
          }
          countedAt[counted++] = inTreeOrder[k];
        }
      }
      this.countedSlots = countedAt;
    }

    ScoreReport report() {
      List<DimensionResult> dims = new ArrayList<>();
      for (int d : plan.dimensions) {
        Points awarded = visit(d, false);
        ScoringPlan.Node n = plan.nodes[d];
        if (n.budgeted) {
          dims.add(composite.dimension(n, awarded, applicableMax));
        }
      }
      Composite.Totals t = composite.totals(dims, bonuses, vetoes, keyFailures, evidence);
      // a counted deduction's claim may leave its points to its counts: they count as what the
      // counts give (the item's figure)
      // (the sum of what the claims give was made as they were matched; an unknown code that
      // gives no points adds nothing)
      for (int k = 0; k < counted; k++) {
        givenSum.add(items.get(countedSlots[k]).awarded());
      }
      Points claimed = givenSum.points();
      return new ScoreReport(assessment.getUnit(), standard.getId(), standard.getVersion(),
          assessment.getYear(), standard.getNotApplicableMode(), items, dims, t.composite(),
          t.bonus(), t.total(), t.rounded(), plan.scale, plan.maximumTotal,
          t.band(), t.vetoes(), t.eligibility(), claimed, gaps(), warnings);
    }

    private List<Gap> gaps() {
      // the regular and key items scored from their rules (computed or claimed) that lost
      // points, as leaf() kept them in tree order: every other item has none kept
      int[] at = gapAt;
      Points[] lost = gapLost;
      int count = gapCount;
      // most points lost first, then by code (its rank in the plan: the same order); a stable
      // sort, as the list's sort is
      int[] order = GapOrder.order(lost, at, plan.codeRank, count);
      // (a builder filled to its expected size hands its array to the list: no copy)
      ImmutableList.Builder<Gap> out = ImmutableList.builderWithExpectedSize(count);
      for (int k = 0; k < count; k++) {
        // (the code and title of the item's line are its node's)
        ScoringPlan.Node n = plan.nodes[at[order[k]]];
        out.add(new Gap(n.code, n.title, lost[order[k]]));
      }
      return out.build();
    }

    /**
     * Scores a node and everything below it, filling their lines.
     *
     * @return the node's points; its applicable maximum is left in {@link #applicableMax}
     */
    private Points visit(int index, boolean parentNotApplicable) {
      ScoringPlan.Node n = plan.nodes[index];
      items.add(null);
      boolean notApplicable = parentNotApplicable || n.isNotApplicableTo(type);
      Points result;
      if (!n.isLeaf()) {
        // exact sums in long arithmetic while they fit: the same value and scale as Points.plus
        PointsSum awardedSum = new PointsSum();
        PointsSum maxSum = new PointsSum();
        for (int child : n.children) {
          Points childAwarded = visit(child, notApplicable);
          if (plan.nodes[child].budgeted) {
            awardedSum.add(childAwarded);
            maxSum.add(applicableMax);
          }
        }
        Points awarded = awardedSum.points().atMost(n.max);
        items.set(index, line(n, awarded, FigureSource.SUBTOTAL, Optional.empty(),
            ClaimComparison.NOT_CLAIMED, Optional.empty(), ImmutableList.of(),
            ImmutableList.of()));
        applicableMax = maxSum.points();
        result = awarded;
      } else if (notApplicable) {
        boolean full = standard.getNotApplicableMode() == NotApplicableMode.FULL_POINTS;
        Points awarded = full ? n.max : Points.ZERO;
        items.set(index, line(n, awarded,
            full ? FigureSource.NOT_APPLICABLE_FULL_POINTS : FigureSource.NOT_APPLICABLE_EXCLUDED,
            Optional.empty(), ClaimComparison.NOT_CLAIMED, n.ruleText, ImmutableList.of(),
            ImmutableList.of()));
        applicableMax = full ? n.max : Points.ZERO;
        result = awarded;
      } else {
        result = leaf(n, index);
      }
      if (n.kind == CriterionKind.KEY && !notApplicable
          && result.compareTo(n.max) < 0) {
        keyFailures.add(Texts.of("ineligible.key", n.code, result, n.max));
      }
      return result;
    }

    /** Scores a leaf from its rule; its applicable maximum (its own) is left in applicableMax. */
    private Points leaf(ScoringPlan.Node n, int index) {
      // (the leaf's claim, if any: a leaf of a code claimed at an earlier leaf has none)
      int at = n.claimPosition < 0 ? -1 : matched[n.claimPosition];
      Claim claim = at < 0 ? null : given.get(at);
      RuleEvaluator.Evaluation e = evaluator.evaluate(n, claim);
      if (e.veto().isPresent()) {
        vetoes.add(e.veto().get());
      }
      ClaimComparison cmp = ClaimComparison.NOT_CLAIMED;
      Optional<Points> claimedPoints = Optional.empty();
      if (claim != null) {
        Points points = claim.pointsGiven() ? claim.points() : e.awarded();
        claimedPoints = Optional.of(points);
        int order = points.compareTo(e.awarded());
        cmp = order == 0 ? ClaimComparison.MATCHES
            : order > 0 ? ClaimComparison.OVER_CLAIM : ClaimComparison.UNDER_CLAIM;
        if (order != 0) {
          String stated = String.valueOf(claim.points());
          warnings.add(Problem.of(order > 0 ? ProblemCode.CLAIM_OVER_COMPUTED
              : ProblemCode.CLAIM_UNDER_COMPUTED, n.claimPlace(at), stated, n.code.value(), stated,
              String.valueOf(e.awarded())));
        }
      }
      FigureSource source = n.rule.isComputed() ? FigureSource.COMPUTED : FigureSource.CLAIMED;
      if (n.kind == CriterionKind.REGULAR || n.kind == CriterionKind.KEY) {
        // what the item's line will say it lost (ItemResult.pointsLost), kept for the gaps
        // (the rule's own difference where it made one: the same value and scale)
        Points lost = e.lostTotal() != null ? e.lostTotal()
            : n.max.minusFloorZero(e.awarded());
        if (!lost.isZero()) {
          gapAt[gapCount] = index;
          gapLost[gapCount] = lost;
          gapCount++;
        }
      }
      items.set(index, line(n, e.awarded(), source, claimedPoints, cmp, n.ruleText,
          e.measures(), e.lost()));
      if (n.kind == CriterionKind.BONUS) {
        bonuses.add(e.awarded());
      }
      applicableMax = n.max;
      return e.awarded();
    }

    private static ItemResult line(ScoringPlan.Node n, Points awarded, FigureSource source,
        Optional<Points> claimed, ClaimComparison cmp, Optional<LocalizedText> rule,
        List<MeasureValue> measures, List<LostPoints> lost) {
      return new ItemResult(n.code, n.title, n.kind, n.depth, n.max, awarded, source, claimed,
          cmp, rule, measures, lost);
    }
  }

}
