package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shortcut of {@link Problem}'s masking: a text in which no stretch of number characters has
 * eleven digits ({@link PersonalNumbers#noStretchOfElevenDigits}) is echoed without a scan, and
 * only such a text: it holds no personal number and nothing {@code Problem}'s own pattern (copied
 * here) matches. A standard's list of item codes, named by every plausibility finding about a
 * kind, takes the shortcut; a mobile number inside it does not.
 */
class ProblemMaskingTest {
  private static final Location AT = Location.pointer("/evidence/3");
  /** {@code Problem.PERSONAL}, as written there. */
  private static final Pattern PERSONAL = Pattern.compile("(?<![0-9])(?:(?:\\+?86[- ]?)?"
      + "1[3-9][0-9](?:[- ]?[0-9]{4}){2}|[0-9]{17}[0-9Xx]|(?<![0-9][.．])[0-9]{11,})(?![0-9])");
  /** Digits of three scripts, separators of every class, check and plus forms, run enders. */
  private static final String[] PIECES = {"0", "1", "3", "8", "9", "１", "３", "٣", "-", ".", "/",
      " ", "\u00A0", "\u3000", "\u200B", "\u00AD", "\uFE0F", "－", "．", "\u2013", "\u2212", "X",
      "x", "Ｘ", "+", "＋", ",", "、", "项", "a", "~", "(", "\uD835\uDFCE"};

  private static Problem problem(String value, String argument) {
    return Problem.of(ProblemCode.EVIDENCE_REPEATED, AT, value, argument);
  }

  @Test
  void aListOfItemCodesTakesTheShortcutAndAMobileNumberInItDoesNot() {
    StringBuilder codes = new StringBuilder();
    for (int i = 1; i <= 240; i++) {
      codes.append(codes.length() == 0 ? "" : ", ").append("3.").append(i).append(".1");
    }
    assertThat(PersonalNumbers.noStretchOfElevenDigits(codes.toString())).isTrue();
    String phone = "联系人 138-1234-5678，" + codes;
    assertThat(PersonalNumbers.noStretchOfElevenDigits(phone)).isFalse();
    Problem masked = problem(phone, phone);
    assertThat(masked.getArguments().get(0)).doesNotContain("138-1234-5678")
        .startsWith("联系人 " + PersonalNumbers.MASK);
    assertThat(masked.getOffendingValue().orElseThrow()).doesNotContain("138-1234-5678");
    // eleven digits across separators are one stretch; a comma between them ends it
    assertThat(PersonalNumbers.noStretchOfElevenDigits("1234 5678.901")).isFalse();
    assertThat(PersonalNumbers.noStretchOfElevenDigits("12345,678901")).isTrue();
  }

  @Test
  void aTextTakesTheShortcutOnlyWhenNeitherTheScanNorThePatternFindsANumber() {
    Random random = new Random(20261201L);
    int shortcuts = 0;
    int scans = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(40);
      for (int k = 0; k < length; k++) {
        // digits more often than the rest, so that long stretches occur
        sb.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)]
            : String.valueOf((char) ('0' + random.nextInt(10))));
      }
      String s = sb.toString();
      if (PersonalNumbers.noStretchOfElevenDigits(s)) {
        shortcuts++;
        assertThat(PersonalNumbers.find(s)).as(s).isEmpty();
        assertThat(PERSONAL.matcher(s).find()).as(s).isFalse();
      } else {
        scans++;
      }
      // fewer than eleven digits in all: fewer in every stretch
      if (PersonalNumbers.fewerDigitsThanAnyNumber(s)) {
        assertThat(PersonalNumbers.noStretchOfElevenDigits(s)).as(s).isTrue();
      }
    }
    // both branches are exercised in earnest
    assertThat(shortcuts).isGreaterThan(20_000);
    assertThat(scans).isGreaterThan(20_000);
  }

  @Test
  void aTextOfFewerCharsThanAnyNumberHasDigitsIsEchoedAsItIs() {
    // under eleven chars (the shortest personal number has eleven digits, a char holds at most
    // one): echoed unchanged, as the scan would leave it; from eleven chars on, the scan decides
    Random random = new Random(20261202L);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(PersonalNumbers.SHORTEST);
      while (sb.length() < length) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        if (sb.length() + piece.length() <= length) {
          sb.append(piece);
        }
      }
      String s = sb.toString();
      assertThat(PersonalNumbers.noStretchOfElevenDigits(s)).as(s).isTrue();
      Problem p = problem(s, s);
      assertThat(p.getOffendingValue().orElseThrow()).isSameAs(s);
      assertThat(p.getArguments().get(0)).isSameAs(s);
    }
    // ten digits stay; eleven (a mobile number) are masked
    assertThat(problem("1381234567", "1381234567").getArguments().get(0))
        .isEqualTo("1381234567");
    assertThat(problem("13812345678", "13812345678").getArguments().get(0))
        .isEqualTo(PersonalNumbers.MASK);
  }
}
