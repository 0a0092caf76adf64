package io.github.ggw.standards.model;

import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.Veto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A small valid standard built in code, and its parts, for variants in tests.
 *
 * <pre>
 * 1    组织建设   10  = 1.1 (6, judgement step 0.5) + 1.2 (4, all or nothing)
 * 2    教育活动   10  = 2.1 (6, 2 per activity)    + 2.2 (4, ladder ≥4 → 4, ≥2 → 2)
 * A1   bonus       1  (all or nothing), outside the budget
 * V1   veto        0  (at least one incident)
 * nominal max 20; bonus cap 1; maximum total 21
 * bands FAIL ≥ 0, PASS ≥ 12, GOOD ≥ 15, EXCELLENT ≥ 18; certification threshold 18
 * </pre>
 */
public final class TestStandards {
  public static final SourceRef SOURCE =
      new SourceRef("《测试用标准》", "§1", SourceStatus.MODELLED, "built in a unit test");

  private TestStandards() {}

  public static Points pts(String s) {
    return Points.parse(s);
  }

  public static LocalizedText title(String code) {
    return LocalizedText.of("指标" + code, "Item " + code);
  }

  public static Condition atLeast(String measure, int bound) {
    return new Condition(MeasureRef.of(measure), Comparison.AT_LEAST, BigDecimal.valueOf(bound));
  }

  public static Rung rung(String atLeast, String points) {
    return new Rung(new BigDecimal(atLeast), pts(points));
  }

  public static ImmutableCriterion leaf(String code, String max, ScoringRule rule) {
    return Criterion.builder().code(CriterionCode.of(code)).title(title(code))
        .maxPoints(pts(max)).rule(rule).source(SOURCE).build();
  }

  public static ImmutableCriterion node(String code, String max, Criterion... children) {
    return Criterion.builder().code(CriterionCode.of(code)).title(title(code))
        .maxPoints(pts(max)).addChildren(children).source(SOURCE).build();
  }

  public static ImmutableCriterion c11() {
    return leaf("1.1", "6", new Judgement(new BigDecimal("0.5")));
  }

  public static ImmutableCriterion c12() {
    return leaf("1.2", "4", new AllOrNothing(atLeast("organisation.inAnnualPlan", 1)));
  }

  public static ImmutableCriterion c21() {
    return leaf("2.1", "6", new PerOccurrence(MeasureRef.of("activities.count"), pts("2")));
  }

  public static ImmutableCriterion c22() {
    return leaf("2.2", "4", new ThresholdLadder(MeasureRef.of("elders.count"),
        List.of(rung("4", "4"), rung("2", "2"))));
  }

  public static ImmutableCriterion d1(Criterion c11, Criterion c12) {
    return node("1", "10", c11, c12);
  }

  public static ImmutableCriterion d2(Criterion c21, Criterion c22) {
    return node("2", "10", c21, c22);
  }

  public static ImmutableCriterion bonus() {
    return leaf("A1", "1", new AllOrNothing(atLeast("designations.count", 1)))
        .withKind(CriterionKind.BONUS);
  }

  public static ImmutableCriterion veto() {
    return leaf("V1", "0", new Veto(atLeast("incidents.count", 1))).withKind(CriterionKind.VETO);
  }

  public static List<RatingBand> bands(String fail, String pass, String good, String excellent) {
    return List.of(
        new RatingBand(Rating.FAIL, pts(fail)),
        new RatingBand(Rating.PASS, pts(pass)),
        new RatingBand(Rating.GOOD, pts(good)),
        new RatingBand(Rating.EXCELLENT, pts(excellent)));
  }

  /** Everything but the dimensions and the bands. */
  public static ImmutableStandard.Builder base() {
    return Standard.builder()
        .id(StandardId.of("test-basic"))
        .version(StandardVersion.of("2021.1"))
        .title(LocalizedText.of("测试基本标准", "Test basic standard"))
        .issuer(LocalizedText.of("测试教育局关工委", "Test education bureau committee"))
        .effectiveFrom(LocalDate.of(2021, 9, 1))
        .validUntil(LocalDate.of(2024, 6, 30))
        .addApplicableUnitTypes(UnitType.PRIMARY, UnitType.JUNIOR_SECONDARY)
        .bonusCap(pts("1"))
        .certificationThreshold(pts("18"))
        .source(SOURCE);
  }

  /** The valid standard's builder with the given dimensions 1 and 2 (bonus and veto added). */
  public static ImmutableStandard.Builder with(Criterion d1, Criterion d2) {
    return base().dimensions(List.of(d1, d2, bonus(), veto()))
        .ratingBands(bands("0", "12", "15", "18"));
  }

  public static ImmutableStandard.Builder validBuilder() {
    return with(d1(c11(), c12()), d2(c21(), c22()));
  }

  public static Standard valid() {
    return validBuilder().build();
  }

  /** Findings as {@code CODE location}, such as {@code STANDARD_BUDGET_MISMATCH [1]}. */
  public static List<String> summary(List<Problem> findings) {
    return findings.stream().map(p -> p.getCode() + " " + p.getLocation()).toList();
  }
}
