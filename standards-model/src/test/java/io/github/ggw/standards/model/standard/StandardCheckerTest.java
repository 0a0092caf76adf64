package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.TestStandards;
import static io.github.ggw.standards.model.TestStandards.atLeast;
import static io.github.ggw.standards.model.TestStandards.bands;
import static io.github.ggw.standards.model.TestStandards.c11;
import static io.github.ggw.standards.model.TestStandards.c12;
import static io.github.ggw.standards.model.TestStandards.c21;
import static io.github.ggw.standards.model.TestStandards.c22;
import static io.github.ggw.standards.model.TestStandards.d1;
import static io.github.ggw.standards.model.TestStandards.d2;
import static io.github.ggw.standards.model.TestStandards.pts;
import static io.github.ggw.standards.model.TestStandards.rung;
import static io.github.ggw.standards.model.TestStandards.summary;
import static io.github.ggw.standards.model.TestStandards.validBuilder;
import static io.github.ggw.standards.model.TestStandards.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.Veto;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StandardCheckerTest {

  private static List<String> refused(ImmutableStandard.Builder builder) {
    InvalidStandardException e = assertThrows(InvalidStandardException.class, builder::build);
    assertThat(e.getFindings()).isNotEmpty().allMatch(Problem::isError);
    return summary(e.getFindings());
  }

  private static List<Problem> findingsOf(ImmutableStandard.Builder builder) {
    return assertThrows(InvalidStandardException.class, builder::build).getFindings();
  }

  @Test
  void validStandardBuildsWithoutFindings() {
    Standard s = validBuilder().build();
    assertThat(s.getFindings()).isEmpty();
    assertThat(StandardChecker.check(s)).isEmpty();
    assertThat(s.getAllCriteria()).hasSize(8);
  }

  @Nested
  class Budgets {
    @Test
    void childrenNotAddingUpToTheParent() {
      // 1.1 (6) + 1.2 (3) = 9 ≠ 10
      assertThat(refused(with(d1(c11(), c12().withMaxPoints(pts("3"))), d2(c21(), c22()))))
          .containsExactly("STANDARD_BUDGET_MISMATCH [1]");
    }

    @Test
    void bonusAndVetoChildrenSitOutsideTheBudget() {
      // 1 = 1.1 (6) + 1.2 (4) = 10; the bonus 1.3 (2) and the veto 1.4 (0) do not count
      Criterion dim = TestStandards.node("1", "10", c11(), c12(),
          c12().withCode(CriterionCode.of("1.3")).withMaxPoints(pts("2"))
              .withKind(CriterionKind.BONUS),
          TestStandards.veto().withCode(CriterionCode.of("1.4")));
      assertThat(with(dim, d2(c21(), c22())).build().getFindings()).isEmpty();
    }
  }

  @Nested
  class Codes {
    @Test
    void duplicateCriterionCode() {
      // the second 2.1 (formerly 2.2) is the duplicate
      assertThat(refused(with(d1(c11(), c12()),
          d2(c21(), c22().withCode(CriterionCode.of("2.1"))))))
          .containsExactly("STANDARD_DUPLICATE_CODE [2.1]");
    }

    @Test
    void duplicateDeficiencyCodeInOneDeductionRule() {
      Deficiency d = new Deficiency("D1", LocalizedText.of("未列入计划", "not in the plan"),
          MeasureRef.of("organisation.inAnnualPlan"), Comparison.AT_LEAST, BigDecimal.ONE,
          pts("2"));
      Criterion deduction = c12().withRule(new Deduction(List.of(d, d)));
      assertThat(refused(with(d1(c11(), deduction), d2(c21(), c22()))))
          .containsExactly("STANDARD_DUPLICATE_CODE [1.2]");
    }
  }

  @Nested
  class RulePlacement {
    @Test
    void leafWithoutRule() {
      assertThat(refused(with(d1(c11(), c12().withRule(Optional.empty())), d2(c21(), c22()))))
          .containsExactly("STANDARD_RULE_PLACEMENT [1.2]");
    }

    @Test
    void nodeWithRule() {
      Criterion dim = d1(c11(), c12()).withRule(new Judgement(new BigDecimal("0.5")));
      assertThat(refused(with(dim, d2(c21(), c22()))))
          .containsExactly("STANDARD_RULE_PLACEMENT [1]");
    }
  }

  @Nested
  class RuleFit {
    @Test
    void judgementStepNotDividingTheMaximum() {
      // 6 ÷ 4 = 1.5: not a whole number of steps; the judgement's step is the item's grid
      Criterion c = c11().withRule(new Judgement(new BigDecimal("4")));
      assertThat(refused(with(d1(c, c12()), d2(c21(), c22()))))
          .containsExactly("STANDARD_MAX_OFF_STEP [1.1]");
    }

    @Test
    void vetoItemWithPoints() {
      ImmutableStandard.Builder b = TestStandards.base()
          .dimensions(List.of(d1(c11(), c12()), d2(c21(), c22()), TestStandards.bonus(),
              TestStandards.veto().withMaxPoints(pts("1"))))
          .ratingBands(bands("0", "12", "15", "18"));
      assertThat(refused(b)).containsExactly("STANDARD_RULE_INVALID [V1]");
    }

    @Test
    void maximumOffTheClaimGrid() {
      // 6.25 + 3.75 = 10 keeps the budget; 6.25 is on its judgement's 0.25 grid (the rule's
      // step is the item's), 3.75 is not a multiple of the 0.5 claim step
      Criterion a = c11().withMaxPoints(pts("6.25")).withRule(new Judgement(new BigDecimal("0.25")));
      Criterion b = c12().withMaxPoints(pts("3.75"));
      assertThat(refused(with(d1(a, b), d2(c21(), c22()))))
          .containsExactly("STANDARD_MAX_OFF_STEP [1.2]");
    }

    @Test
    void vetoRuleOnARegularItem() {
      Criterion c = c12().withRule(new Veto(atLeast("incidents.count", 1)));
      assertThat(refused(with(d1(c11(), c), d2(c21(), c22()))))
          .containsExactly("STANDARD_RULE_INVALID [1.2]");
    }

    @Test
    void ladderRungAboveTheMaximum() {
      // 2.2 is worth 4, the top rung awards 5
      Criterion c = c22().withRule(new ThresholdLadder(MeasureRef.of("elders.count"),
          List.of(rung("4", "5"), rung("2", "2"))));
      assertThat(refused(with(d1(c11(), c12()), d2(c21(), c))))
          .containsExactly("STANDARD_RULE_INVALID [2.2]");
    }

    @Test
    void ascendingLadderThresholds() {
      Criterion c = c22().withRule(new ThresholdLadder(MeasureRef.of("elders.count"),
          List.of(rung("2", "2"), rung("4", "4"))));
      assertThat(refused(with(d1(c11(), c12()), d2(c21(), c))))
          .containsExactly("STANDARD_LADDER_UNORDERED [2.2]");
    }

    @Test
    void occurrenceWorthMoreThanTheCap() {
      // 8 per activity > the item's 6
      Criterion c = c21().withRule(new PerOccurrence(MeasureRef.of("activities.count"), pts("8")));
      assertThat(refused(with(d1(c11(), c12()), d2(c, c22()))))
          .containsExactly("STANDARD_CAP_BELOW_OCCURRENCE [2.1]");
    }

    @Test
    void occurrenceWorthExactlyTheCapIsFine() {
      Criterion c = c21().withRule(new PerOccurrence(MeasureRef.of("activities.count"), pts("6")));
      assertThat(with(d1(c11(), c12()), d2(c, c22())).build().getFindings()).isEmpty();
    }
  }

  @Nested
  class Weights {
    @Test
    void weightsSummingToTheNominalMaximumAreFine() {
      // 8 + 12 = 20 = nominal max
      Standard s = with(d1(c11(), c12()).withWeight(new BigDecimal("8")),
          d2(c21(), c22()).withWeight(new BigDecimal("12"))).build();
      assertThat(s.getFindings()).isEmpty();
    }

    @Test
    void weightsNotSummingToTheNominalMaximum() {
      // 8 + 10 = 18 ≠ 20; located at the first dimension, where the weights start
      List<Problem> f = findingsOf(with(d1(c11(), c12()).withWeight(new BigDecimal("8")),
          d2(c21(), c22()).withWeight(new BigDecimal("10"))));
      assertThat(summary(f)).containsExactly("STANDARD_WEIGHTS_SUM [1]");
      assertThat(f.get(0).getLocation()).isEqualTo(Location.criterion(CriterionCode.of("1")));
      assertThat(f.get(0).getOffendingValue()).contains("18");
    }

    @Test
    void nonPositiveWeight() {
      // −5 + 25 = 20 sums right, but a weight must be positive
      assertThat(refused(with(d1(c11(), c12()).withWeight(new BigDecimal("-5")),
          d2(c21(), c22()).withWeight(new BigDecimal("25")))))
          .containsExactly("STANDARD_WEIGHTS_INVALID [1]");
    }

    @Test
    void onlySomeDimensionsWeighted() {
      assertThat(refused(with(d1(c11(), c12()).withWeight(new BigDecimal("20")),
          d2(c21(), c22()))))
          .containsExactly("STANDARD_WEIGHTS_INVALID [2]");
    }

    @Test
    void weightOnANestedNode() {
      assertThat(refused(with(d1(c11().withWeight(new BigDecimal("6")), c12()),
          d2(c21(), c22()))))
          .containsExactly("STANDARD_WEIGHTS_INVALID [1.1]");
    }
  }

  @Nested
  class Bands {
    @Test
    void firstBandNotAtZero() {
      assertThat(refused(validBuilder().ratingBands(bands("1", "12", "15", "18"))))
          .containsExactly("STANDARD_BANDS_INVALID /ratingBands/0");
    }

    @Test
    void duplicateRating() {
      List<RatingBand> b = List.of(new RatingBand(Rating.FAIL, pts("0")),
          new RatingBand(Rating.PASS, pts("12")), new RatingBand(Rating.PASS, pts("15")),
          new RatingBand(Rating.EXCELLENT, pts("18")));
      assertThat(refused(validBuilder().ratingBands(b)))
          .contains("STANDARD_BANDS_INVALID /ratingBands/2")
          .containsOnly("STANDARD_BANDS_INVALID /ratingBands/2");
    }

    @Test
    void boundsNotRising() {
      assertThat(refused(validBuilder().ratingBands(bands("0", "12", "12", "18"))))
          .containsExactly("STANDARD_BANDS_INVALID /ratingBands/2");
    }

    @Test
    void ratingsNotGettingBetter() {
      List<RatingBand> b = List.of(new RatingBand(Rating.FAIL, pts("0")),
          new RatingBand(Rating.GOOD, pts("12")), new RatingBand(Rating.PASS, pts("15")),
          new RatingBand(Rating.EXCELLENT, pts("18")));
      assertThat(refused(validBuilder().ratingBands(b)))
          .containsExactly("STANDARD_BANDS_INVALID /ratingBands/2");
    }

    @Test
    void bandAboveTheMaximumTotal() {
      // maximum total = 20 + bonus cap 1 = 21 < 22
      assertThat(refused(validBuilder().ratingBands(bands("0", "12", "15", "22"))))
          .containsExactly("STANDARD_BAND_UNREACHABLE /ratingBands/3");
    }

    @Test
    void bandAtTheMaximumTotalIncludingBonusIsReachable() {
      // 20.5 ≤ 20 + 1 = 21: reachable only thanks to the bonus
      assertThat(validBuilder().ratingBands(bands("0", "12", "15", "20.5")).build().getFindings())
          .isEmpty();
      assertThat(validBuilder().ratingBands(bands("0", "12", "15", "21")).build().getFindings())
          .isEmpty();
      // without a bonus cap the maximum total is 20
      assertThat(refused(validBuilder().bonusCap(Points.ZERO)
          .ratingBands(bands("0", "12", "15", "20.5"))))
          .containsExactly("STANDARD_BAND_UNREACHABLE /ratingBands/3");
    }
  }

  @Nested
  class Threshold {
    @Test
    void thresholdAboveTheMaximumTotal() {
      // 21.5 > 20 + 1
      List<Problem> f = findingsOf(validBuilder().certificationThreshold(pts("21.5")));
      assertThat(summary(f)).containsExactly("STANDARD_THRESHOLD_INVALID /certificationThreshold");
      assertThat(f.get(0).getMessageEn())
          .isEqualTo("The certification threshold 21.5 lies above the highest total 21;"
          + " expected a certificationThreshold of at most 21");
    }

    @Test
    void thresholdAtTheMaximumTotalIsFine() {
      assertThat(validBuilder().certificationThreshold(pts("21")).build().getFindings()).isEmpty();
    }
  }

  @Test
  void everyFaultIsReportedAtOnceInTreeOrder() {
    Criterion a12 = c12().withMaxPoints(pts("3")); // 1: 6 + 3 ≠ 10
    Criterion a21 = c21().withRule(new PerOccurrence(MeasureRef.of("activities.count"), pts("8")));
    Criterion a22 = c22().withRule(new ThresholdLadder(MeasureRef.of("elders.count"),
        List.of(rung("2", "2"), rung("4", "4"))));
    ImmutableStandard.Builder b = with(d1(c11(), a12), d2(a21, a22))
        .certificationThreshold(pts("25"));
    InvalidStandardException e = assertThrows(InvalidStandardException.class, b::build);
    assertThat(e.getFindings()).hasSize(4);
    assertThat(summary(e.getFindings())).containsExactly(
        "STANDARD_BUDGET_MISMATCH [1]",
        "STANDARD_CAP_BELOW_OCCURRENCE [2.1]",
        "STANDARD_LADDER_UNORDERED [2.2]",
        "STANDARD_THRESHOLD_INVALID /certificationThreshold");
    assertThat(e.getMessage()).contains("4 error(s)");
  }

  @Test
  void applicabilityOutsideTheStandardIsOnlyAWarning() {
    // the standard covers PRIMARY and JUNIOR_SECONDARY; 1.2 spares KINDERGARTEN
    Standard s = with(d1(c11(), c12().withNotApplicableTo(UnitType.KINDERGARTEN)),
        d2(c21(), c22())).build();
    List<Problem> f = s.getFindings();
    assertThat(summary(f)).containsExactly("STANDARD_APPLICABILITY [1.2]");
    assertThat(f.get(0).getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).isError()).isFalse();
  }

  @Test
  void applicabilityInsideTheStandardIsSilent() {
    Standard s = with(d1(c11(), c12().withNotApplicableTo(UnitType.PRIMARY)),
        d2(c21(), c22())).build();
    assertThat(s.getFindings()).isEmpty();
    assertThat(s.find(CriterionCode.of("1.2")).orElseThrow().isNotApplicableTo(UnitType.PRIMARY))
        .isTrue();
  }

  /**
   * Each finding names the criterion and the figures (StandardChecker's Javadoc; the messages'
   * placeholders {0}, {1}, {2} take the code, then the values).
   */
  @Nested
  class FindingMessages {
    @Test
    void budgetMismatchNamesTheItemAndBothFigures() {
      Problem p = findingsOf(with(d1(c11(), c12().withMaxPoints(pts("3"))), d2(c21(), c22())))
          .get(0);
      assertThat(p.getCode()).isEqualTo(ProblemCode.STANDARD_BUDGET_MISMATCH);
      assertThat(p.getLocation().getCriterion()).contains(CriterionCode.of("1"));
      // 6 + 3 = 9 against 10
      assertThat(p.getOffendingValue()).contains("9");
      assertThat(p.getArguments()).containsExactly("1", "10", "9");
      assertThat(p.getMessageEn())
          .isEqualTo("Item 1 is worth 10 points but its regular and key children add up to 9;"
              + " expected children adding up to 10, or maxPoints 9");
    }

    @Test
    void capBelowOccurrenceNamesTheItemAndBothFigures() {
      Criterion c = c21().withRule(new PerOccurrence(MeasureRef.of("activities.count"), pts("8")));
      Problem p = findingsOf(with(d1(c11(), c12()), d2(c, c22()))).get(0);
      assertThat(p.getArguments()).containsExactly("2.1", "8", "6");
      assertThat(p.getMessageEn())
          .isEqualTo("Item 2.1: one occurrence earns 8 points (pointsEach), more than the"
              + " maximum of 6; expected pointsEach at most 6");
    }

    @Test
    void duplicateCodeNamesTheCode() {
      Problem p = findingsOf(with(d1(c11(), c12()),
          d2(c21(), c22().withCode(CriterionCode.of("2.1"))))).get(0);
      assertThat(p.getMessageEn()).isEqualTo("The code 2.1 is used more than once; expected"
          + " each item code, and each deficiency code within an item, once");
    }

    @Test
    void noMessageOfAnyFindingHasAnUnfilledPlaceholder() {
      Criterion a12 = c12().withMaxPoints(pts("3"));
      Criterion a21 = c21().withRule(new PerOccurrence(MeasureRef.of("activities.count"), pts("8")));
      Criterion a22 = c22().withRule(new ThresholdLadder(MeasureRef.of("elders.count"),
          List.of(rung("2", "2"), rung("4", "4"))));
      for (Problem p : findingsOf(with(d1(c11(), a12), d2(a21, a22)))) {
        assertThat(p.getMessageEn()).doesNotContainPattern("\\{\\d+\\}").doesNotContain("[L");
        assertThat(p.getMessageZh()).doesNotContainPattern("\\{\\d+\\}").doesNotContain("[L");
        assertThat(p.getMessageEn())
            .contains(p.getLocation().getCriterion().orElseThrow().toString());
      }
    }
  }
}
