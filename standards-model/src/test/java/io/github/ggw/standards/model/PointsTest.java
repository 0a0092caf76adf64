package io.github.ggw.standards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PointsTest {

  private static Points p(String s) {
    return Points.parse(s);
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest(name = "parse({0}).toString() = {1}")
  @CsvSource({
    "1.5,    1.5",
    "20,     20",
    "0,      0",
    "0.25,   0.25",
    "1.50,   1.5",
    "2E+1,   20",
    "0.0,    0",
    "100.000, 100",
    "' 3 ',  3"
  })
  void parseAndToStringRoundTrip(String text, String expected) {
    Points parsed = Points.parse(text);
    assertThat(parsed.toString()).isEqualTo(expected);
    // toString is plain: no exponent, no trailing zeros; parse reads it back to an equal value
    assertThat(Points.parse(parsed.toString())).isEqualTo(parsed);
    assertThat(Points.of(parsed.toBigDecimal())).isEqualTo(parsed);
    assertThat(parsed.toString()).doesNotContain("E").doesNotContain("e");
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "3, 3", "20, 20", "100, 100"})
  void ofLongToString(long value, String expected) {
    assertThat(Points.of(value).toString()).isEqualTo(expected);
  }

  @Test
  void equalityFollowsCompareTo() {
    new EqualsTester()
        .addEqualityGroup(Points.of(d("1.5")), Points.of(d("1.50")), p("1.500"))
        .addEqualityGroup(Points.ZERO, Points.of(0), Points.of(d("0.0")), p("0.00"), p("-0"))
        .addEqualityGroup(Points.of(2), p("2.0"), p("2E+0"))
        .addEqualityGroup(p("2.5"))
        .addEqualityGroup(Points.of(20), p("2E+1"), p("20.00"))
        .testEquals();
  }

  @Test
  void pointsTooLongWrittenOutAreRefusedAndTheBoundIsExact() {
    // 1e999999999 is eleven characters and would be a thousand million digits written out
    for (String text : List.of("1e999999999", "1e-999999999", "1E+1001", "1E-1001")) {
      StandardsException e = assertThrows(StandardsException.class, () -> Points.parse(text),
          text);
      assertThat(e.getMessage()).contains("too long written out");
    }
    assertThrows(StandardsException.class,
        () -> Points.of(BigDecimal.valueOf(15, Points.MAX_SCALE + 1)));
    // the bound itself passes either way: scale 1,000 (1,000 digits after the point) and -1,000
    // (1 followed by 1,000 zeros); zero of any scale is zero
    assertThat(Points.of(BigDecimal.valueOf(15, Points.MAX_SCALE)).toBigDecimal().scale())
        .isEqualTo(1_000);
    assertThat(p("1E+1000").toString()).hasSize(1_001);
    assertThat(Points.of(BigDecimal.valueOf(0, 999_999_999))).isEqualTo(Points.ZERO);
  }

  @Test
  void compareTo() {
    assertThat(p("1.5").compareTo(p("1.50"))).isZero();
    assertThat(p("2").compareTo(p("2.5"))).isNegative();
    assertThat(p("2.5").compareTo(p("2"))).isPositive();
    assertThat(Points.ZERO.compareTo(p("0.0"))).isZero();

    List<Points> list = new ArrayList<>(List.of(p("10"), p("2.5"), p("0"), p("2"), p("9.99")));
    Collections.sort(list);
    assertThat(list).containsExactly(p("0"), p("2"), p("2.5"), p("9.99"), p("10"));
  }

  @Test
  void plus() {
    assertThat(p("1.5").plus(p("2.25"))).isEqualTo(p("3.75"));
    assertThat(p("0.1").plus(p("0.2"))).isEqualTo(p("0.3")); // exact, unlike double
    assertThat(Points.ZERO.plus(p("4"))).isEqualTo(p("4"));
  }

  @Test
  void minusFloorZero() {
    assertThat(p("3").minusFloorZero(p("1.5"))).isEqualTo(p("1.5"));
    assertThat(p("3").minusFloorZero(p("3"))).isEqualTo(Points.ZERO);
    // 扣完为止: 2 − 5 = −3, floored at 0
    assertThat(p("2").minusFloorZero(p("5"))).isEqualTo(Points.ZERO);
    assertThat(p("2").minusFloorZero(p("5")).isZero()).isTrue();
  }

  @Test
  void times() {
    assertThat(p("1.5").times(d("3"))).isEqualTo(p("4.5"));
    assertThat(p("20").times(d("0.35"))).isEqualTo(p("7"));
    assertThat(p("7").times(BigDecimal.ZERO)).isEqualTo(Points.ZERO);
    assertThrows(StandardsException.class, () -> p("1").times(d("-1")));
  }

  @Test
  void dividedByIsExactToDecimal128() {
    // 10 ÷ 4 = 2.5 exactly
    assertThat(p("10").dividedBy(d("4"))).isEqualTo(p("2.5"));
    // 1 ÷ 3 in DECIMAL128: 34 significant digits, all threes
    Points third = p("1").dividedBy(d("3"));
    assertThat(third.toString()).isEqualTo("0." + "3".repeat(34));
    assertThat(third.toBigDecimal().precision()).isEqualTo(34);
    // 2 ÷ 3: 34 digits, the last rounded HALF_EVEN (…666|6… → …667)
    assertThat(p("2").dividedBy(d("3")).toString()).isEqualTo("0." + "6".repeat(33) + "7");
    // (1 ÷ 3) × 3 = 0.999…9 (34 nines); rounding once at the end to 0.1 HALF_UP gives 1
    Points almostOne = third.times(d("3"));
    assertThat(almostOne.toString()).isEqualTo("0." + "9".repeat(34));
    assertThat(almostOne.roundTo(d("0.1"), RoundingMode.HALF_UP)).isEqualTo(p("1"));
  }

  @Test
  void atMost() {
    assertThat(p("8").atMost(p("6"))).isEqualTo(p("6"));
    assertThat(p("4").atMost(p("6"))).isEqualTo(p("4"));
    assertThat(p("6").atMost(p("6.0"))).isEqualTo(p("6"));
  }

  @Test
  void isMultipleOf() {
    assertThat(p("1.5").isMultipleOf(d("0.5"))).isTrue();
    assertThat(p("6").isMultipleOf(d("0.5"))).isTrue();
    assertThat(p("0").isMultipleOf(d("0.5"))).isTrue();
    assertThat(p("1.25").isMultipleOf(d("0.5"))).isFalse();
    assertThat(p("1.25").isMultipleOf(d("0.25"))).isTrue();
    assertThat(p("7").isMultipleOf(d("2"))).isFalse();
    assertThat(p("1").isMultipleOf(BigDecimal.ZERO)).isFalse();
    assertThat(p("1").isMultipleOf(d("-0.5"))).isFalse();
  }

  @ParameterizedTest(name = "{0} to {1} {2} = {3}")
  @CsvSource({
    // 74.95 / 0.1 = 749.5 → HALF_UP 750 → 75.0
    "74.95,   0.1, HALF_UP,   75",
    // 74.9499 / 0.1 = 749.499 → 749 → 74.9
    "74.9499, 0.1, HALF_UP,   74.9",
    // 0.05 / 0.1 = 0.5 → HALF_UP 1 → 0.1
    "0.05,    0.1, HALF_UP,   0.1",
    // 0.0499 / 0.1 = 0.499 → 0
    "0.0499,  0.1, HALF_UP,   0",
    // 2.25 / 0.5 = 4.5 → HALF_UP 5 → 2.5
    "2.25,    0.5, HALF_UP,   2.5",
    // 2.25 / 0.5 = 4.5 → HALF_EVEN 4 → 2.0
    "2.25,    0.5, HALF_EVEN, 2",
    // 2.75 / 0.5 = 5.5 → HALF_EVEN 6 → 3.0
    "2.75,    0.5, HALF_EVEN, 3",
    // 74.85 / 0.1 = 748.5 → HALF_UP 749, HALF_EVEN 748
    "74.85,   0.1, HALF_UP,   74.9",
    "74.85,   0.1, HALF_EVEN, 74.8",
    // 74.95 / 0.1 = 749.5 → HALF_EVEN 750 (750 is even)
    "74.95,   0.1, HALF_EVEN, 75",
    // 89.96 / 1 = 89.96 → 90
    "89.96,   1,   HALF_UP,   90",
    // 17.8333 / 0.1 = 178.333 → 178 → 17.8
    "17.8333, 0.1, HALF_UP,   17.8"
  })
  void roundTo(String value, String precision, RoundingMode mode, String expected) {
    Points rounded = p(value).roundTo(d(precision), mode);
    assertThat(rounded).isEqualTo(p(expected));
    assertThat(rounded.toString()).isEqualTo(expected);
  }

  @Test
  void negativeOfIsRefused() {
    assertThrows(StandardsException.class, () -> Points.of(-1));
    StandardsException e =
        assertThrows(StandardsException.class, () -> Points.of(d("-0.5")));
    assertThat(e.getOffendingValue()).contains("-0.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "-0.5", "", " ", "1,5", "1.5.0", "NaN", "Infinity", "½"})
  void parseRefusesNonDecimalsAndNegatives(String text) {
    assertThrows(StandardsException.class, () -> Points.parse(text));
  }

  @Test
  void divisionByZeroOrNegativeIsRefused() {
    assertThrows(StandardsException.class, () -> p("1").dividedBy(BigDecimal.ZERO));
    assertThrows(StandardsException.class, () -> p("1").dividedBy(d("-2")));
  }

  @Test
  void roundingToZeroOrNegativePrecisionIsRefused() {
    assertThrows(StandardsException.class, () -> p("1").roundTo(BigDecimal.ZERO, RoundingMode.HALF_UP));
    assertThrows(StandardsException.class, () -> p("1").roundTo(d("0.0"), RoundingMode.HALF_UP));
    assertThrows(StandardsException.class, () -> p("1").roundTo(d("-0.1"), RoundingMode.HALF_UP));
  }
}
