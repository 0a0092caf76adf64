package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.Points;
import static io.github.ggw.standards.model.TestStandards.pts;
import static io.github.ggw.standards.model.TestStandards.valid;
import static io.github.ggw.standards.model.TestStandards.validBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardTest {

  /** Bands: FAIL ≥ 0, PASS ≥ 12, GOOD ≥ 15, EXCELLENT ≥ 18; lower bounds are inclusive. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0,     FAIL",
    "11.9,  FAIL",
    "11.99, FAIL",
    "12,    PASS",
    "12.0,  PASS",
    "14.9,  PASS",
    "15,    GOOD",
    "17.9,  GOOD",
    "18,    EXCELLENT",
    "21,    EXCELLENT"
  })
  void bandForIsLowerInclusive(String total, Rating expected) {
    assertThat(valid().bandFor(pts(total)).rating()).isEqualTo(expected);
  }

  @Test
  void lowestBand() {
    assertThat(valid().getLowestBand()).isEqualTo(new RatingBand(Rating.FAIL, Points.ZERO));
  }

  /** In force from 2021-09-01 to 2024-06-30: the years 2021 to 2024, inclusive. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"2020, false", "2021, true", "2022, true", "2024, true", "2025, false"})
  void isInForceByYearInclusive(int year, boolean expected) {
    assertThat(valid().isInForce(year)).isEqualTo(expected);
  }

  @Test
  void withoutAnEndItStaysInForce() {
    Standard s = validBuilder().validUntil(Optional.empty()).build();
    assertThat(s.isInForce(2020)).isFalse();
    assertThat(s.isInForce(2021)).isTrue();
    assertThat(s.isInForce(2100)).isTrue();
  }

  @Test
  void nominalMaxAndMaximumTotal() {
    Standard s = valid();
    // 10 + 10; the bonus item A1 and the veto item V1 are outside the nominal maximum
    assertThat(s.getNominalMax()).isEqualTo(pts("20"));
    // 20 + bonus cap 1
    assertThat(s.getMaximumTotal()).isEqualTo(pts("21"));
    assertThat(validBuilder().bonusCap(pts("2.5")).build().getMaximumTotal()).isEqualTo(pts("22.5"));
  }

  @Test
  void defaults() {
    Standard valid = valid();
    // the same standard built without bonus cap, precision, rounding, claim step or mode
    Standard plain = Standard.builder()
        .id(valid.getId())
        .version(valid.getVersion())
        .title(valid.getTitle())
        .issuer(valid.getIssuer())
        .effectiveFrom(valid.getEffectiveFrom())
        .applicableUnitTypes(valid.getApplicableUnitTypes())
        .dimensions(valid.getDimensions())
        .ratingBands(valid.getRatingBands())
        .certificationThreshold(pts("18"))
        .source(valid.getSource())
        .build();
    assertThat(plain.getPrecision()).isEqualByComparingTo(new BigDecimal("0.1"));
    assertThat(plain.getRounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(plain.getClaimStep()).isEqualByComparingTo(new BigDecimal("0.5"));
    assertThat(plain.getNotApplicableMode()).isEqualTo(NotApplicableMode.RESCALE);
    assertThat(plain.getBonusCap()).isEqualTo(Points.ZERO);
    assertThat(plain.getValidUntil()).isEmpty();
    assertThat(plain.getVetoBelow()).isEmpty();
    // no bonus cap: the maximum total is the nominal maximum
    assertThat(plain.getMaximumTotal()).isEqualTo(pts("20"));
  }

  @Test
  void findAndAllCriteriaInTreeOrder() {
    Standard s = valid();
    assertThat(s.getAllCriteria().map(c -> c.getCode().toString()))
        .containsExactly("1", "1.1", "1.2", "2", "2.1", "2.2", "A1", "V1");
    assertThat(s.find(CriterionCode.of("2.2")).orElseThrow().getMaxPoints()).isEqualTo(pts("4"));
    assertThat(s.find(CriterionCode.of("9"))).isEmpty();
    Criterion bonus = s.find(CriterionCode.of("A1")).orElseThrow();
    assertThat(bonus.getKind()).isEqualTo(CriterionKind.BONUS);
    assertThat(bonus.isBudgeted()).isFalse();
    assertThat(s.find(CriterionCode.of("1")).orElseThrow().isLeaf()).isFalse();
    assertThat(s.find(CriterionCode.of("1.1")).orElseThrow().getKind())
        .isEqualTo(CriterionKind.REGULAR);
  }
}
