package io.github.ggw.standards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The text of points is the plain decimal, without trailing zeros or an exponent, on every call. */
class PointsTextTest {
  @Test
  void theTextIsThePlainDecimal() {
    // 1.50 → 1.5; 2E+1 → 20; 0.000 → 0 (zero is ZERO); the second call gives the same text
    Points p = Points.parse("1.50");
    assertThat(p.toString()).isEqualTo("1.5");
    assertThat(p.toString()).isEqualTo("1.5");
    assertThat(Points.parse("2E+1").toString()).isEqualTo("20");
    assertThat(Points.parse("0.000").toString()).isEqualTo("0");
    assertThat(Points.ZERO.toString()).isEqualTo("0");
  }

  @Test
  void anyValueReadsAsItsPlainDecimalOnEveryCall() {
    qt().withExamples(5_000)
        .forAll(longs().between(0, Long.MAX_VALUE), integers().between(-5, 30))
        .checkAssert((u, s) -> {
          BigDecimal v = BigDecimal.valueOf(u, s);
          Points p = Points.of(v);
          String expected = v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
          assertThat(p.toString()).isEqualTo(expected);
          assertThat(p.toString()).isEqualTo(expected);
          assertThat(Points.parse(p.toString())).isEqualTo(p);
        });
  }
}
