package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.problem.Result;
import static io.github.ggw.standards.model.standard.Rating.EXCELLENT;
import static io.github.ggw.standards.model.standard.Rating.FAIL;
import static io.github.ggw.standards.model.standard.Rating.GOOD;
import static io.github.ggw.standards.model.standard.Rating.PASS;
import static io.github.ggw.standards.rules.plan.Reports.WUJIN;
import static io.github.ggw.standards.rules.plan.Reports.ratio;
import static io.github.ggw.standards.rules.plan.Reports.report;
import static io.github.ggw.standards.rules.plan.Reports.text;
import static io.github.ggw.standards.rules.plan.Reports.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.AnnualTarget;
import io.github.ggw.standards.model.plan.Metric;
import io.github.ggw.standards.model.plan.MetricUnit;
import io.github.ggw.standards.model.plan.PhaseKind;
import io.github.ggw.standards.model.plan.PlanId;
import io.github.ggw.standards.model.plan.PlanPeriod;
import io.github.ggw.standards.model.plan.PlanPhase;
import io.github.ggw.standards.model.plan.StagedAssessment;
import io.github.ggw.standards.model.plan.TargetId;
import io.github.ggw.standards.model.plan.TargetScope;
import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.stats.BandCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A small district over three years, computed by hand.
 *
 * <p>Units of Wujin: A and B primary, C junior secondary, D kindergarten. Rounded totals (rating,
 * eligible):
 *
 * <pre>
 *        2021            2022                    2023
 *   A    72 PASS         85 GOOD                 92 EXCELLENT eligible
 *   B    58 FAIL         66 PASS                 75 GOOD
 *   C    80 GOOD         91 EXCELLENT eligible   93 EXCELLENT eligible
 *   D    -               76 vetoed, so FAIL      88 GOOD
 * </pre>
 *
 * Designations: A and C pilots in 2021; C certified in 2022, A in 2023. Also given and left out:
 * a report of another district, a report of 2025 (after the plan's 2021–2024), and a designation
 * of another district. Plan period 2021–2024; 2024 has no data.
 */
class ProgressCalculatorTest {
  static final Unit A = unit("A", UnitType.PRIMARY);
  static final Unit B = unit("B", UnitType.PRIMARY);
  static final Unit C = unit("C", UnitType.JUNIOR_SECONDARY);
  static final Unit D = unit("D", UnitType.KINDERGARTEN);
  static final Unit ELSEWHERE = new Unit(UnitId.of("X"), "外区学校", UnitType.PRIMARY,
      DistrictCode.of("320402"));
  static final SourceRef SRC = new SourceRef("test plan", "§1", SourceStatus.MODELLED, "test");

  static List<ScoreReport> reports() {
    return List.of(
        report(A, 2021, "36", "36", PASS, false, false),
        report(B, 2021, "29", "29", FAIL, false, false),
        report(C, 2021, "40", "40", GOOD, false, false),
        report(A, 2022, "42", "43", GOOD, false, false),
        report(B, 2022, "33", "33", PASS, false, false),
        report(C, 2022, "45", "46", EXCELLENT, true, false),
        report(D, 2022, "38", "38", FAIL, false, true),
        report(A, 2023, "46", "46", EXCELLENT, true, false),
        report(B, 2023, "37", "38", GOOD, false, false),
        report(C, 2023, "46", "47", EXCELLENT, true, false),
        report(D, 2023, "44", "44", GOOD, false, false),
        report(ELSEWHERE, 2023, "50", "50", EXCELLENT, true, false),
        report(A, 2025, "50", "50", EXCELLENT, true, false));
  }

  static List<UnitDesignation> designations() {
    return List.of(
        new UnitDesignation(A, DesignationKind.QUALITY_PILOT, 2021, "武教关委〔2021〕1号"),
        new UnitDesignation(C, DesignationKind.QUALITY_PILOT, 2021, "武教关委〔2021〕1号"),
        new UnitDesignation(C, DesignationKind.QUALITY_CERTIFIED, 2022, "常教关委〔2022〕4号"),
        new UnitDesignation(A, DesignationKind.QUALITY_CERTIFIED, 2023, "常教关委〔2023〕2号"),
        new UnitDesignation(ELSEWHERE, DesignationKind.QUALITY_CERTIFIED, 2022, "常教关委〔2022〕4号"));
  }

  static AnnualTarget target(String id, int year, Metric metric, UnitType type, String cmp,
      String value, Rating band) {
    return new AnnualTarget(TargetId.of(id), year, metric,
        type == null ? TargetScope.district() : TargetScope.of(type), Comparison.valueOf(cmp),
        new BigDecimal(value), metric.unit(), Optional.ofNullable(band), SRC);
  }

  static ActionPlan plan() {
    List<AnnualTarget> targets = new ArrayList<>();
    targets.add(target("T1", 2021, Metric.PILOT_UNITS, null, "AT_LEAST", "3", null));
    targets.add(target("T2", 2021, Metric.UNITS_ASSESSED, null, "AT_LEAST", "3", null));
    targets.add(target("T3", 2022, Metric.MEAN_SCORE, null, "AT_LEAST", "80", null));
    targets.add(target("T4", 2022, Metric.SHARE_AT_OR_ABOVE_BAND, null, "AT_LEAST", "50", GOOD));
    targets.add(target("T5", 2022, Metric.CERTIFIED_UNITS, null, "AT_LEAST", "1", null));
    targets.add(target("T6", 2023, Metric.SHARE_CERTIFIED, null, "AT_LEAST", "60", null));
    targets.add(target("T7", 2023, Metric.SHARE_ELIGIBLE, null, "AT_LEAST", "50", null));
    targets.add(target("T8", 2023, Metric.SHARE_AT_OR_ABOVE_BAND, UnitType.PRIMARY, "AT_LEAST",
        "50", EXCELLENT));
    targets.add(target("T9", 2023, Metric.MEAN_SCORE, null, "AT_MOST", "85", null));
    targets.add(target("T10", 2021, Metric.MEAN_SCORE, UnitType.KINDERGARTEN, "AT_LEAST", "70",
        null));
    targets.add(target("T11", 2023, Metric.SHARE_CERTIFIED, UnitType.JUNIOR_SECONDARY,
        "AT_LEAST", "100", null));
    targets.add(target("T12", 2024, Metric.UNITS_ASSESSED, null, "AT_LEAST", "4", null));
    targets.add(target("T13", 2023, Metric.SHARE_ELIGIBLE, UnitType.VOCATIONAL, "AT_LEAST", "10",
        null));
    return ActionPlan.builder().id(PlanId.of("test-plan")).title(text("测试计划"))
        .issuer(text("测试")).district(WUJIN).period(PlanPeriod.of(2021, 2024))
        .goal(text("目标"))
        .addPhases(new PlanPhase(PhaseKind.PILOT, text("试点"), PlanPeriod.of(2021, 2022)),
            new PlanPhase(PhaseKind.ROLL_OUT, text("推进"), PlanPeriod.of(2023, 2024)))
        .addAllTargets(targets)
        .addAssessments(milestone(2022, "75"), milestone(2023, "90"), milestone(2024, "90"))
        .source(SRC).build();
  }

  static StagedAssessment milestone(int year, String threshold) {
    return new StagedAssessment(year, text("考核"), StandardId.of("test-sheet"),
        StandardVersion.of("1"), Points.parse(threshold), SRC);
  }

  static PlanProgress progress() {
    return ProgressCalculator.compute(plan(), reports(), designations()).value()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # target | metric                 | actual          | status  | shortfall
      # pilots by 2021: A, C = 2 < 3
      T1       | PILOT_UNITS            | 2               | BEHIND  | 1
      # assessed in 2021: A, B, C = 3
      T2       | UNITS_ASSESSED         | 3               | MET     | 0
      # 2022 mean (85 + 66 + 91 + 76) / 4 = 318 / 4 = 79.5 (the vetoed D keeps its points)
      T3       | MEAN_SCORE             | 79.5            | BEHIND  | 0.5
      # 2022 GOOD or better: A (GOOD), C (EXCELLENT); D vetoed is FAIL: 2 / 4 = 50%
      T4       | SHARE_AT_OR_ABOVE_BAND | 50              | MET     | 0
      # certified by 2022: C = 1 (the other district's unit is left out)
      T5       | CERTIFIED_UNITS        | 1               | MET     | 0
      # certified by 2023: A, C of the population A, B, C, D: 2 / 4 = 50% < 60
      T6       | SHARE_CERTIFIED        | 50              | BEHIND  | 10
      # eligible in 2023: A, C of 4 assessed = 50%
      T7       | SHARE_ELIGIBLE         | 50              | MET     | 0
      # primary schools in 2023: A EXCELLENT, B GOOD: 1 / 2 = 50%
      T8       | SHARE_AT_OR_ABOVE_BAND | 50              | MET     | 0
      # 2023 mean (92 + 75 + 93 + 88) / 4 = 348 / 4 = 87, at most 85 wanted: 2 over
      T9       | MEAN_SCORE             | 87              | BEHIND  | 2
      # no kindergarten assessed in 2021: nothing to average
      T10      | MEAN_SCORE             | -               | NO_DATA | 0
      # junior secondary: C certified, population C: 1 / 1 = 100%
      T11      | SHARE_CERTIFIED        | 100             | MET     | 0
      # 2024: no report and no designation of that year
      T12      | UNITS_ASSESSED         | -               | NO_DATA | 0
      # no vocational school in the data: no share to take
      T13      | SHARE_ELIGIBLE         | -               | NO_DATA | 0
      """)
  void attainmentOfEachTargetByHand(String id, Metric metric, BigDecimal actual,
      AttainmentStatus status, BigDecimal shortfall) {
    TargetAttainment a = progress().attainments().stream()
        .filter(t -> t.target().id().equals(TargetId.of(id))).findFirst().orElseThrow();
    assertThat(a.target().metric()).isEqualTo(metric);
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.shortfall()).isEqualByComparingTo(shortfall);
    if (actual == null) {
      assertThat(a.actual()).isEmpty();
      assertThat(a.difference()).isEmpty();
    } else {
      assertThat(a.actual().orElseThrow()).isEqualByComparingTo(actual);
      assertThat(a.difference().orElseThrow())
          .isEqualByComparingTo(actual.subtract(a.target().value()));
    }
  }

  @Test
  void everyMetricOfTheClosedSetIsExercised() {
    assertThat(plan().getTargets().stream().map(AnnualTarget::metric).distinct().toList())
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Metric.class));
  }

  @Test
  void bandSharesPerYear() {
    List<YearBands> bands = progress().bands();
    assertThat(bands).extracting(YearBands::year).containsExactly(2021, 2022, 2023);
    assertThat(bands).extracting(YearBands::assessed).containsExactly(3, 4, 4);
    // 2021: GOOD C, PASS A, FAIL B: each 1 / 3 = 33.33…%
    assertThat(bands.get(0).bands()).extracting(BandCount::units).containsExactly(0, 1, 1, 1);
    assertThat(bands.get(0).bands().get(1).percent()).isEqualTo(ratio(100, 3));
    // 2022: EXCELLENT C, GOOD A, PASS B, FAIL D (vetoed): 25% each
    assertThat(bands.get(1).bands()).extracting(b -> b.percent().intValueExact())
        .containsExactly(25, 25, 25, 25);
    // 2023: EXCELLENT A, C; GOOD B, D
    assertThat(bands.get(2).bands()).extracting(BandCount::rating, BandCount::units)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(EXCELLENT, 2),
            org.assertj.core.groups.Tuple.tuple(GOOD, 2),
            org.assertj.core.groups.Tuple.tuple(PASS, 0),
            org.assertj.core.groups.Tuple.tuple(FAIL, 0));
  }

  @Test
  void yearOverYearChangePerUnitAndDimension() {
    List<UnitChange> changes = progress().changes();
    // A 72→85 (+13), 85→92 (+7); B 58→66 (+8), 66→75 (+9); C 80→91 (+11), 91→93 (+2); D 76→88 (+12)
    assertThat(changes).extracting(c -> c.unit().id().value() + " " + c.fromYear() + "-"
        + c.toYear() + " " + c.change().toPlainString())
        .containsExactly("A 2021-2022 13", "A 2022-2023 7", "B 2021-2022 8", "B 2022-2023 9",
            "C 2021-2022 11", "C 2022-2023 2", "D 2022-2023 12");
    UnitChange a = changes.get(0);
    assertThat(a.ratingBefore()).isEqualTo(PASS);
    assertThat(a.ratingAfter()).isEqualTo(GOOD);
    // A's dimensions 36→42 (+6) and 36→43 (+7)
    assertThat(a.dimensions()).extracting(d -> d.change().intValueExact()).containsExactly(6, 7);
  }

  @Test
  void stagedAssessments() {
    List<MilestoneResult> m = progress().milestones();
    // 2022 at 75: A 85, C 91 reach it; D 76 is vetoed; B 66 does not: 2 / 4
    assertThat(m.get(0).reaching()).isEqualTo(2);
    assertThat(m.get(0).percent()).contains(new BigDecimal("50"));
    // 2023 at 90: A 92, C 93: 2 / 4
    assertThat(m.get(1).assessed()).isEqualTo(4);
    assertThat(m.get(1).reaching()).isEqualTo(2);
    // 2024: nobody assessed
    assertThat(m.get(2).assessed()).isZero();
    assertThat(m.get(2).percent()).isEmpty();
  }

  @Test
  void reportsAndDesignationsOutsideTheDistrictOrPeriodAreLeftOutWithWarnings() {
    PlanProgress p = progress();
    assertThat(p.units()).isEqualTo(4);
    assertThat(p.years()).containsExactly(2021, 2022, 2023);
    assertThat(p.warnings()).extracting(Problem::getCode).containsExactly(
        ProblemCode.PLAN_OTHER_DISTRICT, ProblemCode.PLAN_OUTSIDE_PERIOD,
        ProblemCode.PLAN_OTHER_DISTRICT);
    assertThat(p.warnings().get(1).getMessage(java.util.Locale.ROOT))
        .isEqualTo("A record of unit A for 2025 lies outside the plan period 2021–2024; it is "
            + "not counted");
  }

  @Test
  void twoReportsOfOneUnitForOneYearAreRefused() {
    List<ScoreReport> twice = new ArrayList<>(reports());
    twice.add(report(B, 2022, "30", "30", PASS, false, false));
    Result<PlanProgress> outcome = ProgressCalculator.compute(plan(), twice, designations());
    assertThat(outcome.value()).isEmpty();
    assertThat(outcome.problems()).filteredOn(Problem::isError).singleElement()
        .satisfies(p -> assertThat(p.getMessage(Problem.ZH_CN))
            .isEqualTo("单位 B 的 2022 年度评分报告不止一份；每个单位每年只能提供一份"));
  }

  @Test
  void aPlanRefusesTargetsAndPhasesThatDoNotFit() {
    StandardsException e = assertThrows(StandardsException.class, () -> ActionPlan.builder()
        .from(plan())
        .addTargets(target("T1", 2030, Metric.PILOT_UNITS, null, "AT_LEAST", "1", null))
        .addPhases(new PlanPhase(PhaseKind.ACCEPTANCE, text("验收"), PlanPeriod.of(2024, 2026)))
        .build());
    assertThat(e.getMessage()).contains("outside 2021–2024", "used twice", "overlaps");
  }

  @Test
  void targetsCheckTheirUnitAndBand() {
    assertThrows(StandardsException.class, () -> new AnnualTarget(TargetId.of("T"), 2022,
        Metric.MEAN_SCORE, TargetScope.district(), Comparison.AT_LEAST, BigDecimal.TEN,
        MetricUnit.PERCENT, Optional.empty(), SRC));
    assertThrows(StandardsException.class, () -> target("T", 2022, Metric.SHARE_AT_OR_ABOVE_BAND,
        null, "AT_LEAST", "10", null));
    assertThrows(StandardsException.class, () -> target("T", 2022, Metric.MEAN_SCORE,
        null, "AT_LEAST", "10", GOOD));
    assertThrows(StandardsException.class, () -> target("T", 2022, Metric.SHARE_CERTIFIED,
        null, "AT_LEAST", "100.5", null));
    assertThrows(StandardsException.class, () -> target("T", 2022, Metric.PILOT_UNITS,
        null, "AT_LEAST", "2.5", null));
    assertThat(target("T", 2022, Metric.SHARE_CERTIFIED, null, "AT_LEAST", "100", null).value())
        .isEqualByComparingTo("100");
    assertThrows(StandardsException.class, () -> PlanPeriod.of(2024, 2020));
    assertThrows(StandardsException.class, () -> PlanPeriod.of(1999, 2020));
  }
}
