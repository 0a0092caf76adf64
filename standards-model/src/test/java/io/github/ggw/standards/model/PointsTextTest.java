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

  @Test
  void wholePointsReadAsTheirDigitsAtAndBeyondTheTableOfTexts() {
    // 0…1200 at scale 0 (the table ends at 1000), and the same values written 1E+1 (scale -1)
    // or 5.0 (scale 1), which are not its entries
    qt().withExamples(3_000)
        .forAll(integers().between(0, 1200), integers().between(-1, 1))
        .checkAssert((w, s) -> {
          BigDecimal v = new BigDecimal(w).setScale(s, java.math.RoundingMode.DOWN);
          String expected = v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
          assertThat(Points.of(v).toString()).isEqualTo(expected);
        });
    // every entry of the table and past its end, at scale 0
    for (int w = 0; w <= 1200; w++) {
      assertThat(Points.of(w).toString()).isEqualTo(Integer.toString(w));
    }
    assertThat(Points.of(1000).toString()).isEqualTo("1000");
    assertThat(Points.of(1001).toString()).isEqualTo("1001");
    assertThat(Points.of(7).toString()).isEqualTo("7");
  }
}
