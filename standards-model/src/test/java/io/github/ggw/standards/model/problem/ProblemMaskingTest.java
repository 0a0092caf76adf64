package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text with eleven digits or more is made safe once per string object and the result reused
 * (a standard's list of item codes, named by every finding about a kind): the reused form is
 * always what a fresh scan of an equal text gives, for the offending value (cut to 60
 * characters) and for an argument (cut to 300) alike, numbers masked every time.
 */
class ProblemMaskingTest {
  private static final Location AT = Location.pointer("/evidence/3");

  private static Problem problem(String value, String argument) {
    return Problem.of(ProblemCode.EVIDENCE_REPEATED, AT, value, argument);
  }

  @Test
  void theSameTextAgainIsMadeSafeAsAFreshCopyIs() {
    List<String> texts = new ArrayList<>();
    StringBuilder codes = new StringBuilder();
    for (int i = 1; i <= 80; i++) {
      codes.append(codes.length() == 0 ? "" : ", ").append("3.").append(i).append(".1");
      texts.add(codes.toString());
    }
    // a mobile number inside a long text: masked whether scanned or reused
    String phone = "联系人 13812345678，" + codes;
    texts.add(phone);
    for (int round = 0; round < 3; round++) {
      for (String t : texts) {
        // the text as value and as argument: two cuts of one string object
        Problem reused = problem(t, t);
        Problem fresh = problem(new String(t), new String(t));
        assertThat(reused).isEqualTo(fresh);
        assertThat(reused.getOffendingValue().orElseThrow().length()).isLessThanOrEqualTo(61);
      }
    }
    Problem masked = problem(phone, phone);
    assertThat(masked.getArguments().get(0)).doesNotContain("13812345678")
        .startsWith("联系人 " + PersonalNumbers.MASK);
    assertThat(masked.getOffendingValue().orElseThrow()).doesNotContain("13812345678");
  }
}
