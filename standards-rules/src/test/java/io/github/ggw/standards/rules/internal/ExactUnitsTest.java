package io.github.ggw.standards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The common units of decimals are the exact whole numbers {@code value × 10^s}, or null where
 * one does not fit, at the edge of 18 and 19 digits too.
 */
class ExactUnitsTest {
  @Test
  void eighteenDigitsFitNineteenAreLeftToTheComparison() {
    // 999999999999999999 (18 digits) × 10^0 fits; with 0.5 beside it (s = 1) it needs 19 digits:
    // 9999999999999999990 > Long.MAX_VALUE (9223372036854775807): null
    BigDecimal eighteen = new BigDecimal("999999999999999999");
    assertThat(Exact.commonUnits(new BigDecimal[] {eighteen}, 1))
        .containsExactly(999_999_999_999_999_999L);
    assertThat(Exact.commonUnits(new BigDecimal[] {eighteen, new BigDecimal("0.5")}, 2))
        .isNull();
    // a 19-digit unscaled value is left to the comparison even where it would fit
    assertThat(Exact.commonUnits(new BigDecimal[] {new BigDecimal("1000000000000000000")}, 1))
        .isNull();
    // 1.25 and 3 (s = 2): 125 and 300; 3E+1 (scale −1) and 0.5 (s = 1): 300 and 5
    assertThat(Exact.commonUnits(new BigDecimal[] {new BigDecimal("1.25"), BigDecimal.valueOf(3)},
        2)).containsExactly(125, 300);
    assertThat(Exact.commonUnits(new BigDecimal[] {new BigDecimal("3E+1"),
        new BigDecimal("0.5")}, 2)).containsExactly(300, 5);
  }

  @Test
  void anyDecimalsGetTheirExactUnitsOrNone() {
    qt().withExamples(5_000)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12))
        .checkAssert(codes -> {
          BigDecimal[] values = new BigDecimal[codes.size()];
          int s = 0;
          for (int i = 0; i < values.length; i++) {
            int c = codes.get(i);
            BigInteger u = c % 5 == 0
                ? BigInteger.TEN.pow(15 + c % 6).subtract(BigInteger.valueOf(c % 3))
                : BigInteger.valueOf(c);
            values[i] = new BigDecimal(u, c % 23 - 2);
            s = Math.max(s, values[i].scale());
          }
          long[] keys = Exact.commonUnits(values, values.length);
          // the overload over points gives the same keys (points of the same values)
          Points[] points = new Points[values.length];
          for (int i = 0; i < values.length; i++) {
            points[i] = Points.of(values[i]);
          }
          assertThat(Exact.commonUnits(points, points.length)).isEqualTo(keys);
          boolean fits = true;
          for (BigDecimal v : values) {
            BigDecimal whole = v.movePointRight(s);
            fits &= v.precision() <= 18 && whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
          }
          if (keys == null) {
            // null only where some value has more than 18 digits or its units exceed a long
            assertThat(fits).isFalse();
          } else {
            for (int i = 0; i < values.length; i++) {
              assertThat(BigDecimal.valueOf(keys[i]))
                  .isEqualByComparingTo(values[i].movePointRight(s));
            }
          }
        });
  }
}
