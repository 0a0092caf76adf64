package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureType;
import io.github.ggw.standards.rules.measure.MeasureValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A measure reference that several rules name is computed once per scoring run, and every rule
 * reads its value (RuleEvaluator's slots, numbered per distinct reference by the ScoringPlan).
 * Sheet: A (9) = A.1 per occurrence of {@code test.three} (1 point each, max 4) + A.2 all or
 * nothing on {@code test.three ≥ 3} (max 2) + A.3 per occurrence of {@code test.one} (1 each,
 * max 3). {@code test.three} is 3 and {@code test.one} is 1 whatever the evidence.
 */
class MeasureOncePerRunTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");

  @Test
  void aReferenceNamedByTwoRulesIsComputedOncePerRunAndEachRuleReadsItsOwnReference() {
    AtomicInteger threeCalls = new AtomicInteger();
    AtomicInteger oneCalls = new AtomicInteger();
    Measure three = Measure.of("test.three", MeasureType.COUNT, text("次"), true, "test",
        Set.of(), (ev, p) -> {
          threeCalls.incrementAndGet();
          return BigDecimal.valueOf(3);
        });
    Measure one = Measure.of("test.one", MeasureType.COUNT, text("次"), true, "test", Set.of(),
        (ev, p) -> {
          oneCalls.incrementAndGet();
          return BigDecimal.ONE;
        });
    Scorer scorer = Scorer.create().withMeasures(MeasureRegistry.builtIn()
        .with(List.of(three, one)));
    Standard s = sheet();

    ScoreReport first = scorer.score(s, assessment()).orElseThrow();
    ScoreReport second = scorer.score(s, assessment()).orElseThrow();

    // two runs: test.three once in each although two rules name it, test.one once in each
    assertThat(threeCalls).hasValue(2);
    assertThat(oneCalls).hasValue(2);
    // A.1: 3 × 1 = 3 of 4; A.2: 3 ≥ 3 holds, 2 of 2; A.3: 1 × 1 = 1 of 3; A = 3 + 2 + 1 = 6
    for (ScoreReport r : List.of(first, second)) {
      assertThat(r.items()).extracting(ItemResult::awarded).containsExactly(Points.of(6),
          Points.of(3), Points.of(2), Points.of(1));
      assertThat(value(r, 1)).isEqualTo(BigDecimal.valueOf(3));
      assertThat(value(r, 2)).isEqualTo(BigDecimal.valueOf(3));
      assertThat(value(r, 3)).isEqualTo(BigDecimal.ONE);
      assertThat(r.items().get(3).measures()).extracting(MeasureValue::measure)
          .containsExactly(MeasureRef.of("test.one"));
    }
    // the lines of one run read one value; the runs' values are equal but their own
    assertThat(first.items().get(1).measures().get(0))
        .isSameAs(first.items().get(2).measures().get(0));
    assertThat(second.items().get(1).measures()).isEqualTo(first.items().get(1).measures());
  }

  private static BigDecimal value(ScoreReport r, int item) {
    return r.items().get(item).measures().get(0).value();
  }

  private static Standard sheet() {
    Criterion a = Criterion.builder().code(CriterionCode.of("A")).title(text("A"))
        .maxPoints(Points.of(9)).source(SRC)
        .addChildren(leaf("A.1", 4, new PerOccurrence(MeasureRef.of("test.three"),
            Points.of(1))))
        .addChildren(leaf("A.2", 2, new AllOrNothing(new Condition(MeasureRef.of("test.three"),
            Comparison.AT_LEAST, BigDecimal.valueOf(3)))))
        .addChildren(leaf("A.3", 3, new PerOccurrence(MeasureRef.of("test.one"),
            Points.of(1))))
        .build();
    return Standard.builder().id(StandardId.of("once-sheet")).version(StandardVersion.of("1"))
        .title(text("一次")).issuer(text("测试")).effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.PRIMARY).addDimensions(a)
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(6)))
        .certificationThreshold(Points.of(8)).source(SRC).build();
  }

  private static ImmutableCriterion leaf(String code, int max, ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.of(max)).rule(rule).source(SRC).build();
  }

  private static SelfAssessment assessment() {
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("S-1"), "测试单位", UnitType.PRIMARY, DistrictCode.of("320412")))
        .standardId(StandardId.of("once-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022)
        .addClaims(new Claim(CriterionCode.of("A.1"), Points.of(3), ""),
            new Claim(CriterionCode.of("A.2"), Points.of(2), ""),
            new Claim(CriterionCode.of("A.3"), Points.of(1), "")).build();
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }
}
