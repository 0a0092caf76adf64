package io.github.ggw.standards.rules.scoring;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.check.ReferenceAssessmentChecker;
import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.rules.measure.EvidenceInYear;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reference scorer of the differential test: {@code Scorer} as it was before the scoring
 * plan and the evidence index, kept verbatim but for its name (a straightforward walk of the
 * tree per call, rules looked up by name, texts built as it goes). Not to be optimised: it is
 * what the fast path is compared with.
 *
 * <p>Scores a self-assessment against its standard (评分器), giving a {@link ScoreReport} or the
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
final class ReferenceScorer {
  private final MeasureRegistry registry;

  /**
   * What depends on the standard only, computed once per standard (by identity; weak keys, so
   * standards that are no longer used are let go): the measure findings and the rule texts.
   */
  private final LoadingCache<Standard, Prepared> prepared;

  private ReferenceScorer(MeasureRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.prepared = CacheBuilder.newBuilder().weakKeys().maximumSize(256)
        .build(CacheLoader.from(this::prepare));
  }

  /** The per-standard part of scoring. */
  private record Prepared(List<Problem> measureFindings, Map<CriterionCode, LocalizedText> rules) {}

  private Prepared prepare(Standard standard) {
    Map<CriterionCode, LocalizedText> rules = new HashMap<>();
    standard.getAllCriteria().forEach(c -> c.getRule().ifPresent(r ->
        rules.put(c.getCode(), RuleText.describe(r, c.getMaxPoints()))));
    return new Prepared(List.copyOf(registry.check(standard)), rules);
  }

  /**
   * A scorer over the built-in measures.
   *
   * @return the scorer
   */
  static ReferenceScorer create() {
    return new ReferenceScorer(MeasureRegistry.builtIn());
  }

  /**
   * This scorer over another registry of measures, such as the built-in ones plus an embedder's
   * own ({@code Scorer.create().withMeasures(MeasureRegistry.builtIn().with(mine))}). The
   * per-standard data this scorer prepared is not shared: it depends on the measures.
   *
   * @param registry the measures rules may name, not null
   * @return a new scorer; this one is unchanged
   */
  ReferenceScorer withMeasures(MeasureRegistry registry) {
    return new ReferenceScorer(registry);
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
    Prepared p = prepared.getUnchecked(standard);
    List<Problem> problems = new ArrayList<>(p.measureFindings());
    AssessmentChecker.Screened screened =
        ReferenceAssessmentChecker.screen(standard, assessment, registry);
    problems.addAll(screened.problems());
    if (problems.stream().anyMatch(Problem::isError)) {
      return Result.<ScoreReport>refused(problems);
    }
    return Result.of(new Run(standard, screened.counted(), problems, p.rules()).report());
  }

  /** One scoring run: mutable working state confined to a single call. */
  private final class Run {
    private final Standard standard;
    private final SelfAssessment assessment;
    private final EvidenceInYear evidence;
    private final ReferenceRuleEvaluator evaluator;
    private final ReferenceComposite composite;
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
      this.evaluator = new ReferenceRuleEvaluator(registry, evidence, standard.getFacts());
      this.composite = new ReferenceComposite(standard);
      this.type = assessment.getUnit().type();
      this.warnings = new ArrayList<>(warnings);
      for (int i = 0; i < assessment.getClaims().size(); i++) {
        claimIndex.put(assessment.getClaims().get(i).code(), i);
      }
    }

    ScoreReport report() {
      List<DimensionResult> dims = new ArrayList<>();
      for (Criterion d : standard.getDimensions()) {
        NodeScore s = visit(d, 0, false);
        if (d.isBudgeted()) {
          dims.add(composite.dimension(d, s.awarded, s.applicableMax));
        }
      }
      ReferenceComposite.Totals t = composite.totals(dims, bonuses, vetoes, keyFailures, evidence);
      // a counted deduction's claim may leave its points to its counts: they count as what the
      // counts give (the item's figure)
      Map<CriterionCode, Points> figures = new HashMap<>();
      items.forEach(i -> figures.put(i.code(), i.awarded()));
      Points claimed = assessment.getClaims().stream()
          .map(c -> c.givenPoints().orElseGet(() -> figures.getOrDefault(c.code(), Points.ZERO)))
          .reduce(Points.ZERO, Points::plus);
      return new ScoreReport(assessment.getUnit(), standard.getId(), standard.getVersion(),
          assessment.getYear(), standard.getNotApplicableMode(), items, dims, t.composite(),
          t.bonus(), t.total(), t.rounded(), standard.getScale(), standard.getMaximumTotal(),
          t.band(), t.vetoes(), t.eligibility(), claimed, gaps(), warnings);
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
      ReferenceRuleEvaluator.Evaluation e = evaluator.evaluate(c, claim);
      e.veto().ifPresent(vetoes::add);
      ClaimComparison cmp = ClaimComparison.NOT_CLAIMED;
      Optional<Points> claimedPoints = claim.map(x -> x.givenPoints().orElse(e.awarded()));
      if (claim.isPresent()) {
        int order = claimedPoints.get().compareTo(e.awarded());
        cmp = order == 0 ? ClaimComparison.MATCHES
            : order > 0 ? ClaimComparison.OVER_CLAIM : ClaimComparison.UNDER_CLAIM;
        if (order != 0) {
          Location at = Location.pointer("/claims/" + claimIndex.get(c.getCode()) + "/points")
              .withCriterion(c.getCode());
          warnings.add(Problem.of(order > 0 ? ProblemCode.CLAIM_OVER_COMPUTED
              : ProblemCode.CLAIM_UNDER_COMPUTED, at, String.valueOf(claim.get().points()), String.valueOf(c.getCode()),
              String.valueOf(claim.get().points()), String.valueOf(e.awarded())));
        }
      }
      FigureSource source = rule.isComputed() ? FigureSource.COMPUTED : FigureSource.CLAIMED;
      items.set(index, line(c, depth, e.awarded(), source, claimedPoints, cmp,
          describe(c), e.measures(), e.lost()));
      if (c.getKind() == CriterionKind.BONUS) {
        bonuses.add(e.awarded());
      }
      return new NodeScore(e.awarded(), c.getMaxPoints());
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

  private record NodeScore(Points awarded, Points applicableMax) {}
}
