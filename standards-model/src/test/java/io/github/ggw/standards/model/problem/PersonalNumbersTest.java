package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The normalisation of personal numbers: each written form of an identity or mobile number is
 * found and masked with its separators, and ordinary numbers, digests and numbers glued to
 * further digits are not.
 */
class PersonalNumbersTest {
  // check character of 11010519491231002: weighted sum 167, 167 mod 11 = 2 -> X
  private static final String ID = "11010519491231002X";
  // check character of 32041219800101123: weighted sum 170, 170 mod 11 = 5 -> 7
  private static final String ID7 = "320412198001011237";

  static Stream<Arguments> identityForms() {
    return Stream.of(
        Arguments.of("plain", ID),
        Arguments.of("digit check", ID7),
        Arguments.of("lower-case x", "11010519491231002x"),
        Arguments.of("spaced 6-8-4", "110105 19491231 002X"),
        Arguments.of("hyphenated", "320412-19800101-1237"),
        Arguments.of("dotted", "110105.19491231.002X"),
        Arguments.of("slashed", "320412/19800101/1237"),
        Arguments.of("full-width", "１１０１０５１９４９１２３１００２Ｘ"),
        Arguments.of("zero-width-split", "110105\u200B19491231\u200D002X"),
        Arguments.of("word joiner, BOM, soft hyphen", "110105\u206019491231\uFEFF00\u00AD2X"),
        Arguments.of("full-width separators", "320412－19800101．1237"),
        Arguments.of("ideographic space", "320412\u300019800101\u30001237"),
        Arguments.of("mixed", "３２0412 1980-0101/ 1237"));
  }

  static Stream<Arguments> mobileForms() {
    return Stream.of(
        Arguments.of("plain", "13812345678"),
        Arguments.of("spaced 3-4-4", "138 1234 5678"),
        Arguments.of("hyphenated", "138-1234-5678"),
        Arguments.of("double separator", "138--1234-5678"),
        Arguments.of("dotted", "138.1234.5678"),
        Arguments.of("slashed", "138/1234/5678"),
        Arguments.of("full-width", "１３８１２３４５６７８"),
        Arguments.of("zero-width-split", "138\u200B1234\u200C5678"),
        Arguments.of("+86", "+8613812345678"),
        Arguments.of("+86 spaced", "+86 138 1234 5678"),
        Arguments.of("0086", "008613812345678"),
        Arguments.of("86-", "86-13812345678"),
        Arguments.of("full-width +86", "＋８６－１３８１２３４５６７８"),
        Arguments.of("mixed", "0086 138\u2060.1234 / ５６７８"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identityForms")
  void identityNumbersAreFoundAndMaskedWhole(String form, String text) {
    String in = "身份证" + text + "。";
    assertThat(PersonalNumbers.holdsIdentityNumber(in)).isTrue();
    assertThat(PersonalNumbers.holdsMobileNumber(in)).isFalse();
    // the separators inside go with the number: nothing of it is left
    assertThat(PersonalNumbers.mask(in)).isEqualTo("身份证[masked]。");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mobileForms")
  void mobileNumbersAreFoundAndMaskedWhole(String form, String text) {
    String in = "电话" + text + "号";
    assertThat(PersonalNumbers.holdsMobileNumber(in)).isTrue();
    assertThat(PersonalNumbers.holdsIdentityNumber(in)).isFalse();
    assertThat(PersonalNumbers.mask(in)).isEqualTo("电话[masked]号");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a wrong check character (the right one is X)
      "110105194912310020",
      // valid check characters but no birth date: 1949-13-31 (ID's sum 167 with the 12th digit
      // 2 -> 3, weight 9: 176, mod 11 = 0 -> 1) and 1949-02-29, 1949 not being a leap year
      // (1231 -> 0229 at weights 7, 9, 10, 5: 167 - 7 + 0 - 10 + 40 = 190, mod 11 = 3 -> 9)
      "110105194913310021", "110105194902290029",
      // glued to a further digit, or after a digit: part of a longer number
      "11010519491231002X5", "911010519491231002X", "138123456789", "9 13812345678x",
      // prefix 12 is no mobile prefix; 10 digits are not 11
      "12812345678", "1381234567",
      // dates, amounts, years and district codes
      "2022-05-01", "2022.05.01 18:30", "共 320412 元 1234.5 小时",
      // a SHA-256 digest, even one whose digit runs look like numbers between letters
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"})
  void notPersonalNumbers(String text) {
    assertThat(PersonalNumbers.find(text)).isEmpty();
    assertThat(PersonalNumbers.mask(text)).isEqualTo(text);
  }

  @Test
  void aDigestCanHoldWhatLooksLikeANumberSoDigestsAreNeverScanned() {
    // hex letters end runs, so 13812345678 between "a" and "b" reads as a mobile number: this is
    // why the scanner's fields exclude digests, signatures, key ids and base64 (a test of the
    // scanner checks that such a digest is not flagged)
    String digest = "a13812345678b0d1f2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5";
    assertThat(PersonalNumbers.holdsMobileNumber(digest)).isTrue();
  }

  @Test
  void twoNumbersSideBySideAreBothFound() {
    // a space between two numbers is a separator, yet each is found on its own
    List<PersonalNumbers.Found> found =
        PersonalNumbers.find("13812345678 13987654321 / " + ID);
    assertThat(found).extracting(PersonalNumbers.Found::kind).containsExactly(
        PersonalNumbers.Kind.MOBILE, PersonalNumbers.Kind.MOBILE, PersonalNumbers.Kind.IDENTITY);
    assertThat(found.get(0)).isEqualTo(new PersonalNumbers.Found(PersonalNumbers.Kind.MOBILE,
        0, 11));
    assertThat(PersonalNumbers.mask("13812345678 13987654321 / " + ID))
        .isEqualTo("[masked] [masked] / [masked]");
  }

  @Test
  void normaliseShowsWhatTheScanSees() {
    assertThat(PersonalNumbers.normalise("＋８６ 138\u200B-1234.5678 ｘ")).isEqualTo("+8613812345678X");
  }

  @Test
  void aLongRunOfDigitsIsScannedInLinearTime() {
    // 200 000 digits with a separator after every one: each start is tried against at most 8
    // ends (11 to 18 characters), so this is quick; it holds no valid number at a boundary
    String many = "1 ".repeat(100_000);
    long start = System.nanoTime();
    assertThat(PersonalNumbers.find(many)).isEmpty();
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void pointerSegmentsAndProblemValuesAreMasked() {
    Location at = Location.pointer("/evidence/0/110105 19491231 002X/x");
    assertThat(at.getPointer()).contains("/evidence/0/[masked]/x");
    Problem p = Problem.of(ProblemCode.JSON_UNKNOWN_PROPERTY, at, "１３８１２３４５６７８",
        "138\u200B1234\u200B5678");
    assertThat(p.getOffendingValue()).contains("[masked]");
    assertThat(p.getArguments()).containsExactly("[masked]");
    assertThat(p.toString()).doesNotContain("1234").doesNotContain("１２３４");
  }
}
