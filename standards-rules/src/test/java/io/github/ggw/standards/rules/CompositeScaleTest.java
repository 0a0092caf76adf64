package io.github.ggw.standards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weights on a declared composite scale, worked by hand (docs/scoring.md, "Weights and the
 * composite").
 *
 * <p>Sheet: four sections each out of 100 (nominal maximum 400), weights 40 / 30 / 20 / 10,
 * {@code compositeScale} 100; bands FAIL 0 / PASS 60 / GOOD 80 / EXCELLENT 90, threshold 85,
 * veto floor 50, bonus B1 (1 point per research output, item cap 2) under a bonus cap of 3.
 * Section 1 is judgement item 1.1 (100); 2 is 2.1 (100); 3 is 3.1 (60) and 3.2 (40, not
 * applicable to junior secondary schools); 4 is 4.1 (100, not applicable to kindergartens and
 * junior secondary schools). Claims 1.1 = 90, 2.1 = 80, 3.1 = 42, 3.2 = 28, 4.1 = 100: section
 * scores 90, 80, 70, 100.
 */
class CompositeScaleTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");
  private final Scorer scorer = Scorer.create();

  static Standard sheet(NotApplicableMode mode) {
    int[] weights = {40, 30, 20, 10};
    List<Criterion> dims = new ArrayList<>();
    for (int d = 1; d <= 4; d++) {
      List<Criterion> leaves = new ArrayList<>();
      if (d == 3) {
        leaves.add(leaf("3.1", 60));
        leaves.add(leaf("3.2", 40).withNotApplicableTo(UnitType.JUNIOR_SECONDARY));
      } else if (d == 4) {
        leaves.add(leaf("4.1", 100).withNotApplicableTo(UnitType.KINDERGARTEN,
            UnitType.JUNIOR_SECONDARY));
      } else {
        leaves.add(leaf(d + ".1", 100));
      }
      dims.add(ImmutableCriterion.builder().code(CriterionCode.of("" + d))
          .title(text("板块" + d)).maxPoints(Points.of(100)).source(SRC).addAllChildren(leaves)
          .weight(BigDecimal.valueOf(weights[d - 1])).build());
    }
    dims.add(leaf("B1", 2, new PerOccurrence(MeasureRef.of("research.count"), Points.of(1)))
        .withKind(CriterionKind.BONUS));
    ImmutableStandard.Builder b = Standard.builder().id(StandardId.of("scale-sheet"))
        .version(StandardVersion.of("1")).title(text("百分制加权测试表")).issuer(text("测试"))
        .effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.PRIMARY, UnitType.KINDERGARTEN,
            UnitType.JUNIOR_SECONDARY)
        .notApplicableMode(mode).addAllDimensions(dims).compositeScale(Points.of(100))
        .addRatingBands(band(Rating.FAIL, "0"), band(Rating.PASS, "60"),
            band(Rating.GOOD, "80"), band(Rating.EXCELLENT, "90"))
        .bonusCap(Points.of(3)).certificationThreshold(Points.of(85)).vetoBelow(Points.of(50))
        .source(SRC);
    return b.build();
  }

  private static ImmutableCriterion leaf(String code, long max) {
    return leaf(code, max, new Judgement(new BigDecimal("0.5")));
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

  /** Claims for the items that apply to the type: 1.1, 2.1, 3.1, 3.2, 4.1 in that order. */
  static SelfAssessment assessment(UnitType type, String p11, String p21, String p31,
      String p32, String p41, Evidence... evidence) {
    List<Claim> claims = new ArrayList<>(List.of(claim("1.1", p11), claim("2.1", p21),
        claim("3.1", p31)));
    if (type != UnitType.JUNIOR_SECONDARY) {
      claims.add(claim("3.2", p32));
    }
    if (type == UnitType.PRIMARY) {
      claims.add(claim("4.1", p41));
    }
    claims.add(claim("B1", "0"));
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("S-1"), "百分制测试单位", type, DistrictCode.of("320412")))
        .standardId(StandardId.of("scale-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022).addEvidence(evidence).addAllClaims(claims).build();
  }

  private static Claim claim(String code, String points) {
    return new Claim(CriterionCode.of(code), Points.parse(points), "");
  }

  private ScoreReport score(NotApplicableMode mode, SelfAssessment a) {
    return scorer.score(sheet(mode), a).value().orElseThrow();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # type           | mode        | composite (exact)        | rounded | rating
      # every item applies: 90/100×40 + 80/100×30 + 70/100×20 + 100/100×10 = 36 + 24 + 14 + 10 = 84
      PRIMARY          | RESCALE     | 84                       | 84      | GOOD
      PRIMARY          | FULL_POINTS | 84                       | 84      | GOOD
      PRIMARY          | EXCLUDE     | 84                       | 84      | GOOD
      # section 4 n/a: 36 + 24 + 14 = 74; RESCALE × 100 ÷ (40 + 30 + 20) = 82.222… → 82.2
      KINDERGARTEN     | RESCALE     | 82.22222222222222222222222222222222 | 82.2 | GOOD
      # FULL_POINTS: 4.1 counts as met, 100/100×10 = 10: 74 + 10 = 84
      KINDERGARTEN     | FULL_POINTS | 84                       | 84      | GOOD
      # EXCLUDE: Σ P ÷ M × w = 74, the 10 of section 4 simply lost (no rescale)
      KINDERGARTEN     | EXCLUDE     | 74                       | 74      | PASS
      # 4.1 and 3.2 n/a. RESCALE: section 3 is 42 of its applicable 60: 42/60×20 = 14;
      # 36 + 24 + 14 = 74, × 100 ÷ 90 = 82.222… → 82.2
      JUNIOR_SECONDARY | RESCALE     | 82.22222222222222222222222222222222 | 82.2 | GOOD
      # FULL_POINTS: 3.2 earns its 40: (42 + 40)/100×20 = 16.4; 36 + 24 + 16.4 + 10 = 86.4
      JUNIOR_SECONDARY | FULL_POINTS | 86.4                     | 86.4    | GOOD
      # EXCLUDE: 42/100×20 = 8.4; 36 + 24 + 8.4 = 68.4
      JUNIOR_SECONDARY | EXCLUDE     | 68.4                     | 68.4    | PASS
      """)
  void compositeOnTheScaleUnderEachMode(UnitType type, NotApplicableMode mode,
      String composite, String rounded, Rating rating) {
    ScoreReport r = score(mode, assessment(type, "90", "80", "42", "28", "100"));
    assertThat(r.composite()).isEqualByComparingTo(composite);
    assertThat(r.roundedTotal()).isEqualTo(Points.parse(rounded));
    assertThat(r.rating()).isEqualTo(rating);
    // "out of" figures are on the scale: 100, and 100 + bonus cap 3 = 103
    assertThat(r.nominalMax()).isEqualTo(Points.of(100));
    assertThat(r.maximumTotal()).isEqualTo(Points.of(103));
  }

  @Test
  void theWorkedExampleOfTheAuthoringSheet() {
    // 36 + 24 + 14 + 10 = 84.0 → 良好 with bands 90/80/60
    ScoreReport all = score(NotApplicableMode.RESCALE,
        assessment(UnitType.PRIMARY, "90", "80", "42", "28", "100"));
    assertThat(all.roundedTotal()).isEqualTo(Points.parse("84.0"));
    assertThat(all.rating()).isEqualTo(Rating.GOOD);
    List<String> contributions = all.dimensions().stream()
        .map(d -> d.contribution().stripTrailingZeros().toPlainString()).toList();
    assertThat(contributions).containsExactly("36", "24", "14", "10");
    // section 4 not applicable: RESCALE 74 × 100 ÷ 90 = 82.2, EXCLUDE 74.0
    assertThat(score(NotApplicableMode.RESCALE,
        assessment(UnitType.KINDERGARTEN, "90", "80", "42", "28", "-")).roundedTotal())
        .isEqualTo(Points.parse("82.2"));
    assertThat(score(NotApplicableMode.EXCLUDE,
        assessment(UnitType.KINDERGARTEN, "90", "80", "42", "28", "-")).roundedTotal())
        .isEqualTo(Points.parse("74.0"));
  }

  @Test
  void bonusThresholdAndVetoFloorAreOnTheScale() {
    ResearchOutput r1 = new ResearchOutput(ResearchKind.SURVEY_REPORT,
        LocalDate.of(2022, 3, 1), "调研一");
    ResearchOutput r2 = new ResearchOutput(ResearchKind.SURVEY_REPORT,
        LocalDate.of(2022, 5, 1), "调研二");
    // 84 + bonus min(2 × 1, cap 2, standard cap 3) = 86 ≥ threshold 85: eligible
    ScoreReport withBonus = score(NotApplicableMode.RESCALE,
        assessment(UnitType.PRIMARY, "90", "80", "42", "28", "100", r1, r2));
    assertThat(withBonus.bonus()).isEqualTo(Points.of(2));
    assertThat(withBonus.roundedTotal()).isEqualTo(Points.parse("86"));
    assertThat(withBonus.eligibility().eligible()).isTrue();
    // without the bonus 84 < 85: not eligible
    assertThat(score(NotApplicableMode.RESCALE,
        assessment(UnitType.PRIMARY, "90", "80", "42", "28", "100")).eligibility().eligible())
        .isFalse();
    // 50/100×40 + 60/100×30 + 40/100×20 + 20/100×10 = 20 + 18 + 8 + 2 = 48 < floor 50: vetoed,
    // forced to FAIL
    ScoreReport low = score(NotApplicableMode.RESCALE,
        assessment(UnitType.PRIMARY, "50", "60", "20", "20", "20"));
    assertThat(low.roundedTotal()).isEqualTo(Points.parse("48"));
    assertThat(low.vetoes()).hasSize(1);
    assertThat(low.rating()).isEqualTo(Rating.FAIL);
    // 50/100×40 + 60/100×30 + 60/100×20 + 20/100×10 = 20 + 18 + 12 + 2 = 52 ≥ 50: no veto, and
    // 52 < 60 is FAIL by band
    ScoreReport above = score(NotApplicableMode.RESCALE,
        assessment(UnitType.PRIMARY, "50", "60", "40", "20", "20"));
    assertThat(above.roundedTotal()).isEqualTo(Points.parse("52"));
    assertThat(above.vetoes()).isEmpty();
  }

  @Test
  void eachSectionReportsItsPointsWeightAndContribution() {
    // kindergarten, RESCALE: section 4 has applicable maximum 0 and contributes 0
    ScoreReport r = score(NotApplicableMode.RESCALE,
        assessment(UnitType.KINDERGARTEN, "90", "80", "42", "28", "-"));
    DimensionResult s4 = r.dimensions().get(3);
    assertThat(s4.applicableMax()).isEqualTo(Points.ZERO);
    assertThat(s4.contribution()).isEqualByComparingTo("0");
    assertThat(s4.weight()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("10"));
    // section 3: 42 + 28 = 70 of 100, 70/100×20 = 14
    DimensionResult s3 = r.dimensions().get(2);
    assertThat(s3.score()).isEqualTo(Points.of(70));
    assertThat(s3.contribution()).isEqualByComparingTo("14");
  }
}
