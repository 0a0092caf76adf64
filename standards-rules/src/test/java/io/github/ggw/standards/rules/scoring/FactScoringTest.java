package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.FactType;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.InvalidStandardException;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Declared facts read by rules: the worked examples of docs/measures.md, "Declared facts", on a
 * test sheet written in code (not the bundled standard, whose budgets are full).
 *
 * <p>Sheet (nominal 12): X (5): X.1 ladder on {@code fact.lectures.pupilsReached} (COUNT 人次,
 * 0–100,000): ≥ 500 → 3, ≥ 200 → 2, ≥ 1 → 1; X.2 2 points if {@code fact.plan.status} (CHOICE of
 * DRAFTED, ADOPTED, PUBLISHED) is one of ADOPTED, PUBLISHED. Y (7): Y.1 1 point if {@code
 * fact.counselling.hotline} (FLAG) equals true; Y.2 1 point if {@code fact.plan.adoptedOn} (DATE)
 * is on or before 2022-06-30; Y.3 1 point if the same date is on or after yearStart; Y.4 1 point
 * if {@code fact.funding.elderActivities} (AMOUNT_YUAN) is at least 5000; Y.5 0.5 points per home
 * visit ({@code fact.visits.homes}, COUNT), at most 2; Y.6 1 point if {@code fact.plan.status}
 * equals PUBLISHED.
 */
class FactScoringTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");
  private final Scorer scorer = Scorer.create();

  static Standard sheet() {
    return Standard.builder().id(StandardId.of("facts-sheet")).version(StandardVersion.of("1"))
        .title(text("事实测试表")).issuer(text("测试")).effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.PRIMARY)
        .addFacts(fact("lectures.pupilsReached", FactType.COUNT).title(LocalizedText.of(
            "五老报告会受益学生人次", "pupils reached by the elders' lectures")).unit("人次")
            .min(BigDecimal.ZERO).max(BigDecimal.valueOf(100_000)).build())
        .addFacts(fact("plan.status", FactType.CHOICE).title(LocalizedText.of("五年行动计划状态",
            "state of the five-year action plan")).addChoices("DRAFTED", "ADOPTED", "PUBLISHED")
            .build())
        .addFacts(fact("counselling.hotline", FactType.FLAG).build())
        .addFacts(fact("plan.adoptedOn", FactType.DATE).build())
        .addFacts(fact("funding.elderActivities", FactType.AMOUNT_YUAN).unit("元").build())
        .addFacts(fact("visits.homes", FactType.COUNT).build())
        .addDimensions(node("X", 5, leaf("X.1", "3", new ThresholdLadder(
                MeasureRef.of("fact.lectures.pupilsReached"), List.of(
                    new Rung(BigDecimal.valueOf(500), Points.of(3)),
                    new Rung(BigDecimal.valueOf(200), Points.of(2)),
                    new Rung(BigDecimal.ONE, Points.of(1))))),
            leaf("X.2", "2", when("plan.status", Comparison.ONE_OF, "ADOPTED", "PUBLISHED"))))
        .addDimensions(node("Y", 7,
            leaf("Y.1", "1", when("counselling.hotline", Comparison.EQUALS, "true")),
            leaf("Y.2", "1", when("plan.adoptedOn", Comparison.ON_OR_BEFORE, "2022-06-30")),
            leaf("Y.3", "1", when("plan.adoptedOn", Comparison.ON_OR_AFTER, "yearStart")),
            leaf("Y.4", "1", new AllOrNothing(new Condition(
                MeasureRef.of("fact.funding.elderActivities"), Comparison.AT_LEAST,
                BigDecimal.valueOf(5000)))),
            leaf("Y.5", "2", new PerOccurrence(MeasureRef.of("fact.visits.homes"),
                Points.parse("0.5"))),
            leaf("Y.6", "1", when("plan.status", Comparison.EQUALS, "PUBLISHED"))))
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(6)))
        .certificationThreshold(Points.of(10)).source(SRC).build();
  }

  private static io.github.ggw.standards.model.standard.ImmutableDeclaredFact.Builder fact(
      String code, FactType type) {
    return DeclaredFact.builder().code(code).type(type).title(text(code)).source(SRC);
  }

  private static AllOrNothing when(String fact, Comparison c, String... values) {
    return new AllOrNothing(Condition.onValues(MeasureRef.of("fact." + fact), c,
        List.of(values)));
  }

  private static Criterion node(String code, long max, Criterion... kids) {
    return Criterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.of(max)).source(SRC).addChildren(kids).build();
  }

  private static ImmutableCriterion leaf(String code, String max, ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.parse(max)).rule(rule).source(SRC).build();
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  static SelfAssessment assessment(Map<String, String> facts) {
    List<Evidence> ev = new ArrayList<>();
    facts.forEach((k, v) -> ev.add(new FactValue(k, v)));
    List<Claim> claims = new ArrayList<>();
    for (String c : List.of("X.1", "X.2", "Y.1", "Y.2", "Y.3", "Y.4", "Y.5", "Y.6")) {
      claims.add(new Claim(CriterionCode.of(c), Points.ZERO, ""));
    }
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("T-1"), "测试单位", UnitType.PRIMARY, DistrictCode.of("320412")))
        .standardId(StandardId.of("facts-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022).addAllEvidence(ev).addAllClaims(claims).build();
  }

  private static Map<String, String> facts(String pupils, String status, String hotline,
      String adopted, String funding, String visits) {
    return new java.util.LinkedHashMap<>(Map.of("lectures.pupilsReached", pupils,
        "plan.status", status, "counselling.hotline", hotline, "plan.adoptedOn", adopted,
        "funding.elderActivities", funding, "visits.homes", visits));
  }

  private Points item(ScoreReport r, String code) {
    return r.items().stream().filter(i -> i.code().equals(CriterionCode.of(code)))
        .findFirst().orElseThrow().awarded();
  }

  /** The ladder: 350 → 2 (≥ 200), 800 → 3 (≥ 500), 0 → 0 (below the lowest rung 1). */
  @ParameterizedTest
  @CsvSource({"350, 2", "800, 3", "0, 0", "1, 1", "199, 1", "200, 2", "499, 2", "500, 3",
      "100000, 3"})
  void aCountFactFeedsAThresholdLadder(String pupils, String expected) {
    ScoreReport r = scorer.score(sheet(), assessment(facts(pupils, "DRAFTED", "false",
        "2021-01-01", "0", "0"))).orElseThrow();
    assertThat(item(r, "X.1")).isEqualTo(Points.parse(expected));
  }

  /**
   * The choice: oneOf ADOPTED, PUBLISHED worth 2 (X.2); equals PUBLISHED worth 1 (Y.6).
   * DRAFTED → 0 and 0; ADOPTED → 2 and 0; PUBLISHED → 2 and 1.
   */
  @ParameterizedTest
  @CsvSource({"DRAFTED, 0, 0", "ADOPTED, 2, 0", "PUBLISHED, 2, 1"})
  void aChoiceFactMeetsOneOfAndEquals(String status, String x2, String y6) {
    ScoreReport r = scorer.score(sheet(), assessment(facts("0", status, "false", "2021-01-01",
        "0", "0"))).orElseThrow();
    assertThat(item(r, "X.2")).isEqualTo(Points.parse(x2));
    assertThat(item(r, "Y.6")).isEqualTo(Points.parse(y6));
  }

  /**
   * Flag, date, amount and per-occurrence facts, assessment year 2022 (yearStart = 2022-01-01).
   *
   * <pre>
   * hotline adopted     funding visits | Y.1 Y.2 Y.3 Y.4 Y.5
   * true    2022-06-30  5000    4      | 1   1   1   1   2     (4 × 0.5 = 2, at the cap)
   * false   2022-07-01  4999.99 3      | 0   0   1   0   1.5   (3 × 0.5 = 1.5)
   * true    2021-12-31  5000.00 9      | 1   1   0   1   2     (9 × 0.5 = 4.5, capped at 2)
   * false   2022-01-01  0       0      | 0   1   1   0   0
   * </pre>
   */
  @ParameterizedTest
  @CsvSource({
      "true, 2022-06-30, 5000, 4, 1, 1, 1, 1, 2",
      "false, 2022-07-01, 4999.99, 3, 0, 0, 1, 0, 1.5",
      "true, 2021-12-31, 5000.00, 9, 1, 1, 0, 1, 2",
      "false, 2022-01-01, 0, 0, 0, 1, 1, 0, 0"})
  void flagDateAmountAndCountFacts(String hotline, String adopted, String funding, String visits,
      String y1, String y2, String y3, String y4, String y5) {
    ScoreReport r = scorer.score(sheet(), assessment(facts("0", "DRAFTED", hotline, adopted,
        funding, visits))).orElseThrow();
    assertThat(List.of(item(r, "Y.1"), item(r, "Y.2"), item(r, "Y.3"), item(r, "Y.4"),
        item(r, "Y.5"))).containsExactly(Points.parse(y1), Points.parse(y2), Points.parse(y3),
        Points.parse(y4), Points.parse(y5));
  }

  /** The lost-point reason names the fact's title and its written value. */
  @Test
  void theReasonShowsTheWrittenValue() {
    ScoreReport r = scorer.score(sheet(), assessment(facts("0", "DRAFTED", "false",
        "2021-01-01", "0", "0"))).orElseThrow();
    ItemResult x2 = r.items().stream().filter(i -> i.code().equals(CriterionCode.of("X.2")))
        .findFirst().orElseThrow();
    assertThat(x2.lost().get(0).reason().en())
        .isEqualTo("Condition not met: state of the five-year action plan is DRAFTED, needs"
            + " ∈ ADOPTED, PUBLISHED");
  }

  /** A missing {@code plan.status} is a located error: at /evidence, item X.2 (first reader). */
  @Test
  void aMissingFactIsALocatedError() {
    Map<String, String> f = facts("350", "DRAFTED", "true", "2022-01-01", "0", "0");
    f.remove("plan.status");
    Result<ScoreReport> r = scorer.score(sheet(), assessment(f));
    assertThat(r.isValid()).isFalse();
    Problem p = r.problems().stream().filter(x -> x.getCode() == ProblemCode.FACT_MISSING)
        .findFirst().orElseThrow();
    assertThat(p.getLocation().getPointer()).contains("/evidence");
    assertThat(p.getLocation().getCriterion()).contains(CriterionCode.of("X.2"));
    assertThat(p.getMessage(Locale.ROOT)).isEqualTo("Item X.2 reads the fact plan.status (state of"
        + " the five-year action plan), which the self-assessment does not give; add the"
        + " evidence {\"type\": \"fact\", \"code\": \"plan.status\", \"value\": …}");
    assertThat(p.getMessage(Problem.ZH_CN)).startsWith("指标 X.2 读取事实 plan.status（五年行动计划状态）");
  }

  /** Duplicate, undeclared and mistyped facts: all at once, each at its evidence entry. */
  @Test
  void duplicateUndeclaredAndMistypedFactsAreLocatedErrors() {
    SelfAssessment a = assessment(facts("350", "DRAFTED", "true", "2022-01-01", "0", "0"));
    List<Evidence> ev = new ArrayList<>(a.getEvidence());
    ev.add(new FactValue("plan.status", "ADOPTED")); // index 6: twice
    ev.add(new FactValue("plan.statuss", "ADOPTED")); // index 7: undeclared
    ev.set(0, new FactValue("lectures.pupilsReached", "100001")); // above the max
    ev.set(2, new FactValue("counselling.hotline", "yes")); // not true/false
    ev.set(3, new FactValue("plan.adoptedOn", "2022-02-30")); // no such date
    ev.set(1, new FactValue("plan.status", "APPROVED")); // not a choice
    SelfAssessment bad = io.github.ggw.standards.model.assessment.ImmutableSelfAssessment
        .copyOf(a).withEvidence(ev);
    List<Problem> ps = scorer.score(sheet(), bad).problems();
    assertThat(ps).extracting(p -> p.getCode() + " " + p.getLocation().getPointer().orElse(""))
        .contains("FACT_VALUE_INVALID /evidence/0/value", "FACT_VALUE_INVALID /evidence/1/value",
            "FACT_VALUE_INVALID /evidence/2/value", "FACT_VALUE_INVALID /evidence/3/value",
            "FACT_DUPLICATE /evidence/6", "FACT_UNDECLARED /evidence/7/code");
    Problem choice = ps.stream().filter(p -> p.getLocation().getPointer()
        .equals(java.util.Optional.of("/evidence/1/value"))).findFirst().orElseThrow();
    assertThat(choice.getMessage(Locale.ROOT)).isEqualTo("The fact plan.status is of type CHOICE:"
        + " the value APPROVED does not fit; expected DRAFTED, ADOPTED, PUBLISHED");
    Problem count = ps.stream().filter(p -> p.getLocation().getPointer()
        .equals(java.util.Optional.of("/evidence/0/value"))).findFirst().orElseThrow();
    assertThat(count.getMessage(Problem.ZH_CN)).isEqualTo(
        "事实 lectures.pupilsReached 的类型为 COUNT：值 100001 不符合；应为 0–100000 人次");
    Problem undeclared = ps.stream().filter(p -> p.getCode() == ProblemCode.FACT_UNDECLARED)
        .findFirst().orElseThrow();
    assertThat(undeclared.getMessage(Locale.ROOT)).isEqualTo(
        "The standard declares no fact plan.statuss; its facts: plan.status");
  }

  /** A rule reading an undeclared fact, with an unfit operator or type: findings at load. */
  @Test
  void theRegistryRefusesUndeclaredAndMistypedFactReads() {
    Standard ok = sheet();
    List<Criterion> dims = List.of(node("Z", 4,
        leaf("Z.1", "1", when("plan.statu", Comparison.EQUALS, "ADOPTED")),
        leaf("Z.2", "1", when("plan.status", Comparison.ON_OR_BEFORE, "2022-01-01")),
        leaf("Z.3", "1", new PerOccurrence(MeasureRef.of("fact.plan.status"), Points.of(1))),
        leaf("Z.4", "1", when("plan.status", Comparison.ONE_OF, "ADOPTED", "APPROVED"))));
    List<Problem> ps = MeasureRegistry.builtIn().check(dims, ok.getFacts());
    assertThat(ps).extracting(p -> p.getCode() + " " + p.getLocation().getCriterion()
        .map(Object::toString).orElse("")).containsExactly("STANDARD_FACT_UNDECLARED Z.1",
            "STANDARD_FACT_OPERATOR Z.2", "STANDARD_MEASURE_TYPE Z.3",
            "STANDARD_FACT_OPERATOR Z.4");
    assertThat(ps.get(0).getMessage(Locale.ROOT)).isEqualTo("Item Z.1 reads the measure"
        + " fact.plan.statu, but the standard declares no fact plan.statu; the declared facts:"
        + " plan.status");
    assertThat(ps.get(1).getMessage(Locale.ROOT)).isEqualTo("Item Z.2: fact.plan.status is of"
        + " type CHOICE; found onOrBefore 2022-01-01, expected equals, oneOf: DRAFTED, ADOPTED,"
        + " PUBLISHED");
    assertThat(ps.get(3).getMessage(Problem.ZH_CN)).isEqualTo("指标 Z.4：“fact.plan.status”的类型为"
        + "“CHOICE”；实际为“oneOf ADOPTED, APPROVED”，应为“equals, oneOf: DRAFTED, ADOPTED, PUBLISHED”");
  }

  /** Declarations are checked with the standard: duplicates, choices and bounds. */
  @Test
  void badDeclarationsAreFindings() {
    InvalidStandardException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidStandardException.class, () -> Standard.builder().from(sheet())
            .addFacts(fact("plan.status", FactType.CHOICE).addChoices("A").build())
            .addFacts(fact("no.choices", FactType.CHOICE).build())
            .addFacts(fact("flag.bounded", FactType.FLAG).max(BigDecimal.ONE).build())
            .addFacts(fact("count.reversed", FactType.COUNT).min(BigDecimal.TEN)
                .max(BigDecimal.ONE).build())
            .build());
    assertThat(e.getFindings()).extracting(p -> p.getCode() + " "
        + p.getLocation().getPointer().orElse("")).containsExactly(
            "STANDARD_FACT_DUPLICATE /facts/6", "STANDARD_FACT_INVALID /facts/7",
            "STANDARD_FACT_INVALID /facts/8", "STANDARD_FACT_INVALID /facts/9");
    assertThat(e.getFindings().get(2).getMessage(Locale.ROOT)).isEqualTo("Fact flag.bounded (type"
        + " FLAG) is declared with min –, max 1; expected no min or max (only COUNT and"
        + " AMOUNT_YUAN have them)");
    assertThat(e.getFindings().get(3).getMessage(Problem.ZH_CN)).isEqualTo(
        "事实“count.reversed”（类型“COUNT”）的声明为“min 10, max 1”；应为0 ≤“min”≤“max”");
  }
}
