package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.measure.Measure;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.measure.MeasureType;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.NotApplicableMode;
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
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.IncidentSource;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Veto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples of the scorer on a small sheet written in code.
 *
 * <p>Sheet (nominal 20, bonus cap 1.5, bands FAIL 0 / PASS 12 / GOOD 15 / EXCELLENT 18,
 * threshold 18, veto below 5): dimension 1 (10): 1.1 KEY judgement 0–4 step 0.5; 1.2 2 points
 * per training, at most 6, not applicable to kindergartens. Dimension 2 (10): 2.1 deduction from
 * 10: 1 per publicity item short of 4, 3 if no plan. B1 bonus 2 if any research. V1 veto on any
 * incident.
 */
class ScorerTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");
  private final Scorer scorer = Scorer.create();

  static Standard sheet(NotApplicableMode mode, boolean weighted) {
    Criterion d1 = Criterion.builder().code(CriterionCode.of("1")).title(text("一"))
        .maxPoints(Points.of(10)).source(SRC)
        .addChildren(leaf("1.1", 4, new Judgement(new BigDecimal("0.5"))).withKind(
            CriterionKind.KEY))
        .addChildren(leaf("1.2", 6, new PerOccurrence(MeasureRef.of("trainings.count"),
            Points.of(2))).withNotApplicableTo(UnitType.KINDERGARTEN))
        .build();
    Criterion d2 = Criterion.builder().code(CriterionCode.of("2")).title(text("二"))
        .maxPoints(Points.of(10)).source(SRC)
        .addChildren(leaf("2.1", 10, new Deduction(List.of(
            new Deficiency("D1", text("宣传不足"), MeasureRef.of("publicity.count"),
                Comparison.AT_LEAST, BigDecimal.valueOf(4), Points.of(1)),
            new Deficiency("D2", text("无计划"), MeasureRef.of("documents.count",
                MeasureParameters.builder().addDocumentKinds(DocumentKind.PLAN).build()),
                Comparison.AT_LEAST, BigDecimal.ONE, Points.of(3))))))
        .build();
    if (weighted) {
      d1 = ImmutableCriterion.copyOf(d1).withWeight(BigDecimal.valueOf(12));
      d2 = ImmutableCriterion.copyOf(d2).withWeight(BigDecimal.valueOf(8));
    }
    ImmutableStandard.Builder b = Standard.builder().id(StandardId.of("test-sheet"))
        .version(StandardVersion.of("1")).title(text("测试评分表")).issuer(text("测试"))
        .effectiveFrom(LocalDate.of(2020, 1, 1)).validUntil(LocalDate.of(2024, 12, 31))
        .addApplicableUnitTypes(UnitType.PRIMARY, UnitType.KINDERGARTEN)
        .notApplicableMode(mode).addDimensions(d1, d2)
        .addDimensions(leaf("B1", 2, new AllOrNothing(new Condition(
            MeasureRef.of("research.count"), Comparison.AT_LEAST, BigDecimal.ONE)))
            .withKind(CriterionKind.BONUS))
        .addDimensions(leaf("V1", 0, new Veto(new Condition(MeasureRef.of("incidents.count"),
            Comparison.AT_LEAST, BigDecimal.ONE))).withKind(CriterionKind.VETO))
        .addRatingBands(band(Rating.FAIL, 0), band(Rating.PASS, 12), band(Rating.GOOD, 15),
            band(Rating.EXCELLENT, 18))
        .bonusCap(Points.parse("1.5")).certificationThreshold(Points.of(18))
        .vetoBelow(Points.of(5)).source(SRC);
    return b.build();
  }

  private static ImmutableCriterion leaf(String code, long max,
      io.github.ggw.standards.model.rule.ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.of(max)).rule(rule).source(SRC).build();
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  private static RatingBand band(Rating r, long lower) {
    return new RatingBand(r, Points.of(lower));
  }

  static SelfAssessment assessment(UnitType type, String judgement, int trainings,
      int publicity, boolean plan, boolean research, boolean incident) {
    List<Evidence> ev = new ArrayList<>();
    for (int i = 0; i < trainings; i++) {
      ev.add(new TrainingSession(TrainingKind.TRAINING, LocalDate.of(2022, 3, 1 + i),
          BigDecimal.ONE, 10, "培训"));
    }
    if (publicity > 0) {
      ev.add(new Publicity(PublicityKind.NEWSLETTER_ISSUE, LocalDate.of(2022, 6, 1), publicity));
    }
    if (plan) {
      ev.add(new DocumentRecord(DocumentKind.PLAN, "计划", LocalDate.of(2022, 1, 5), ""));
    }
    if (research) {
      ev.add(new ResearchOutput(ResearchKind.SURVEY_REPORT, LocalDate.of(2022, 7, 1), "调研"));
    }
    if (incident) {
      ev.add(new Incident(IncidentKind.SAFETY_INCIDENT, LocalDate.of(2022, 5, 1),
          IncidentSource.REVIEWER, "事故"));
    }
    List<Claim> claims = new ArrayList<>();
    claims.add(new Claim(CriterionCode.of("1.1"), Points.parse(judgement), ""));
    if (type != UnitType.KINDERGARTEN) {
      claims.add(new Claim(CriterionCode.of("1.2"), Points.ZERO, ""));
    }
    claims.add(new Claim(CriterionCode.of("2.1"), Points.ZERO, ""));
    claims.add(new Claim(CriterionCode.of("B1"), Points.ZERO, ""));
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("T-1"), "测试单位", type, DistrictCode.of("320412")))
        .standardId(StandardId.of("test-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022).addAllEvidence(ev).addAllClaims(claims).build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case | mode | weighted | type | 1.1 | trainings | publicity | plan | research | incident | exact total | rounded | rating | eligible | vetoed
      # d1 = 3 + min(6, 2×2) = 7; d2 = 10 − 1×(4−2) = 8; bonus min(1.5, 2) = 1.5; 7 + 8 + 1.5 = 16.5
      primary                | RESCALE     | false | PRIMARY      | 3 | 2 | 2 | true  | true  | false | 16.5   | 16.5 | GOOD      | false | false
      # weighted: 7/10×12 + 8/10×8 = 8.4 + 6.4 = 14.8; + 1.5 = 16.3
      primary weighted       | RESCALE     | true  | PRIMARY      | 3 | 2 | 2 | true  | true  | false | 16.3   | 16.3 | GOOD      | false | false
      # 1.2 n/a: (3 + 8) × 20 / (4 + 10) = 220/14 = 15.714285714285714…; + 1.5 = 17.214285714… → 17.2
      kindergarten rescale   | RESCALE     | false | KINDERGARTEN | 3 | 2 | 2 | true  | true  | false | 17.21428571428571428571428571428571 | 17.2 | GOOD | false | false
      # weighted rescale: 3/4×12 + 8/10×8 = 9 + 6.4 = 15.4; + 1.5 = 16.9
      kindergarten weighted  | RESCALE     | true  | KINDERGARTEN | 3 | 2 | 2 | true  | true  | false | 16.9   | 16.9 | GOOD      | false | false
      # full points: 3 + 6 + 8 = 17; + 1.5 = 18.5 → EXCELLENT, but key 1.1 (3 of 4) is not met
      kindergarten full      | FULL_POINTS | false | KINDERGARTEN | 3 | 2 | 2 | true  | true  | false | 18.5   | 18.5 | EXCELLENT | false | false
      # plain exclusion: 3 + 8 = 11; + 1.5 = 12.5
      kindergarten exclude   | EXCLUDE     | false | KINDERGARTEN | 3 | 2 | 2 | true  | true  | false | 12.5   | 12.5 | PASS      | false | false
      # everything: 4 + 6 + 10 = 20; + 1.5 = 21.5 → eligible
      full marks             | RESCALE     | false | PRIMARY      | 4 | 3 | 4 | true  | true  | false | 21.5   | 21.5 | EXCELLENT | true  | false
      # same with an incident: points kept, band forced to FAIL, not eligible
      vetoed                 | RESCALE     | false | PRIMARY      | 4 | 3 | 4 | true  | true  | true  | 21.5   | 21.5 | FAIL      | false | true
      # nothing: 0 + 0 + (10 − 4 − 3) = 3 < floor 5 → veto on the total
      below the floor        | RESCALE     | false | PRIMARY      | 0 | 0 | 0 | false | false | false | 3      | 3    | FAIL      | false | true
      # deduction floors at 0: publicity 0 (−4), no plan (−3) and nothing else: still 3; 1.1 = 2 → 5 = floor, no veto
      at the floor           | RESCALE     | false | PRIMARY      | 2 | 0 | 0 | false | false | false | 5      | 5    | FAIL      | false | false
      """)
  void workedExamples(String name, NotApplicableMode mode, boolean weighted, UnitType type,
      String judgement, int trainings, int publicity, boolean plan, boolean research,
      boolean incident, String total, String rounded, Rating rating, boolean eligible,
      boolean vetoed) {
    ScoreReport r = scorer.score(sheet(mode, weighted), assessment(type, judgement, trainings,
        publicity, plan, research, incident)).value().orElseThrow();
    assertThat(r.total()).isEqualTo(Points.parse(total));
    assertThat(r.roundedTotal()).isEqualTo(Points.parse(rounded));
    assertThat(r.rating()).isEqualTo(rating);
    assertThat(r.eligibility().eligible()).isEqualTo(eligible);
    assertThat(r.isVetoed()).isEqualTo(vetoed);
    assertThat(r.notApplicableMode()).isEqualTo(mode);
  }

  @Test
  void everyLostPointHasAReasonNamingTheRuleAndMeasure() {
    ScoreReport r = scorer.score(sheet(NotApplicableMode.RESCALE, false),
        assessment(UnitType.PRIMARY, "3", 2, 2, false, false, false)).value().orElseThrow();
    for (ItemResult i : r.items()) {
      if (i.source() == FigureSource.COMPUTED || i.source() == FigureSource.CLAIMED) {
        Points lost = i.lost().stream().map(LostPoints::points).reduce(Points.ZERO, Points::plus);
        // a deduction lists each deficiency; below the floor the list may add up to more
        assertThat(lost).as(i.code().toString()).isGreaterThanOrEqualTo(i.pointsLost());
      }
    }
    ItemResult d = r.items().stream().filter(i -> i.code().value().equals("2.1")).findFirst()
        .orElseThrow();
    // 10 − 1×(4−2) − 3 = 5
    assertThat(d.awarded()).isEqualTo(Points.of(5));
    assertThat(d.lost()).extracting(l -> l.reason().en())
        .containsExactly("D1 宣传不足: publicity items is 2, should be ≥ 4",
            "D2 无计划: documents (plan) is 0, should be ≥ 1");
    assertThat(d.measures()).extracting(m -> m.value().intValue()).containsExactly(2, 0);
  }

  @Test
  void overClaimIsFlaggedWithBothFigures() {
    SelfAssessment a = assessment(UnitType.PRIMARY, "3", 1, 4, true, false, false);
    SelfAssessment over = io.github.ggw.standards.model.assessment.ImmutableSelfAssessment.copyOf(a)
        .withClaims(a.getClaims().stream().map(c -> c.code().value().equals("1.2")
            ? new Claim(c.code(), Points.of(6), "") : c).toList());
    ScoreReport r = scorer.score(sheet(NotApplicableMode.RESCALE, false), over).value()
        .orElseThrow();
    assertThat(r.warnings()).filteredOn(p -> p.getCode() == ProblemCode.CLAIM_OVER_COMPUTED)
        .singleElement().satisfies(p -> {
          assertThat(p.getArguments()).containsExactly("1.2", "6", "2");
          assertThat(p.getLocation().getPointer()).contains("/claims/1/points");
        });
    ItemResult i = r.items().stream().filter(x -> x.code().value().equals("1.2")).findFirst()
        .orElseThrow();
    assertThat(i.claimComparison()).isEqualTo(ClaimComparison.OVER_CLAIM);
    assertThat(i.awarded()).isEqualTo(Points.of(2));
  }

  @Test
  void assessmentProblemsStopScoring() {
    Standard s = sheet(NotApplicableMode.RESCALE, false);
    SelfAssessment a = assessment(UnitType.KINDERGARTEN, "4.5", 0, 0, false, false, false);
    List<Claim> claims = new ArrayList<>(a.getClaims());
    claims.add(new Claim(CriterionCode.of("1.2"), Points.ZERO, ""));   // not applicable
    claims.add(new Claim(CriterionCode.of("V1"), Points.ZERO, ""));    // veto items take none
    claims.remove(1);                                                  // 2.1 missing
    SelfAssessment bad = io.github.ggw.standards.model.assessment.ImmutableSelfAssessment.copyOf(a)
        .withClaims(claims).withYear(2019).withStandardVersion(StandardVersion.of("2"));
    Result<ScoreReport> o = scorer.score(s, bad);
    assertThat(o.isValid()).isFalse();
    assertThat(o.problems()).extracting(Problem::getCode).containsExactlyInAnyOrder(
        ProblemCode.ASSESSMENT_WRONG_VERSION, ProblemCode.ASSESSMENT_YEAR_OUTSIDE_VALIDITY,
        ProblemCode.CLAIM_ABOVE_MAX, ProblemCode.CLAIM_NOT_APPLICABLE,
        ProblemCode.CLAIM_UNKNOWN_CODE, ProblemCode.CLAIM_MISSING);
  }

  @Test
  void unknownMeasuresAndUnfitTypesAreRefused() {
    Standard s = Standard.builder().from(sheet(NotApplicableMode.RESCALE, false))
        .dimensions(List.of(Criterion.builder().code(CriterionCode.of("1")).title(text("一"))
            .maxPoints(Points.of(20)).source(SRC)
            .addChildren(leaf("1.1", 10, new PerOccurrence(MeasureRef.of("no.such"),
                Points.of(1))))
            .addChildren(leaf("1.2", 10, new PerOccurrence(MeasureRef.of(
                "organisation.inAnnualPlan"), Points.of(10))))
            .build(), leaf("B1", 1, new AllOrNothing(new Condition(MeasureRef.of(
                "trainings.count", MeasureParameters.builder().addTiers(
                    io.github.ggw.standards.model.evidence.Tier.CORE).build()),
                Comparison.AT_LEAST, BigDecimal.ONE))).withKind(CriterionKind.BONUS)))
        .build();
    assertThat(MeasureRegistry.builtIn().check(s)).extracting(p -> p.getCode() + "@"
            + p.getLocation().getCriterion().orElseThrow())
        .containsExactly("STANDARD_UNKNOWN_MEASURE@1.1", "STANDARD_MEASURE_TYPE@1.2",
            "STANDARD_MEASURE_PARAMETER@B1");
  }

  @Test
  void withMeasuresGivesAScorerOverTheOtherRegistryAndLeavesThisOne() {
    Standard base = sheet(NotApplicableMode.RESCALE, false);
    List<Criterion> dims = new ArrayList<>(base.getDimensions());
    dims.set(2, leaf("B1", 2, new AllOrNothing(new Condition(MeasureRef.of("test.always"),
        Comparison.AT_LEAST, BigDecimal.ONE))).withKind(CriterionKind.BONUS));
    Standard s = Standard.builder().from(base).dimensions(dims).build();
    Measure always = Measure.of("test.always", MeasureType.COUNT, text("项"), true, "test",
        Set.of(), (ev, p) -> BigDecimal.ONE);
    Scorer more = scorer.withMeasures(MeasureRegistry.builtIn().with(List.of(always)));
    SelfAssessment a = assessment(UnitType.PRIMARY, "3", 2, 2, true, false, false);

    assertThat(scorer.score(s, a).problems()).extracting(Problem::getCode)
        .contains(ProblemCode.STANDARD_UNKNOWN_MEASURE);
    assertThat(more.score(s, a).value().orElseThrow().bonus()).isEqualTo(Points.parse("1.5"));
    assertThat(more.getMeasures().find(always.getName())).isPresent();
    assertThat(scorer.getMeasures()).isSameAs(MeasureRegistry.builtIn());
  }
}
