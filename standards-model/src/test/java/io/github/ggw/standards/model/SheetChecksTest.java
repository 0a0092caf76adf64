package io.github.ggw.standards.model;

import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.InvalidStandardException;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.RatingQuota;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardChecker;
import io.github.ggw.standards.model.standard.StandardVersion;
import static io.github.ggw.standards.model.TestStandards.atLeast;
import static io.github.ggw.standards.model.TestStandards.c11;
import static io.github.ggw.standards.model.TestStandards.c12;
import static io.github.ggw.standards.model.TestStandards.c21;
import static io.github.ggw.standards.model.TestStandards.c22;
import static io.github.ggw.standards.model.TestStandards.d1;
import static io.github.ggw.standards.model.TestStandards.d2;
import static io.github.ggw.standards.model.TestStandards.pts;
import static io.github.ggw.standards.model.TestStandards.summary;
import static io.github.ggw.standards.model.TestStandards.validBuilder;
import static io.github.ggw.standards.model.TestStandards.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.rule.CreditTier;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.rule.VetoEffect;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link StandardChecker} for standards as data (discretionary deductions, tiered
 * credit, vetoes, quotas, lineage, rounding, bonus), on the standard of {@link TestStandards}.
 */
class SheetChecksTest {

  private static List<String> refused(ImmutableStandard.Builder b) {
    return summary(assertThrows(InvalidStandardException.class, b::build).getFindings());
  }

  private static ImmutableStandard.Builder withVeto(Veto v) {
    return validBuilder().dimensions(List.of(d1(c11(), c12()), d2(c21(), c22()),
        TestStandards.bonus(), TestStandards.veto().withRule(v)));
  }

  @Test
  void vetoesWithoutEffect() {
    assertThat(refused(withVeto(new Veto(atLeast("incidents.count", 1), VetoEffect.CAP_BAND,
        Optional.empty())))).containsExactly("STANDARD_VETO_NO_EFFECT [V1]");
    assertThat(refused(withVeto(new Veto(atLeast("incidents.count", 1), VetoEffect.CAP_BAND,
        Optional.of(Rating.EXCELLENT))))).containsExactly("STANDARD_VETO_NO_EFFECT [V1]");
    assertThat(refused(withVeto(new Veto(atLeast("incidents.count", 1), VetoEffect.FAIL,
        Optional.of(Rating.PASS))))).containsExactly("STANDARD_VETO_NO_EFFECT [V1]");
    assertThat(refused(validBuilder().vetoBelow(Points.ZERO)))
        .containsExactly("STANDARD_VETO_NO_EFFECT /vetoBelow");
    // a cap at PASS, below the best band EXCELLENT, is an effect
    assertThat(withVeto(new Veto(atLeast("incidents.count", 1), VetoEffect.CAP_BAND,
        Optional.of(Rating.PASS))).build().getFindings()).isEmpty();
  }

  @Test
  void quotas() {
    // FAIL is the lowest band; GOOD twice; a band the standard lacks is checked with 3 bands
    assertThat(refused(validBuilder().addQuotas(new RatingQuota(Rating.FAIL, BigDecimal.TEN))))
        .containsExactly("STANDARD_QUOTA_INVALID /quotas/0");
    // the second quota on GOOD is the one found wrong: /quotas/1
    assertThat(refused(validBuilder().addQuotas(new RatingQuota(Rating.GOOD, BigDecimal.TEN),
        new RatingQuota(Rating.GOOD, BigDecimal.ONE))))
        .containsExactly("STANDARD_QUOTA_INVALID /quotas/1");
    assertThat(refused(validBuilder().ratingBands(List.of(
        new RatingBand(Rating.FAIL, Points.ZERO), new RatingBand(Rating.PASS, pts("12"))))
        .addQuotas(new RatingQuota(Rating.EXCELLENT, BigDecimal.TEN))))
        .containsExactly("STANDARD_QUOTA_INVALID /quotas/0");
    assertThat(validBuilder().addQuotas(new RatingQuota(Rating.EXCELLENT, BigDecimal.valueOf(25)))
        .build().getQuotas()).hasSize(1);
  }

  @Test
  void lineage() {
    assertThat(refused(validBuilder().replaces(StandardVersion.of("2021.1"))))
        .containsExactly("STANDARD_LINEAGE_INVALID /replaces");
    assertThat(validBuilder().replaces(StandardVersion.of("2019.1")).build().getReplaces())
        .hasValue(StandardVersion.of("2019.1"));
  }

  @Test
  void aRoundingThatCannotRound() {
    assertThat(refused(validBuilder().rounding(java.math.RoundingMode.UNNECESSARY)))
        .containsExactly("STANDARD_ROUNDING_INVALID /rounding");
  }

  @Test
  void aBonusUnderACapOfZeroIsAWarning() {
    Standard s = validBuilder().bonusCap(Points.ZERO).build();
    assertThat(summary(s.getFindings())).containsExactly("STANDARD_BONUS_UNREACHABLE [A1]");
    assertThat(s.getFindings().get(0).getSeverity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void discretionaryDeductionMustFitItsItem() {
    // 1.1 is worth 6: deducting up to 7 is more than it has; 1.5 to 3 in steps of 1 is off-step
    assertThat(refused(with(d1(c11().withRule(new DiscretionaryDeduction(pts("2"), pts("7"),
        BigDecimal.ONE)), c12()), d2(c21(), c22())))).containsExactly("STANDARD_RULE_INVALID [1.1]");
    assertThat(refused(with(d1(c11().withRule(new DiscretionaryDeduction(pts("1.5"), pts("3"),
        BigDecimal.ONE)), c12()), d2(c21(), c22())))).containsExactly("STANDARD_RULE_INVALID [1.1]");
    assertThat(with(d1(c11().withRule(new DiscretionaryDeduction(pts("2"), pts("6"),
        BigDecimal.ONE)), c12()), d2(c21(), c22())).build().getFindings()).isEmpty();
  }

  @Test
  void tieredCreditMustBeOrderedAndOnTheGrid() {
    MeasureRef m = MeasureRef.of("trainings.count");
    CreditTier all = new CreditTier(BigDecimal.valueOf(100), BigDecimal.valueOf(100));
    CreditTier most = new CreditTier(BigDecimal.valueOf(80), BigDecimal.valueOf(80));
    CreditTier half = new CreditTier(BigDecimal.valueOf(60), BigDecimal.valueOf(50));
    // 2.2 is worth 4: 4 x 80% = 3.2 is off the 0.5 grid
    assertThat(refused(with(d1(c11(), c12()), d2(c21(), c22().withRule(
        new TieredCredit(m, BigDecimal.TEN, List.of(all, most)))))))
        .containsExactly("STANDARD_RULE_INVALID [2.2]");
    assertThat(refused(with(d1(c11(), c12()), d2(c21(), c22().withRule(
        new TieredCredit(m, BigDecimal.TEN, List.of(half, all)))))))
        .containsExactly("STANDARD_LADDER_UNORDERED [2.2]");
    // 4 x 50% = 2: ordered and on the grid
    assertThat(with(d1(c11(), c12()), d2(c21(), c22().withRule(
        new TieredCredit(m, BigDecimal.TEN, List.of(all, half))))).build().getFindings()).isEmpty();
  }
}
