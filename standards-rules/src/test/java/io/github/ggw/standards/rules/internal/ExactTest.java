package io.github.ggw.standards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The long-arithmetic grid test gives what the BigDecimal remainder gives. */
class ExactTest {
  /** What the claim checks asked before: {@code Points.isMultipleOf}'s rule. */
  private static boolean byRemainder(BigDecimal value, BigDecimal step) {
    return step.signum() > 0 && value.remainder(step).signum() == 0;
  }

  @Test
  void halfPointsAndTenthsAreOnTheirGridsWhateverTheirScale() {
    // 2.5 = 5 × 0.5; 1.50 = 3 × 0.5 (scale 2 against scale 1); 3 = 6 × 0.5 (scale 0)
    assertThat(Exact.isMultipleOf(new BigDecimal("2.5"), new BigDecimal("0.5"))).isTrue();
    assertThat(Exact.isMultipleOf(new BigDecimal("1.50"), new BigDecimal("0.5"))).isTrue();
    assertThat(Exact.isMultipleOf(new BigDecimal("3"), new BigDecimal("0.5"))).isTrue();
    // 2.3 ÷ 0.5 = 4.6; 0.25 ÷ 0.5 = 0.5; 1.2 ÷ 0.25 = 4.8: not whole
    assertThat(Exact.isMultipleOf(new BigDecimal("2.3"), new BigDecimal("0.5"))).isFalse();
    assertThat(Exact.isMultipleOf(new BigDecimal("0.25"), new BigDecimal("0.5"))).isFalse();
    assertThat(Exact.isMultipleOf(new BigDecimal("1.2"), new BigDecimal("0.25"))).isFalse();
    // 1.25 = 5 × 0.25; 0 is on every grid; 3E+1 = 30 = 60 × 0.5 (a negative scale)
    assertThat(Exact.isMultipleOf(new BigDecimal("1.25"), new BigDecimal("0.25"))).isTrue();
    assertThat(Exact.isMultipleOf(BigDecimal.ZERO, new BigDecimal("0.5"))).isTrue();
    assertThat(Exact.isMultipleOf(new BigDecimal("3E+1"), new BigDecimal("0.5"))).isTrue();
    // no grid for a step of 0 or below
    assertThat(Exact.isMultipleOf(new BigDecimal("2"), BigDecimal.ZERO)).isFalse();
    assertThat(Exact.isMultipleOf(new BigDecimal("2"), new BigDecimal("-1"))).isFalse();
  }

  @Test
  void valuesBeyondALongAreAnsweredByTheRemainder() {
    // 10^30 × 0.5 has 31 digits: too wide for a long; 10^30 + 0.3 is off the grid of 0.5
    BigDecimal wide = new BigDecimal(BigInteger.TEN.pow(30));
    assertThat(Exact.isMultipleOf(wide, new BigDecimal("0.5"))).isTrue();
    assertThat(Exact.isMultipleOf(wide.add(new BigDecimal("0.3")), new BigDecimal("0.5")))
        .isFalse();
    // a scale difference of 20 (beyond 10^18): 1 on the grid of 1E-20, 1E-20 off the grid of 1
    assertThat(Exact.isMultipleOf(BigDecimal.ONE, new BigDecimal("1E-20"))).isTrue();
    assertThat(Exact.isMultipleOf(new BigDecimal("1E-20"), BigDecimal.ONE)).isFalse();
    // Long.MIN_VALUE's neighbourhood: 9223372036854775807 (odd) is off the grid of 2
    assertThat(Exact.isMultipleOf(BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(2)))
        .isFalse();
  }

  @Test
  void anyValueAndStepGiveWhatTheRemainderGives() {
    qt().withExamples(20_000)
        .forAll(longs().between(-2_000_000, 2_000_000), integers().between(-3, 6),
            longs().between(-20, 2_000), integers().between(-2, 6))
        .checkAssert((u, s, v, t) -> {
          BigDecimal value = BigDecimal.valueOf(u, s);
          BigDecimal step = BigDecimal.valueOf(v, t);
          assertThat(Exact.isMultipleOf(value, step))
              .as("%s on the grid of %s", value, step).isEqualTo(byRemainder(value, step));
        });
  }

  @Test
  void wideUnscaledValuesGiveWhatTheRemainderGives() {
    qt().withExamples(5_000)
        .forAll(longs().all(), integers().between(0, 20), longs().between(1, 1_000_000),
            integers().between(0, 20))
        .checkAssert((u, s, v, t) -> {
          BigDecimal value = BigDecimal.valueOf(u, s);
          BigDecimal step = BigDecimal.valueOf(v, t);
          assertThat(Exact.isMultipleOf(value, step))
              .as("%s on the grid of %s", value, step).isEqualTo(byRemainder(value, step));
        });
  }

  @Test
  void commonUnitsOrderAsTheValuesDoAndTieEqualValues() {
    // the largest scale is 2: 1.5 → 150, 1.50 → 150, 0.25 → 25, 3 → 300, 3E+1 → 3000
    BigDecimal[] values = {new BigDecimal("1.5"), new BigDecimal("1.50"), new BigDecimal("0.25"),
        new BigDecimal("3"), new BigDecimal("3E+1")};
    assertThat(Exact.commonUnits(values, 5)).containsExactly(150, 150, 25, 300, 3000);
    // only the first two: the largest scale is then 2 as well (1.50)
    assertThat(Exact.commonUnits(values, 2)).containsExactly(150, 150);
    // 10^30 does not fit in a long: no keys
    assertThat(Exact.commonUnits(new BigDecimal[] {new BigDecimal(BigInteger.TEN.pow(30))}, 1))
        .isNull();
  }

  @Test
  void commonUnitsCompareAsCompareToDoes() {
    qt().withExamples(20_000)
        .forAll(longs().between(0, 5_000_000), integers().between(-2, 6),
            longs().between(0, 5_000_000), integers().between(-2, 6))
        .checkAssert((u, s, v, t) -> {
          BigDecimal[] pair = {BigDecimal.valueOf(u, s), BigDecimal.valueOf(v, t)};
          long[] keys = Exact.commonUnits(pair, 2);
          assertThat(keys).isNotNull();
          assertThat(Integer.signum(Long.compare(keys[0], keys[1])))
              .as("%s against %s", pair[0], pair[1])
              .isEqualTo(Integer.signum(pair[0].compareTo(pair[1])));
        });
  }
}
