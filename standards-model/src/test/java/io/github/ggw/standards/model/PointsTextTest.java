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

  @Test
  void tenthsReadAsTheirDigitsInAndBeyondTheTableOfTexts() {
    // every number of tenths 0…1200 at scale 1 (the table ends at 99.9) and the same values
    // at scale 2 (1.50), which are not its entries; BigDecimal's own plain text is the reference
    for (int t = 0; t <= 1200; t++) {
      for (int scale = 1; scale <= 2; scale++) {
        BigDecimal v = BigDecimal.valueOf(t, 1).setScale(scale);
        String expected = t == 0 ? "0" : v.stripTrailingZeros().toPlainString();
        assertThat(Points.of(v).toString()).as("%s", v).isEqualTo(expected);
      }
    }
    // by hand: a half, the table's first and last entries, whole tenths, past the end
    assertThat(Points.parse("1.5").toString()).isEqualTo("1.5");
    assertThat(Points.parse("0.1").toString()).isEqualTo("0.1");
    assertThat(Points.parse("99.9").toString()).isEqualTo("99.9");
    assertThat(Points.parse("2.0").toString()).isEqualTo("2");
    assertThat(Points.parse("100.0").toString()).isEqualTo("100");
    assertThat(Points.parse("100.5").toString()).isEqualTo("100.5");
    assertThat(Points.parse("10.1").toString()).isEqualTo("10.1");
    // the table's texts are constants: two values give the very same text, whole or in tenths
    assertThat(Points.parse("1.5").toString()).isSameAs(Points.parse("1.5").toString());
    assertThat(Points.parse("99.9").toString()).isSameAs(Points.parse("99.9").toString());
    assertThat(Points.parse("2.0").toString()).isSameAs(Points.of(2).toString());
    assertThat(Points.of(1000).toString()).isSameAs(Points.of(1000).toString());
  }
}
