package io.github.ggw.standards.model.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingQuota;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Local invariants and value semantics of the rule values of standards as data: discretionary
 * deductions, tiered credit, veto effects and quotas.
 */
class SheetRuleValuesTest {
  private static final MeasureRef TRAININGS = MeasureRef.of("trainings.count");
  private static final Condition INCIDENT =
      new Condition(MeasureRef.of("incidents.count"), Comparison.AT_LEAST, BigDecimal.ONE);

  private static DiscretionaryDeduction range(String min, String max, String step) {
    return new DiscretionaryDeduction(Points.parse(min), Points.parse(max), new BigDecimal(step));
  }

  @Test
  void discretionaryDeductionBounds() {
    assertThat(range("2", "5", "1").isComputed()).isFalse();
    assertThat(range("2", "2", "0.5").minDeduction()).isEqualTo(Points.of(2));
    assertThrows(StandardsException.class, () -> range("0", "5", "1"));
    assertThrows(StandardsException.class, () -> range("3", "2", "1"));
    assertThrows(StandardsException.class, () -> range("2", "5", "0"));
    assertThrows(StandardsException.class, () -> range("2", "5", "-1"));
  }

  /** Which claims a 5-point item with "deduct 2 to 5 in whole points" allows. */
  @ParameterizedTest(name = "claim {0}: {1}")
  @CsvSource({
    "5, true",    // nothing deducted
    "4, false",   // 1 deducted: below the range
    "3, true",    // 2 deducted: the lower bound
    "2.5, false", // 2.5 deducted: off the step of 1
    "0, true",    // 5 deducted: the upper bound
    "6, false"})  // above the maximum
  void discretionaryDeductionAllows(String claim, boolean allowed) {
    assertThat(range("2", "5", "1").allows(Points.of(5), Points.parse(claim)))
        .isEqualTo(allowed);
  }

  @Test
  void creditTiersAndTargets() {
    assertThrows(StandardsException.class,
        () -> new CreditTier(new BigDecimal("-1"), BigDecimal.TEN));
    assertThrows(StandardsException.class,
        () -> new CreditTier(BigDecimal.TEN, new BigDecimal("100.5")));
    assertThrows(StandardsException.class,
        () -> new CreditTier(BigDecimal.TEN, new BigDecimal("-0.5")));
    CreditTier all = new CreditTier(BigDecimal.valueOf(100), BigDecimal.valueOf(100));
    assertThrows(StandardsException.class,
        () -> new TieredCredit(TRAININGS, BigDecimal.ZERO, List.of(all)));
    assertThrows(StandardsException.class,
        () -> new TieredCredit(TRAININGS, BigDecimal.TEN, List.of()));
    // 3 points x 80% = 2.4; 5 x 50% = 2.5; exact
    assertThat(TieredCredit.earned(Points.of(3),
        new CreditTier(BigDecimal.valueOf(80), BigDecimal.valueOf(80))))
        .isEqualTo(Points.parse("2.4"));
    assertThat(TieredCredit.earned(Points.of(5),
        new CreditTier(BigDecimal.valueOf(60), BigDecimal.valueOf(50))))
        .isEqualTo(Points.parse("2.5"));
  }

  @Test
  void vetoEffectDefaultsToFail() {
    assertThat(new Veto(INCIDENT)).isEqualTo(new Veto(INCIDENT, VetoEffect.FAIL,
        Optional.empty()));
    assertThrows(NullPointerException.class, () -> new Veto(INCIDENT, null, Optional.empty()));
  }

  @Test
  void quotaShare() {
    assertThat(new RatingQuota(Rating.EXCELLENT, BigDecimal.valueOf(100)).maxSharePercent())
        .isEqualByComparingTo("100");
    assertThrows(StandardsException.class,
        () -> new RatingQuota(Rating.EXCELLENT, BigDecimal.ZERO));
    assertThrows(StandardsException.class,
        () -> new RatingQuota(Rating.EXCELLENT, new BigDecimal("100.1")));
  }

  @Test
  void valueSemantics() {
    new EqualsTester()
        .addEqualityGroup(new Veto(INCIDENT), new Veto(INCIDENT))
        .addEqualityGroup(new Veto(INCIDENT, VetoEffect.CAP_BAND, Optional.of(Rating.PASS)))
        .addEqualityGroup(new Veto(INCIDENT, VetoEffect.REMOVE_ELIGIBILITY, Optional.empty()))
        .addEqualityGroup(range("2", "5", "1"), range("2", "5", "1"))
        .addEqualityGroup(range("2", "4", "1"))
        .addEqualityGroup(new TieredCredit(TRAININGS, BigDecimal.TEN,
            List.of(new CreditTier(BigDecimal.valueOf(100), BigDecimal.valueOf(100)))))
        .addEqualityGroup(new RatingQuota(Rating.EXCELLENT, BigDecimal.valueOf(25)),
            new RatingQuota(Rating.EXCELLENT, BigDecimal.valueOf(25)))
        .addEqualityGroup(new RatingQuota(Rating.GOOD, BigDecimal.valueOf(25)))
        .testEquals();
  }
}
