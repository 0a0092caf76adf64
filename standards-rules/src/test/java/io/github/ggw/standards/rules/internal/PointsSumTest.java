package io.github.ggw.standards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The long running sum gives what folding Points.plus gives: the same value and scale. */
class PointsSumTest {
  /** The plain computation: {@code Points.ZERO.plus(t1).plus(t2)…}. */
  private static Points folded(List<Points> terms) {
    Points sum = Points.ZERO;
    for (Points t : terms) {
      sum = sum.plus(t);
    }
    return sum;
  }

  private static Points summed(List<Points> terms) {
    PointsSum s = new PointsSum();
    for (Points t : terms) {
      s.add(t);
    }
    return s.points();
  }

  private static void same(List<Points> terms) {
    BigDecimal expected = folded(terms).toBigDecimal();
    BigDecimal actual = summed(terms).toBigDecimal();
    // BigDecimal.equals: value and scale
    assertThat(actual).isEqualTo(expected);
  }

  private static Points p(String text) {
    return Points.parse(text);
  }

  @Test
  void plantedSumsKeepTheLargestScale() {
    // 1.5 + 2 + 0.25 = 3.75 (scale 2); 1.50 + 0 = 1.50 (scale 2 kept); 0 + 0 = 0 (scale 0)
    assertThat(summed(List.of(p("1.5"), p("2"), p("0.25"))).toBigDecimal())
        .isEqualTo(new BigDecimal("3.75"));
    assertThat(summed(List.of(p("1.50"), p("0"))).toBigDecimal())
        .isEqualTo(new BigDecimal("1.50"));
    assertThat(summed(List.of(p("0"), p("0"))).toBigDecimal()).isEqualTo(BigDecimal.ZERO);
    assertThat(summed(List.of()).toBigDecimal()).isEqualTo(BigDecimal.ZERO);
    // 3E+1 (scale −1) + 2 = 32 (scale 0, as ZERO's 0 is the least); 3E+1 alone = 30, scale 0
    assertThat(summed(List.of(p("3E+1"), p("2"))).toBigDecimal())
        .isEqualTo(new BigDecimal("32"));
    assertThat(summed(List.of(p("3E+1"))).toBigDecimal()).isEqualTo(new BigDecimal("30"));
    same(List.of(p("3E+1"), p("2")));
    same(List.of(p("3E+1")));
  }

  /** The sum of the terms, as text, has the expected value and scale ({@code BigDecimal.equals}). */
  private static void sumIs(String expected, String... terms) {
    List<Points> points = new ArrayList<>();
    for (String t : terms) {
      points.add(p(t));
    }
    assertThat(summed(points).toBigDecimal()).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void aSmallSumAskedForAgainHasTheValueAndScaleOfItsTerms() {
    // small sums come from a table filled as they are first asked for: the same value at another
    // scale is another entry. 0.25 + 0.25 = 0.50 (scale 2); 0.5 alone = 0.5 (scale 1); 0.5 + 0
    // = 0.5; 1023 = 1023 (the last kept at scale 0); 1024 (beyond the table) = 1024
    for (int round = 0; round < 2; round++) {
      sumIs("0.50", "0.25", "0.25");
      sumIs("0.5", "0.5");
      sumIs("0.5", "0.5", "0");
      sumIs("1023", "1000", "23");
      sumIs("1024", "1000", "24");
      // 10.23 (scale 2, 1023 units: the last kept at scale 2) and 10.24 (beyond)
      sumIs("10.23", "10", "0.23");
      sumIs("10.24", "10", "0.24");
      // scale 3 is not kept: 0.125 + 0.125 = 0.250
      sumIs("0.250", "0.125", "0.125");
    }
  }

  @Test
  void sumsBeyondALongAreExactInBigDecimal() {
    Points nearMax = Points.of(BigDecimal.valueOf(Long.MAX_VALUE / 2 + 1));
    // (2^62) + (2^62) overflows a long: 2^63 exactly
    same(List.of(nearMax, nearMax));
    assertThat(summed(List.of(nearMax, nearMax)).toBigDecimal())
        .isEqualTo(new BigDecimal(BigInteger.TWO.pow(63)));
    // 19 digits unscaled; a scale of 30 against 0 (a step beyond 10^18); 10^17 × 10^2 scaled
    same(List.of(p("1"), Points.of(new BigDecimal("1234567890123456789"))));
    same(List.of(p("5"), p("0.000000000000000000000000000001")));
    same(List.of(p("100000000000000000"), p("0.01")));
    same(List.of(p("0.01"), p("100000000000000000")));
    // the sum overflows after the sum so far was rescaled: 9 × 10^17 at scale 0 becomes
    // 9 × 10^18 tenths (fits), plus 999,999,999,999,999,999 tenths does not fit; the sum is
    // 900,000,000,000,000,000 + 99,999,999,999,999,999.9 = 999,999,999,999,999,999.9
    same(List.of(p("900000000000000000"), p("99999999999999999.9")));
    assertThat(summed(List.of(p("900000000000000000"), p("99999999999999999.9")))
        .toBigDecimal()).isEqualTo(new BigDecimal("999999999999999999.9"));
    // after moving to BigDecimal, later terms are added there
    same(List.of(nearMax, nearMax, p("0.5"), p("0")));
  }

  @Test
  void clearedSumsStartAgain() {
    PointsSum s = new PointsSum();
    s.add(Points.of(new BigDecimal(BigInteger.TEN.pow(30))));
    s.add(p("1.25"));
    s.clear();
    s.add(p("2.5"));
    assertThat(s.points().toBigDecimal()).isEqualTo(new BigDecimal("2.5"));
  }

  @Test
  void anyTermsOfAnyScaleSumAsPointsPlusFolds() {
    // terms u × 10^-s with u of 0 … 12 digits or a wide one, scales −3 … 25
    qt().withExamples(5_000)
        .forAll(lists().of(integers().between(0, 2_000_000)).ofSizeBetween(0, 30))
        .checkAssert(codes -> {
          List<Points> terms = new ArrayList<>();
          for (int c : codes) {
            int scale = c % 29 - 3;
            int kind = (c / 29) % 6;
            BigInteger unscaled = switch (kind) {
              case 0 -> BigInteger.ZERO;
              case 1 -> BigInteger.valueOf(c % 7);
              case 2 -> BigInteger.valueOf(c);
              case 3 -> BigInteger.valueOf(c).multiply(BigInteger.TEN.pow(c % 13));
              case 4 -> BigInteger.valueOf(Long.MAX_VALUE / (1 + c % 5));
              default -> BigInteger.TEN.pow(17 + c % 5).add(BigInteger.valueOf(c));
            };
            terms.add(Points.of(new BigDecimal(unscaled, scale)));
          }
          same(terms);
        });
  }
}
