package io.github.ggw.standards.model.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.evidence.Level;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Local invariants of the rule values. */
class RuleValuesTest {
  private static final MeasureRef ELDERS = MeasureRef.of("elders.count");

  @Test
  void judgementStepMustBePositive() {
    assertThat(new Judgement(new BigDecimal("0.5")).isComputed()).isFalse();
    assertThrows(StandardsException.class, () -> new Judgement(BigDecimal.ZERO));
    assertThrows(StandardsException.class, () -> new Judgement(new BigDecimal("-0.5")));
  }

  @Test
  void perOccurrenceNeedsPositivePoints() {
    assertThat(new PerOccurrence(ELDERS, Points.of(2)).isComputed()).isTrue();
    assertThrows(StandardsException.class, () -> new PerOccurrence(ELDERS, Points.ZERO));
  }

  @Test
  void ladderNeedsARung() {
    assertThrows(StandardsException.class, () -> new ThresholdLadder(ELDERS, List.of()));
  }

  @Test
  void deductionNeedsADeficiencyWithAShortCode() {
    assertThrows(StandardsException.class, () -> new Deduction(List.of()));
    LocalizedText reason = LocalizedText.of("培训不足", "too few trainings");
    Deficiency ok = new Deficiency("D".repeat(16), reason, ELDERS, Comparison.AT_LEAST,
        BigDecimal.ONE, Points.of(1));
    assertThat(new Deduction(List.of(ok)).deficiencies()).containsExactly(ok);
    assertThrows(StandardsException.class, () -> new Deficiency("D".repeat(17), reason, ELDERS,
        Comparison.AT_LEAST, BigDecimal.ONE, Points.of(1)));
    assertThrows(StandardsException.class, () -> new Deficiency(" ", reason, ELDERS,
        Comparison.AT_LEAST, BigDecimal.ONE, Points.of(1)));
  }

  @Test
  void comparison() {
    // at least 4: 3 falls 1 short, 5 holds
    assertThat(Comparison.AT_LEAST.test(BigDecimal.valueOf(4), BigDecimal.valueOf(4))).isTrue();
    assertThat(Comparison.AT_LEAST.test(BigDecimal.valueOf(3), BigDecimal.valueOf(4))).isFalse();
    assertThat(Comparison.AT_LEAST.shortfall(BigDecimal.valueOf(3), BigDecimal.valueOf(4)))
        .isEqualByComparingTo("1");
    assertThat(Comparison.AT_LEAST.shortfall(BigDecimal.valueOf(5), BigDecimal.valueOf(4)))
        .isEqualByComparingTo("0");
    // at most 0 incidents: 2 is 2 over
    assertThat(Comparison.AT_MOST.test(BigDecimal.valueOf(2), BigDecimal.ZERO)).isFalse();
    assertThat(Comparison.AT_MOST.shortfall(BigDecimal.valueOf(2), BigDecimal.ZERO))
        .isEqualByComparingTo("2");
  }

  @Test
  void measureParametersSayWhichAreGiven() {
    assertThat(MeasureParameters.none().getGiven()).isEmpty();
    MeasureParameters p = MeasureParameters.builder().minLevel(Level.DISTRICT)
        .addTiers(io.github.ggw.standards.model.evidence.Tier.CORE).build();
    assertThat(p.getGiven()).containsExactlyInAnyOrder(MeasureParameter.MIN_LEVEL, MeasureParameter.TIERS);
    assertThat(p.levelPasses(Level.CITY)).isTrue();
    assertThat(p.levelPasses(Level.DISTRICT)).isTrue();
    assertThat(p.levelPasses(Level.SCHOOL)).isFalse();
    assertThat(MeasureParameters.passes(Set.<Level>of(), Level.SCHOOL)).isTrue();
    assertThat(MeasureParameters.passes(Set.of(Level.CITY), Level.SCHOOL)).isFalse();
  }
}
