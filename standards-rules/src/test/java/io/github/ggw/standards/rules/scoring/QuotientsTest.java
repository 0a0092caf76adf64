package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The remembered divisions give the very values BigDecimal's DECIMAL128 division gives. */
class QuotientsTest {
  @Test
  void aRememberedQuotientKeepsItsOwnScale() {
    Quotients q = new Quotients();
    // 6.00 ÷ 2 = 3.00 (preferred scale 2 − 0); 6 ÷ 2 = 3 (scale 0): equal operands by value,
    // different by scale, so two entries and two results that differ in scale
    assertThat(q.divide(new BigDecimal("6.00"), new BigDecimal("2")).toString())
        .isEqualTo("3.00");
    assertThat(q.divide(new BigDecimal("6"), new BigDecimal("2")).toString()).isEqualTo("3");
    assertThat(q.divide(new BigDecimal("6.00"), new BigDecimal("2")).toString())
        .isEqualTo("3.00");
    assertThat(q.size()).isEqualTo(2);
  }

  @Test
  void aQuotientThatDoesNotTerminateHasThirtyFourDigits() {
    Quotients q = new Quotients();
    // 27.5 × 20 = 550.0; 550.0 ÷ 30 = 18.333… to 34 significant digits, the last rounded
    // half-even: 18.33333333333333333333333333333333 (2 + 32 digits)
    BigDecimal first = q.divide(new BigDecimal("550.0"), new BigDecimal("30"));
    assertThat(first.toPlainString()).isEqualTo("18.33333333333333333333333333333333");
    assertThat(q.divide(new BigDecimal("550.0"), new BigDecimal("30"))).isSameAs(first);
  }

  @Test
  void everyQuotientEqualsTheDivisionInValueAndScale() {
    Quotients q = new Quotients();
    qt().withExamples(20_000)
        .forAll(longs().between(0, 100_000), integers().between(0, 4),
            longs().between(1, 2_000), integers().between(0, 3))
        .checkAssert((u, s, v, t) -> {
          BigDecimal dividend = BigDecimal.valueOf(u, s);
          BigDecimal divisor = BigDecimal.valueOf(v, t);
          BigDecimal expected = dividend.divide(divisor, Points.DIVISION_CONTEXT);
          BigDecimal once = q.divide(dividend, divisor);
          BigDecimal again = q.divide(dividend, divisor);
          // BigDecimal.equals: the same unscaled value and the same scale
          assertThat(once).isEqualTo(expected);
          assertThat(again).isEqualTo(expected);
        });
    // 20,000 draws of far more than 4,096 pairs: the memory stopped at its limit
    assertThat(q.size()).isEqualTo(Quotients.LIMIT);
  }
}
