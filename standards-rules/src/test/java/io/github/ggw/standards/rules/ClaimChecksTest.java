package io.github.ggw.standards.rules;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.scoring.ClaimComparison;
import io.github.ggw.standards.rules.scoring.FigureSource;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims against the rule's grid, claims compared with computed points, dated evidence outside the
 * year, and the gaps of a report, on a small sheet written in code.
 *
 * <p>Sheet (nominal 20, claim step 0.5 by default): dimension 1 (10): 1.1 judgement in whole
 * points (step 1), at most 5; 1.2 one point per training, at most 5. Dimension 2 (10): 2.1 ladder
 * on the elders of the roster, at least 4 → 10, at least 2 → 5.
 */
class ClaimChecksTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");
  private static final Standard SHEET = sheet();
  private final Scorer scorer = Scorer.create();

  private static Standard sheet() {
    return Standard.builder().id(StandardId.of("claim-sheet")).version(StandardVersion.of("1"))
        .title(text("自评核验测试表")).issuer(text("测试")).effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.PRIMARY)
        .addDimensions(ImmutableCriterion.builder().code(CriterionCode.of("1")).title(text("一"))
            .maxPoints(Points.of(10)).source(SRC)
            .addChildren(leaf("1.1", 5, new Judgement(BigDecimal.ONE)))
            .addChildren(leaf("1.2", 5, new PerOccurrence(MeasureRef.of("trainings.count"),
                Points.of(1))))
            .build())
        .addDimensions(ImmutableCriterion.builder().code(CriterionCode.of("2")).title(text("二"))
            .maxPoints(Points.of(10)).source(SRC)
            .addChildren(leaf("2.1", 10, new ThresholdLadder(MeasureRef.of("elders.count"),
                List.of(new Rung(BigDecimal.valueOf(4), Points.of(10)),
                    new Rung(BigDecimal.valueOf(2), Points.of(5))))))
            .build())
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(12)),
            new RatingBand(Rating.EXCELLENT, Points.of(18)))
        .certificationThreshold(Points.of(18)).source(SRC).build();
  }

  private static ImmutableCriterion leaf(String code, long max, ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.of(max)).rule(rule).source(SRC).build();
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  /** Three trainings in 2022 and two elders, with the given claims and extra evidence. */
  private static SelfAssessment assessment(String p11, String p12, String p21,
      Evidence... more) {
    List<Evidence> ev = new ArrayList<>();
    for (int m = 3; m <= 5; m++) {
      ev.add(new TrainingSession(TrainingKind.TRAINING, LocalDate.of(2022, m, 1),
          BigDecimal.ONE, 10, "培训"));
    }
    ev.add(new ElderMember(ElderRef.of("E1"), ElderCategory.TEACHER, Tier.CORE, true,
        LocalDate.of(2019, 9, 1)));
    ev.add(new ElderMember(ElderRef.of("E2"), ElderCategory.VETERAN, Tier.BACKBONE, false,
        LocalDate.of(2019, 9, 1)));
    ev.addAll(List.of(more));
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("C-1"), "核验测试单位", UnitType.PRIMARY,
            DistrictCode.of("320412")))
        .standardId(StandardId.of("claim-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022).addAllEvidence(ev)
        .addClaims(claim("1.1", p11), claim("1.2", p12), claim("2.1", p21)).build();
  }

  private static Claim claim(String code, String points) {
    return new Claim(CriterionCode.of(code), Points.parse(points), "");
  }

  @Test
  void aJudgementClaimLiesOnItsRuleStepEveryOtherOnTheStandardsClaimStep() {
    // 1.1 is judged in whole points: 2.5 is off its step of 1
    Result<ScoreReport> judged = scorer.score(SHEET, assessment("2.5", "3", "5"));
    assertThat(judged.isValid()).isFalse();
    assertThat(judged.problems()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.CLAIM_OFF_STEP);
      // the step, then the nearest valid claims (2 × 1 and 3 × 1) and where the step comes from
      assertThat(p.getArguments()).containsExactly("1.1", "2.5", "1", "2, 3", "the rule's step",
          "评分规则的步长");
      assertThat(p.getLocation().getPointer()).contains("/claims/0/points");
    });
    // 1.2 is computed: its claim lies on the claim step 0.5, so 2.5 is accepted, 2.25 is not
    assertThat(scorer.score(SHEET, assessment("2", "2.5", "5")).isValid()).isTrue();
    Result<ScoreReport> computed = scorer.score(SHEET, assessment("2", "2.25", "5"));
    assertThat(computed.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.CLAIM_OFF_STEP);
    // 2.25 ÷ 0.5 = 4.5: the nearest valid claims are 4 × 0.5 = 2 and 5 × 0.5 = 2.5
    assertThat(computed.problems().get(0).getArguments()).containsExactly("1.2", "2.25",
        "0.5", "2, 2.5", "the standard's claimStep", "标准的自评分步长“claimStep”");
  }

  @Test
  void aClaimBelowTheComputedPointsIsInformationAboveItAWarning() {
    // 3 trainings → 1.2 earns 3 whatever it claims
    ScoreReport under = scorer.score(SHEET, assessment("2", "1", "5")).value().orElseThrow();
    assertThat(under.warnings()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.CLAIM_UNDER_COMPUTED);
      assertThat(p.getSeverity()).isEqualTo(Severity.INFO);
      assertThat(p.getArguments()).containsExactly("1.2", "1", "3");
      assertThat(p.getLocation().getPointer()).contains("/claims/1/points");
      assertThat(p.getLocation().getCriterion()).contains(CriterionCode.of("1.2"));
    });
    ItemResult i = item(under, "1.2");
    assertThat(i.awarded()).isEqualTo(Points.of(3));
    assertThat(i.claimed()).contains(Points.of(1));
    assertThat(i.claimComparison()).isEqualTo(ClaimComparison.UNDER_CLAIM);
    ScoreReport over = scorer.score(SHEET, assessment("2", "5", "5")).value().orElseThrow();
    assertThat(over.warnings()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.CLAIM_OVER_COMPUTED);
      assertThat(p.getSeverity()).isEqualTo(Severity.WARNING);
    });
    assertThat(item(over, "1.2").awarded()).isEqualTo(Points.of(3));
    // the judgement's figure is its claim: CLAIMED, and the comparison is MATCHES
    assertThat(item(over, "1.1").source()).isEqualTo(FigureSource.CLAIMED);
    assertThat(item(over, "1.1").claimComparison()).isEqualTo(ClaimComparison.MATCHES);
    assertThat(item(over, "1.2").source()).isEqualTo(FigureSource.COMPUTED);
    assertThat(item(over, "1").source()).isEqualTo(FigureSource.SUBTOTAL);
  }

  @Test
  void datedEvidenceOutsideTheYearIsAWarningAndIsNotCounted() {
    // a fourth training on 2021-12-31: warned at its place, and 1.2 still counts 3
    ScoreReport r = scorer.score(SHEET, assessment("2", "3", "5",
        new TrainingSession(TrainingKind.STUDY, LocalDate.of(2021, 12, 31), BigDecimal.ONE, 8,
            "学习"))).value().orElseThrow();
    assertThat(r.warnings()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.EVIDENCE_OUTSIDE_YEAR);
      assertThat(p.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(p.getLocation().getPointer()).contains("/evidence/5");
    });
    assertThat(item(r, "1.2").awarded()).isEqualTo(Points.of(3));
  }

  @Test
  void gapsAreTheScoredLeavesThatLostPointsMostLostFirstThenByCode() {
    // 1.1 claims 3 of 5 (lost 2); 1.2 three trainings, 3 of 5 (lost 2); 2.1 two elders, 5 of 10
    // (lost 5): 2.1 first, then the tie 1.1 before 1.2; no subtotal is a gap
    ScoreReport r = scorer.score(SHEET, assessment("3", "3", "5")).value().orElseThrow();
    assertThat(r.gaps()).extracting(g -> g.code() + "=" + g.lost())
        .containsExactly("2.1=5", "1.1=2", "1.2=2");
    // 3 + 3 + 5 = 11 < 12: FAIL
    assertThat(r.roundedTotal()).isEqualTo(Points.of(11));
    assertThat(r.rating()).isEqualTo(Rating.FAIL);
  }

  @Test
  void aUnitTypeTheStandardDoesNotCoverIsNotScored() {
    SelfAssessment a = assessment("2", "3", "5");
    SelfAssessment kindergarten = io.github.ggw.standards.model.assessment.ImmutableSelfAssessment.copyOf(a)
        .withUnit(new Unit(a.getUnit().id(), a.getUnit().name(), UnitType.KINDERGARTEN,
            a.getUnit().district()));
    Result<ScoreReport> o = scorer.score(SHEET, kindergarten);
    assertThat(o.isValid()).isFalse();
    assertThat(o.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.ASSESSMENT_UNIT_TYPE_NOT_COVERED);
  }

  @Test
  void aStandardWhoseMeasuresTheRegistryRefusesIsNotScored() {
    // the model builds a standard around any measure name; the scorer checks it against its
    // registry before scoring and refuses
    Standard unknown = io.github.ggw.standards.model.standard.ImmutableStandard.copyOf(SHEET)
        .withDimensions(SHEET.getDimensions().get(0), ImmutableCriterion.builder()
            .code(CriterionCode.of("2")).title(text("二")).maxPoints(Points.of(10)).source(SRC)
            .addChildren(leaf("2.1", 10, new ThresholdLadder(MeasureRef.of("elders.cnt"),
                List.of(new Rung(BigDecimal.valueOf(4), Points.of(10))))))
            .build());
    Result<ScoreReport> o = scorer.score(unknown, assessment("2", "3", "5"));
    assertThat(o.isValid()).isFalse();
    assertThat(o.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.STANDARD_UNKNOWN_MEASURE);
  }

  private static ItemResult item(ScoreReport r, String code) {
    return r.items().stream().filter(i -> i.code().value().equals(code)).findFirst()
        .orElseThrow();
  }
}
