package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.InvalidStandardException;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.Steps;
import io.github.ggw.standards.model.standard.UnitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The grid per item (docs/scoring.md, "The grid of an item"): the item's step, else the rule's
 * own, else the standard's claimStep (0.5 here). Sheet: A (10) = A.1 judgement in steps of 0.25,
 * worth 7.75 + A.2 all-or-nothing with the item's step 0.01, worth 2.25 (the chair is the unit's
 * head).
 */
class StepPerItemTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");

  private static Standard sheet(Criterion a1, Criterion a2) {
    Points max = a1.getMaxPoints().plus(a2.getMaxPoints());
    return Standard.builder().id(StandardId.of("step-sheet")).version(StandardVersion.of("1"))
        .title(text("步长")).issuer(text("测试")).effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.PRIMARY)
        .addDimensions(Criterion.builder().code(CriterionCode.of("A")).title(text("A"))
            .maxPoints(max).source(SRC).addChildren(a1, a2).build())
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(6)))
        .certificationThreshold(Points.of(9)).source(SRC).build();
  }

  private static ImmutableCriterion leaf(String code, String max, ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.parse(max)).rule(rule).source(SRC).build();
  }

  private static ImmutableCriterion a1() {
    return leaf("A.1", "7.75", new Judgement(new BigDecimal("0.25")));
  }

  private static ImmutableCriterion a2() {
    return leaf("A.2", "2.25", new AllOrNothing(new Condition(
        MeasureRef.of("organisation.chairIsUnitHead"), Comparison.AT_LEAST, BigDecimal.ONE)))
        .withStep(new BigDecimal("0.01"));
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  private static SelfAssessment assessment(String a1, String a2) {
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("S-1"), "测试单位", UnitType.PRIMARY, DistrictCode.of("320412")))
        .standardId(StandardId.of("step-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022).addEvidence(new Organisation(true, 9, 0, true, true, BigDecimal.ZERO, true))
        .addClaims(new Claim(CriterionCode.of("A.1"), Points.parse(a1), ""),
            new Claim(CriterionCode.of("A.2"), Points.parse(a2), "")).build();
  }

  /** 7.75 and 2.25 are off the standard's 0.5 grid but on their items' grids: no finding. */
  @Test
  void maximaOnTheirItemsGridsLoad() {
    Standard s = sheet(a1(), a2());
    assertThat(s.getFindings()).isEmpty();
    assertThat(s.stepOf(s.find(CriterionCode.of("A.1")).orElseThrow())).isEqualByComparingTo("0.25");
    assertThat(Steps.of(s, s.find(CriterionCode.of("A.2")).orElseThrow()).source())
        .isEqualTo(Steps.Source.ITEM);
  }

  /** Judged 7.75 (3 × 0.25 below 8.5, a quarter-point claim) plus 2.25 computed = 10.0. */
  @Test
  void quarterPointClaimsScore() {
    ScoreReport r = Scorer.create().score(sheet(a1(), a2()), assessment("7.75", "2.25"))
        .orElseThrow();
    assertThat(r.roundedTotal()).isEqualTo(Points.of(10));
    ScoreReport r2 = Scorer.create().score(sheet(a1(), a2()), assessment("6.25", "1.23"))
        .orElseThrow();
    // 6.25 + 2.25 (computed, whatever the claim 1.23 on the 0.01 grid) = 8.5
    assertThat(r2.roundedTotal()).isEqualTo(Points.parse("8.5"));
  }

  /** An off-step claim names the step, where it comes from and the nearest valid claims. */
  @Test
  void offStepClaimsNameTheStepAndTheNearestValues() {
    // the errors only: the fixture's evidence also draws a plausibility warning
    List<Problem> ps = Scorer.create().score(sheet(a1(), a2()), assessment("3.1", "1.234"))
        .problems().stream().filter(Problem::isError).toList();
    assertThat(ps).extracting(Problem::getCode).containsExactly(ProblemCode.CLAIM_OFF_STEP,
        ProblemCode.CLAIM_OFF_STEP);
    // 3.1 ÷ 0.25 = 12.4: 12 × 0.25 = 3 and 13 × 0.25 = 3.25
    assertThat(ps.get(0).getMessage(Locale.ROOT)).isEqualTo("Item A.1: the claim 3.1 is not a"
        + " multiple of 0.25 (the rule's step); the nearest valid claims are 3, 3.25");
    assertThat(ps.get(0).getMessage(Problem.ZH_CN)).isEqualTo(
        "指标 A.1：自评分 3.1 不是 0.25（评分规则的步长）的整数倍；最接近的有效自评分为 3, 3.25");
    // 1.234 ÷ 0.01 = 123.4: 1.23 and 1.24
    assertThat(ps.get(1).getMessage(Locale.ROOT)).isEqualTo("Item A.2: the claim 1.234 is not a"
        + " multiple of 0.01 (the item's step); the nearest valid claims are 1.23, 1.24");
    // 7.6 on 0.25 below the maximum 7.75: 30 × 0.25 = 7.5 and 31 × 0.25 = 7.75
    Problem top = Scorer.create().score(sheet(a1(), a2()), assessment("7.6", "0")).problems()
        .get(0);
    assertThat(top.getMessage(Locale.ROOT)).endsWith("the nearest valid claims are 7.5, 7.75");
  }

  /** A maximum off its grid names the step and the nearest maxima, in both languages. */
  @Test
  void aMaximumOffTheGridNamesTheStep() {
    // A.2 without its own step is on the standard's 0.5 grid: 2.3 lies between 2 and 2.5
    InvalidStandardException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidStandardException.class, () -> sheet(leaf("A.1", "7.7",
            new Judgement(new BigDecimal("0.25"))), leaf("A.2", "2.3", a2().getRule()
            .orElseThrow())));
    assertThat(e.getFindings()).extracting(p -> p.getCode() + " "
        + p.getLocation().getCriterion().orElseThrow()).containsExactly(
            "STANDARD_MAX_OFF_STEP A.1", "STANDARD_MAX_OFF_STEP A.2");
    assertThat(e.getFindings().get(0).getMessage(Locale.ROOT)).isEqualTo("Item A.1: the"
        + " maximum 7.7 is not a multiple of the rule's step 0.25; the nearest valid maxima are"
        + " 7.5, 7.75, or give the item a step that divides 7.7");
    assertThat(e.getFindings().get(1).getMessage(Problem.ZH_CN)).isEqualTo("指标 A.2：分值 2.3"
        + " 不是标准的自评分步长“claimStep” 0.5 的整数倍；最接近的有效分值为 2, 2.5，或为本项设置能整除 2.3 的步长");
  }

  /** An item's step that contradicts its rule's step is a finding. */
  @Test
  void anItemStepContradictingItsRuleIsAFinding() {
    InvalidStandardException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidStandardException.class, () -> sheet(a1().withStep(new BigDecimal("0.5"))
            .withMaxPoints(Points.parse("7.5")), a2().withMaxPoints(Points.parse("2.5"))));
    assertThat(e.getFindings()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.STANDARD_STEP_CONFLICT);
    assertThat(e.getFindings().get(0).getMessage(Locale.ROOT)).isEqualTo("Item A.1: its step"
        + " 0.5 contradicts the step 0.25 of its rule; write the same step, or leave out the"
        + " step of the item");
    assertThat(e.getFindings().get(0).getMessage(Problem.ZH_CN)).isEqualTo(
        "指标 A.1：本项步长 0.5 与评分规则的步长 0.25 不一致；请填写相同的步长，或不填本项步长");
  }
}
