package io.github.ggw.standards.rules;

import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.FigureSource;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
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
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The composite under each not-applicable mode, with and without weights, the bonus, the one
 * rounding and what eligibility reads, on a sheet written in code and worked by hand (the worked
 * examples of {@code docs/scoring.md}).
 *
 * <p>Sheet (nominal 100, maximum total 103): four dimensions of 25 points, each one judgement
 * leaf (step 0.5): 1.1, 2.1, 3.1 and 4.1, the last a KEY item not applicable to kindergartens.
 * Weights, when on: 40 / 30 / 20 / 10 (they sum to the nominal maximum). Bonus B1: 1 point per
 * research output, item cap 2; B2: 2 points for a provincial advanced-collective title; bonus cap
 * 3. Bands FAIL 0 / PASS 60 / GOOD 75 / EXCELLENT 90; threshold 90; precision 0.1 HALF_UP.
 *
 * <p>The kindergarten claims 1.1 = 22.5 (90%), 2.1 = 20 (80%), 3.1 = 17.5 (70%); 4.1 does not
 * apply. The primary school claims the same and 4.1 = 5 (20%).
 */
class CompositeFormulasTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");
  private final Scorer scorer = Scorer.create();

  static Standard sheet(NotApplicableMode mode, boolean weighted) {
    List<Criterion> dims = new ArrayList<>();
    int[] weights = {40, 30, 20, 10};
    for (int d = 1; d <= 4; d++) {
      ImmutableCriterion leaf = leaf(d + ".1", 25, new Judgement(new BigDecimal("0.5")));
      if (d == 4) {
        leaf = leaf.withKind(CriterionKind.KEY).withNotApplicableTo(UnitType.KINDERGARTEN);
      }
      ImmutableCriterion dim = ImmutableCriterion.builder().code(CriterionCode.of("" + d))
          .title(text("维度" + d)).maxPoints(Points.of(25)).source(SRC).addChildren(leaf).build();
      dims.add(weighted ? dim.withWeight(BigDecimal.valueOf(weights[d - 1])) : dim);
    }
    dims.add(leaf("B1", 2, new PerOccurrence(MeasureRef.of("research.count"), Points.of(1)))
        .withKind(CriterionKind.BONUS));
    dims.add(leaf("B2", 2, new AllOrNothing(new Condition(MeasureRef.of("designations.count",
        MeasureParameters.builder().addDesignationKinds(DesignationKind.ADVANCED_COLLECTIVE)
            .minLevel(Level.PROVINCE).build()), Comparison.AT_LEAST, BigDecimal.ONE)))
        .withKind(CriterionKind.BONUS));
    return Standard.builder().id(StandardId.of("formula-sheet")).version(StandardVersion.of("1"))
        .title(text("公式测试表")).issuer(text("测试")).effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.PRIMARY, UnitType.KINDERGARTEN)
        .notApplicableMode(mode).addAllDimensions(dims)
        .addRatingBands(band(Rating.FAIL, "0"), band(Rating.PASS, "60"), band(Rating.GOOD, "75"),
            band(Rating.EXCELLENT, "90"))
        .bonusCap(Points.of(3)).certificationThreshold(Points.of(90)).source(SRC).build();
  }

  private static ImmutableCriterion leaf(String code, long max, ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.of(max)).rule(rule).source(SRC).build();
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  private static RatingBand band(Rating r, String lower) {
    return new RatingBand(r, Points.parse(lower));
  }

  static SelfAssessment assessment(UnitType type, String p11, String p21, String p31,
      String p41, Evidence... evidence) {
    List<Claim> claims = new ArrayList<>(List.of(claim("1.1", p11), claim("2.1", p21),
        claim("3.1", p31)));
    if (type != UnitType.KINDERGARTEN) {
      claims.add(claim("4.1", p41));
    }
    claims.add(claim("B1", "0"));
    claims.add(claim("B2", "0"));
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("F-1"), "公式测试单位", type, DistrictCode.of("320412")))
        .standardId(StandardId.of("formula-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022).addEvidence(evidence).addAllClaims(claims).build();
  }

  private static Claim claim(String code, String points) {
    return new Claim(CriterionCode.of(code), Points.parse(points), "");
  }

  private ScoreReport score(Standard s, SelfAssessment a) {
    return scorer.score(s, a).value().orElseThrow();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # type        | mode        | weighted | composite (exact)                   | rounded | rating
      # weighted, 4 n/a: 22.5/25×40 + 20/25×30 + 17.5/25×20 = 36 + 24 + 14 = 74; the weights of the
      # dimensions with applicable points sum to 90, not 100: 74 × 100 ÷ 90 = 82.222… → 82.2
      KINDERGARTEN  | RESCALE     | true     | 82.22222222222222222222222222222222 | 82.2    | GOOD
      # plain exclusion: every dimension over its nominal maximum: 36 + 24 + 14 + 0/25×10 = 74
      KINDERGARTEN  | EXCLUDE     | true     | 74                                  | 74      | PASS
      # full points: 4.1 counts 25 of 25: 36 + 24 + 14 + 25/25×10 = 84
      KINDERGARTEN  | FULL_POINTS | true     | 84                                  | 84      | GOOD
      # unweighted: 22.5 + 20 + 17.5 = 60 of the applicable 75: 60 × 100 ÷ 75 = 80
      KINDERGARTEN  | RESCALE     | false    | 80                                  | 80      | GOOD
      # unweighted plain exclusion: 60, no rescale
      KINDERGARTEN  | EXCLUDE     | false    | 60                                  | 60      | PASS
      # unweighted full points: 60 + 25 = 85
      KINDERGARTEN  | FULL_POINTS | false    | 85                                  | 85      | GOOD
      # everything applies: 36 + 24 + 14 + 5/25×10 = 76; the weights sum to 100: no rescale
      PRIMARY       | RESCALE     | true     | 76                                  | 76      | GOOD
      # unweighted: 22.5 + 20 + 17.5 + 5 = 65
      PRIMARY       | RESCALE     | false    | 65                                  | 65      | PASS
      """)
  void compositeUnderEachModeWithAndWithoutWeights(UnitType type, NotApplicableMode mode,
      boolean weighted, String composite, String rounded, Rating rating) {
    ScoreReport r = score(sheet(mode, weighted), assessment(type, "22.5", "20", "17.5", "5"));
    assertThat(r.composite()).isEqualByComparingTo(composite);
    assertThat(r.bonus()).isEqualTo(Points.ZERO);
    assertThat(r.total().toBigDecimal()).isEqualByComparingTo(composite);
    assertThat(r.roundedTotal()).isEqualTo(Points.parse(rounded));
    assertThat(r.rating()).isEqualTo(rating);
    assertThat(r.notApplicableMode()).isEqualTo(mode);
  }

  @Test
  void eachDimensionReportsItsContribution() {
    // kindergarten, weighted, RESCALE: contributions before the rescale 36, 24, 14 and 0
    ScoreReport r = score(sheet(NotApplicableMode.RESCALE, true),
        assessment(UnitType.KINDERGARTEN, "22.5", "20", "17.5", "5"));
    assertThat(r.dimensions()).extracting(d -> d.contribution().stripTrailingZeros()
        .toPlainString()).containsExactly("36", "24", "14", "0");
    assertThat(r.dimensions()).extracting(DimensionResult::applicableMax)
        .containsExactly(Points.of(25), Points.of(25), Points.of(25), Points.ZERO);
    assertThat(r.items()).filteredOn(i -> i.code().value().equals("4.1")).singleElement()
        .satisfies(i -> assertThat(i.source()).isEqualTo(FigureSource.NOT_APPLICABLE_EXCLUDED));
    ScoreReport full = score(sheet(NotApplicableMode.FULL_POINTS, true),
        assessment(UnitType.KINDERGARTEN, "22.5", "20", "17.5", "5"));
    assertThat(full.items()).filteredOn(i -> i.code().value().equals("4.1")).singleElement()
        .satisfies(i -> {
          assertThat(i.source()).isEqualTo(FigureSource.NOT_APPLICABLE_FULL_POINTS);
          assertThat(i.awarded()).isEqualTo(Points.of(25));
        });
  }

  @Test
  void bonusIsAddedAfterTheCompositeCappedPerItemAndForTheStandard() {
    // five research outputs: B1 = min(5 × 1, 2) = 2 (its own cap); the provincial title: B2 = 2;
    // 2 + 2 = 4, capped at 3. The bonus is not rescaled: 82.222… + 3 = 85.222… → 85.2
    List<Evidence> ev = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ev.add(new ResearchOutput(ResearchKind.SURVEY_REPORT, LocalDate.of(2022, i, 1), "调研"));
    }
    ev.add(new DesignationHeld(DesignationKind.ADVANCED_COLLECTIVE, Level.PROVINCE,
        LocalDate.of(2019, 12, 1), "苏关工委〔2019〕1号"));
    ScoreReport r = score(sheet(NotApplicableMode.RESCALE, true), assessment(
        UnitType.KINDERGARTEN, "22.5", "20", "17.5", "5", ev.toArray(Evidence[]::new)));
    assertThat(r.items()).filteredOn(i -> i.code().value().equals("B1")).singleElement()
        .satisfies(i -> assertThat(i.awarded()).isEqualTo(Points.of(2)));
    assertThat(r.bonus()).isEqualTo(Points.of(3));
    assertThat(r.composite()).isEqualByComparingTo("82.22222222222222222222222222222222");
    assertThat(r.total().toBigDecimal()).isEqualByComparingTo(
        "85.22222222222222222222222222222222");
    assertThat(r.roundedTotal()).isEqualTo(Points.parse("85.2"));
    assertThat(r.maximumTotal()).isEqualTo(Points.of(103));
  }

  @ParameterizedTest(name = "precision {0} {1} → {2}")
  @CsvSource({
    // 82.222… ÷ 0.5 = 164.44… → 164 → 82
    "0.5,  HALF_UP, 82",
    // 82.222… ÷ 1 = 82.22… → UP 83
    "1,    UP,      83",
    // 82.222… ÷ 0.01 = 8222.2… → 8222 → 82.22
    "0.01, HALF_UP, 82.22",
    // 82.222… ÷ 5 = 16.44… → 16 → 80
    "5,    HALF_UP, 80"})
  void theTotalIsRoundedOnceToTheStandardsPrecisionAndMode(String precision, RoundingMode mode,
      String rounded) {
    Standard s = ImmutableStandard.copyOf(sheet(NotApplicableMode.RESCALE, true))
        .withPrecision(new BigDecimal(precision)).withRounding(mode);
    ScoreReport r = score(s, assessment(UnitType.KINDERGARTEN, "22.5", "20", "17.5", "5"));
    assertThat(r.total().toBigDecimal()).isEqualByComparingTo(
        "82.22222222222222222222222222222222");
    assertThat(r.roundedTotal()).isEqualTo(Points.parse(rounded));
  }

  /**
   * Unweighted, RESCALE, kindergarten claiming 22.5 + 20 + 3 = 45.5 of 75: 45.5 × 100 ÷ 75 =
   * 60.666… → 60.7. With PASS and the threshold at 60.7 the exact total is below both, the rounded
   * total reaches both, and the raw claimed sum 45.5 plays no part.
   */
  @Test
  void bandAndEligibilityReadTheRoundedTotalNeverTheClaims() {
    Standard s = ImmutableStandard.copyOf(sheet(NotApplicableMode.RESCALE, false))
        .withRatingBands(band(Rating.FAIL, "0"), band(Rating.PASS, "60.7"),
            band(Rating.GOOD, "75"), band(Rating.EXCELLENT, "90"))
        .withCertificationThreshold(Points.parse("60.7"));
    ScoreReport r = score(s, assessment(UnitType.KINDERGARTEN, "22.5", "20", "3", "0"));
    assertThat(r.total().toBigDecimal()).isLessThan(new BigDecimal("60.7"));
    assertThat(r.roundedTotal()).isEqualTo(Points.parse("60.7"));
    assertThat(r.rating()).isEqualTo(Rating.PASS);
    assertThat(r.eligibility().eligible()).isTrue();
    assertThat(r.claimedSum()).isEqualTo(Points.parse("45.5"));
  }

  @Test
  void aKeyItemIsMetOnlyAtFullPointsAndANotApplicableOneIsSkipped() {
    // primary: 4.1 (KEY) claims 5 of 25; the total 76 is also below 90
    ScoreReport primary = score(sheet(NotApplicableMode.RESCALE, true),
        assessment(UnitType.PRIMARY, "25", "25", "25", "5"));
    // 40 + 30 + 20 + 5/25×10 = 92: above the threshold, only the key item fails
    assertThat(primary.roundedTotal()).isEqualTo(Points.of(92));
    assertThat(primary.eligibility().eligible()).isFalse();
    assertThat(primary.eligibility().reasons()).extracting(LocalizedText::en)
        .containsExactly("Key indicator 4.1 not met (5 of 25 points)");
    ScoreReport full = score(sheet(NotApplicableMode.RESCALE, true),
        assessment(UnitType.PRIMARY, "25", "25", "25", "25"));
    assertThat(full.eligibility().eligible()).isTrue();
    // kindergarten: 4.1 does not apply, so it cannot fail: 25 + 25 + 25 of 75 → 100, eligible
    ScoreReport kindergarten = score(sheet(NotApplicableMode.RESCALE, true),
        assessment(UnitType.KINDERGARTEN, "25", "25", "25", "0"));
    assertThat(kindergarten.roundedTotal()).isEqualTo(Points.of(100));
    assertThat(kindergarten.eligibility().eligible()).isTrue();
  }

  @Test
  void aPrerequisiteIsADesignationHeldOfAnyDate() {
    Standard s = ImmutableStandard.copyOf(sheet(NotApplicableMode.RESCALE, true))
        .withPrerequisites(DesignationKind.REGULARISATION_QUALIFIED);
    // 100 points, but without the earlier qualification
    ScoreReport without = score(s, assessment(UnitType.KINDERGARTEN, "25", "25", "25", "0"));
    assertThat(without.eligibility().eligible()).isFalse();
    assertThat(without.eligibility().reasons()).extracting(LocalizedText::en).containsExactly(
        "The unit does not hold the prerequisite designation regularisation-qualified unit");
    // conferred in 2019, three years before the assessment year: it counts, and a designation
    // is a standing fact, so it draws no outside-the-year warning
    ScoreReport with = score(s, assessment(UnitType.KINDERGARTEN, "25", "25", "25", "0",
        new DesignationHeld(DesignationKind.REGULARISATION_QUALIFIED, Level.DISTRICT,
            LocalDate.of(2019, 6, 1), "武教关委〔2019〕3号")));
    assertThat(with.eligibility().eligible()).isTrue();
    assertThat(with.warnings()).noneMatch(p -> p.getCode() == ProblemCode.EVIDENCE_OUTSIDE_YEAR);
  }
}
