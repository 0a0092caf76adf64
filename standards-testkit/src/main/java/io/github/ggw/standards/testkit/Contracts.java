package io.github.ggw.standards.testkit;

import static io.github.ggw.standards.testkit.ContractCheck.require;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.rules.scoring.FigureSource;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;

/**
 * The contracts every scorer of this family keeps (评分契约), as reusable checks on a tester's
 * own standard and own scoring function. Each check generates assessments for the standard with
 * {@link Generators}, runs the scoring function, and throws a {@link ContractViolation} with a
 * shrunk counterexample when the contract breaks.
 *
 * <p>The contracts: the standard loads without errors and its bands cover the whole range; the
 * total stays within {@code [0, maximum + bonus cap]}; adding evidence never lowers the points of
 * items whose rules do not deduct; removing evidence never raises the points of deduction items
 * (a deficiency only grows); the order of claims and evidence does not matter; rounding happens
 * once (the rounded total is the rounded sum of the unrounded composite and bonus); the JSON
 * round trip is the identity; scoring is deterministic; claims never score a computed item
 * (judged kinds, counted deductions among them, are exempt).
 *
 * <pre>{@code
 * Contracts.forStandardFile(Files.readAllBytes(Path.of("my-sheet.json"))).checkAll();
 * Contracts.forStandard(mySheet).scoredBy(myService::score).withExamples(200).checkAll();
 * }</pre>
 *
 * <p>Immutable; each {@code with…} method returns a new instance.
 */
public final class Contracts {
  private static final StandardsJson JSON = StandardsJson.create();

  private final Standard standard;
  private final ScoringFunction scoring;
  private final AssessmentCodec codec;
  private final int examples;
  private final long seed;

  private Contracts(Standard standard, ScoringFunction scoring, AssessmentCodec codec,
      int examples, long seed) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.scoring = Objects.requireNonNull(scoring, "scoring");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.examples = examples;
    this.seed = seed;
  }

  /**
   * Contracts for a standard, scored by the library's {@link Scorer}.
   *
   * @param standard the standard, not null
   * @return the contracts (200 examples each, seed 2022)
   */
  public static Contracts forStandard(Standard standard) {
    Scorer scorer = Scorer.create();
    return new Contracts(standard, scorer::score, AssessmentCodec.json(JSON), 200, 2022);
  }

  /**
   * Contracts for a standard file in JSON; the first contract, that it loads without errors, is
   * checked here.
   *
   * @param json the file's bytes, not null
   * @return the contracts
   * @throws ContractViolation if the standard does not load, with its problems
   */
  public static Contracts forStandardFile(byte[] json) {
    Result<Standard> read = JSON.readStandard(json);
    if (!read.isValid()) {
      throw new ContractViolation("standardLoads", read.problems(), null);
    }
    return forStandard(read.orElseThrow());
  }

  /**
   * The same contracts checked on another scoring function.
   *
   * @param function the function, not null
   * @return new contracts
   */
  public Contracts scoredBy(ScoringFunction function) {
    return new Contracts(standard, function, codec, examples, seed);
  }

  /**
   * The same contracts with another way of writing and reading assessments.
   *
   * @param newCodec the codec, not null
   * @return new contracts
   */
  public Contracts codedBy(AssessmentCodec newCodec) {
    return new Contracts(standard, scoring, newCodec, examples, seed);
  }

  /**
   * The same contracts with another number of generated examples.
   *
   * @param count examples per contract, 1 to 100,000
   * @return new contracts
   */
  public Contracts withExamples(int count) {
    if (count < 1 || count > 100_000) {
      throw new io.github.ggw.standards.model.StandardsException(
          "examples must be 1 to 100000: " + count, String.valueOf(count));
    }
    return new Contracts(standard, scoring, codec, count, seed);
  }

  /**
   * The same contracts with another seed (the same seed generates the same examples).
   *
   * @param newSeed the seed
   * @return new contracts
   */
  public Contracts withSeed(long newSeed) {
    return new Contracts(standard, scoring, codec, examples, newSeed);
  }

  /**
   * Checks every contract in turn.
   *
   * @throws ContractViolation at the first broken contract
   */
  public void checkAll() {
    standardLoadsAndBandsCoverTheRange();
    totalWithinBounds();
    addingEvidenceNeverLowersNonDeductingItems();
    addingDeficiencyNeverRaisesDeductionItems();
    orderDoesNotMatter();
    roundsOnce();
    jsonRoundTripIsIdentity();
    deterministic();
    claimsNeverScoreComputedItems();
  }

  /**
   * Claims never score a computed item: the same assessment with every claim on a computed item
   * at 0 and at the item's maximum gives every item whose figure is computed the same points as
   * the assessment as it is. Claims on judged items (judgement, discretionary deduction and
   * counted deduction, whose rules are not {@link ScoringRule#isComputed() computed}: their figure
   * is the claim) keep their value: the contract exempts them.
   *
   * @throws ContractViolation if not
   */
  public void claimsNeverScoreComputedItems() {
    check("claimsNeverScoreComputedItems", Generators.assessments(standard), a -> {
      Map<String, Points> as = computed(report(a));
      Map<String, Points> zero = computed(report(claimsOnComputed(a, false)));
      Map<String, Points> max = computed(report(claimsOnComputed(a, true)));
      require(as.equals(zero) && as.equals(max), "computed points moved with the claims: "
          + as + " / claims at 0: " + zero + " / claims at the maximum: " + max);
    });
  }

  /** The assessment with every claim on a computed item at 0, or at the item's maximum. */
  private SelfAssessment claimsOnComputed(SelfAssessment a, boolean atMax) {
    return ImmutableSelfAssessment.copyOf(a).withClaims(a.getClaims().stream().map(c ->
        standard.find(c.code()).filter(item -> item.getRule().map(ScoringRule::isComputed)
            .orElse(false)).map(item -> new Claim(c.code(), atMax ? item.getMaxPoints()
            : Points.ZERO, c.narrative())).orElse(c)).toList());
  }

  /** The points of the items whose figure is computed, by code. */
  private static Map<String, Points> computed(ScoreReport r) {
    Map<String, Points> m = new HashMap<>();
    r.items().stream().filter(i -> i.source() == FigureSource.COMPUTED)
        .forEach(i -> m.put(i.code().value(), i.awarded()));
    return m;
  }

  /**
   * The standard has no error findings (structure and measures), survives a JSON round trip,
   * and its rating bands start at 0, rise strictly and stay within the highest total.
   *
   * @throws ContractViolation if not
   */
  public void standardLoadsAndBandsCoverTheRange() {
    List<Problem> errors = new ArrayList<>(MeasureRegistry.builtIn().check(standard));
    errors.addAll(standard.getFindings());
    errors.removeIf(p -> !p.isError());
    Result<Standard> back = JSON.readStandard(JSON.writeStandard(standard)
        .getBytes(StandardCharsets.UTF_8));
    if (!errors.isEmpty() || !back.isValid()) {
      throw new ContractViolation("standardLoads", errors.isEmpty() ? back.problems() : errors,
          null);
    }
    List<RatingBand> bands = standard.getRatingBands();
    boolean covers = !bands.isEmpty() && bands.get(0).lowerBound().isZero();
    for (int i = 1; i < bands.size(); i++) {
      covers &= bands.get(i).lowerBound().compareTo(bands.get(i - 1).lowerBound()) > 0;
    }
    covers &= bands.get(bands.size() - 1).lowerBound().compareTo(standard.getMaximumTotal()) <= 0;
    if (!covers) {
      throw new ContractViolation("bandsCoverTheRange", bands, null);
    }
  }

  /**
   * Every total, rounded or not, and every item stays within bounds.
   *
   * @throws ContractViolation if not
   */
  public void totalWithinBounds() {
    check("totalWithinBounds", Generators.assessments(standard), a -> {
      ScoreReport r = report(a);
      require(r.total().compareTo(standard.getMaximumTotal()) <= 0
          && r.roundedTotal().compareTo(standard.getMaximumTotal()) <= 0,
          "total " + r.total() + " above " + standard.getMaximumTotal());
      for (ItemResult i : r.items()) {
        require(i.awarded().compareTo(i.maxPoints()) <= 0, i.code() + " above its maximum");
        // never more lost than the maximum, and never more on a line than it was due
        Points lost = i.lost().stream().map(l -> l.points()).reduce(Points.ZERO, Points::plus);
        require(lost.compareTo(i.maxPoints()) <= 0, i.code() + " lost " + lost + " of "
            + i.maxPoints());
        i.lost().forEach(l -> require(l.due().map(d -> l.points().compareTo(d) <= 0)
            .orElse(true), i.code() + " lost more than due on " + l.reasonCode()));
      }
    });
  }

  /**
   * Adding a piece of evidence never lowers the points of an item whose rule does not deduct
   * (all-or-nothing "at least", per-occurrence and ladders over monotone measures). A piece with
   * the identity of one already given (evidence-kind registry) is not added: it would repeat or
   * contradict that record, which the plausibility pre-pass reports (see {@code
   * rules.check.Plausibility}).
   *
   * @throws ContractViolation if not
   */
  public void addingEvidenceNeverLowersNonDeductingItems() {
    Gen<Object[]> pairs = in -> new Object[] {Generators.assessments(standard).generate(in),
        Generators.evidence(Generators.YEAR).generate(in)};
    check("addingEvidenceNeverLowers", pairs, p -> {
      SelfAssessment a = (SelfAssessment) p[0];
      List<Object> identity = EvidenceGenerators.identity((Evidence) p[1]);
      if (a.getEvidence().stream().map(EvidenceGenerators::identity).anyMatch(identity::equals)) {
        return;
      }
      List<Evidence> more = new ArrayList<>(a.getEvidence());
      more.add((Evidence) p[1]);
      Map<String, Points> before = points(report(a));
      Map<String, Points> after = points(report(ImmutableSelfAssessment.copyOf(a)
          .withEvidence(more)));
      standard.getAllCriteria().filter(c -> c.getRule().map(Contracts::nonDeducting).orElse(false))
          .forEach(c -> {
            String code = c.getCode().value();
            if (before.containsKey(code)) {
              require(after.get(code).compareTo(before.get(code)) >= 0,
                  code + " fell from " + before.get(code) + " to " + after.get(code));
            }
          });
    });
  }

  /**
   * Removing a piece of evidence (a deficiency grows, for "at least" deficiencies over monotone
   * measures) never raises the points of a deduction item.
   *
   * @throws ContractViolation if not
   */
  public void addingDeficiencyNeverRaisesDeductionItems() {
    check("addingDeficiencyNeverRaises", Generators.assessments(standard), a -> {
      List<Evidence> fewer = new ArrayList<>(a.getEvidence());
      // a declared fact is required, not a deficiency: remove the last other record
      int last = fewer.size() - 1;
      while (last >= 0 && fewer.get(last) instanceof FactValue) {
        last--;
      }
      if (last < 0) {
        return;
      }
      fewer.remove(last);
      Map<String, Points> before = points(report(a));
      Map<String, Points> after = points(report(ImmutableSelfAssessment.copyOf(a)
          .withEvidence(fewer)));
      standard.getAllCriteria().filter(c -> c.getRule().orElse(null) instanceof Deduction d
              && d.deficiencies().stream().allMatch(f -> f.comparison() == Comparison.AT_LEAST))
          .forEach(c -> {
            String code = c.getCode().value();
            if (before.containsKey(code)) {
              require(after.get(code).compareTo(before.get(code)) <= 0,
                  code + " rose from " + before.get(code) + " to " + after.get(code));
            }
          });
    });
  }

  /**
   * Shuffling claims and evidence changes nothing in the items, totals, rating or eligibility.
   *
   * @throws ContractViolation if not
   */
  public void orderDoesNotMatter() {
    check("orderDoesNotMatter", Generators.assessments(standard), a -> {
      List<Claim> claims = new ArrayList<>(a.getClaims());
      List<Evidence> evidence = new ArrayList<>(a.getEvidence());
      Random random = new Random(31L * claims.size() + evidence.size());
      Collections.shuffle(claims, random);
      Collections.shuffle(evidence, random);
      ScoreReport x = report(a);
      ScoreReport y = report(ImmutableSelfAssessment.copyOf(a).withClaims(claims)
          .withEvidence(evidence));
      require(x.items().equals(y.items()) && x.total().equals(y.total())
          && x.roundedTotal().equals(y.roundedTotal()) && x.rating() == y.rating()
          && x.eligibility().equals(y.eligibility()), "the order changed the report");
    });
  }

  /**
   * The rounded total is the sum of the unrounded composite and bonus, rounded once with the
   * standard's precision and mode.
   *
   * @throws ContractViolation if not
   */
  public void roundsOnce() {
    check("roundsOnce", Generators.assessments(standard), a -> {
      ScoreReport r = report(a);
      Points once = Points.of(r.composite()).plus(r.bonus())
          .roundTo(standard.getPrecision(), standard.getRounding());
      require(r.roundedTotal().equals(once), "rounded " + r.roundedTotal() + " but once gives "
          + once);
    });
  }

  /**
   * Writing an assessment with the codec (JSON unless {@link #codedBy} says otherwise) and
   * reading it back gives an equal assessment.
   *
   * @throws ContractViolation if not
   */
  public void jsonRoundTripIsIdentity() {
    check("jsonRoundTripIsIdentity", Generators.assessments(standard), a -> {
      Result<SelfAssessment> back = codec.read(codec.write(a));
      require(back.isValid() && back.orElseThrow().equals(a), "round trip gave " + back);
    });
  }

  /**
   * Scoring the same assessment twice gives equal outcomes.
   *
   * @throws ContractViolation if not
   */
  public void deterministic() {
    check("deterministic", Generators.assessments(standard), a -> {
      ScoreReport x = report(a);
      ScoreReport y = report(a);
      require(x.equals(y), "two runs differ");
    });
  }

  // ---------------------------------------------------------------- helpers

  private ScoreReport report(SelfAssessment a) {
    Result<ScoreReport> o = scoring.score(standard, a);
    require(o.isValid(), "a valid assessment was refused: " + o.problems());
    return o.value().orElseThrow();
  }

  private static Map<String, Points> points(ScoreReport r) {
    Map<String, Points> m = new HashMap<>();
    r.items().stream().filter(i -> i.kind() != CriterionKind.VETO)
        .forEach(i -> m.put(i.code().value(), i.awarded()));
    return m;
  }

  /** Rules whose points never fall when a measure rises (all built-in measures are monotone). */
  static boolean nonDeducting(ScoringRule rule) {
    if (rule instanceof AllOrNothing a) {
      return a.condition().comparison() == Comparison.AT_LEAST && monotone(a);
    }
    return rule instanceof PerOccurrence || rule instanceof ThresholdLadder
        || rule instanceof io.github.ggw.standards.model.rule.TieredCredit;
  }

  private static boolean monotone(AllOrNothing a) {
    if (a.condition().measure().query().isPresent()) {
      // a count, a sum of a field that is never negative, or a number of different values:
      // more records never lower it
      return true;
    }
    return MeasureRegistry.builtIn().find(a.condition().measure().name())
        .map(m -> m.isMonotone()).orElse(false);
  }

  private <T> void check(String name, Gen<T> gen, Consumer<T> property) {
    ContractCheck.check(name, gen, examples, seed, property);
  }
}
