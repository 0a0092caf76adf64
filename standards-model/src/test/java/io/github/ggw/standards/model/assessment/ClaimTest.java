package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.CriterionCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final CriterionCode CODE = CriterionCode.of("1.2");

  @Test
  void validClaim() {
    Claim c = new Claim(CODE, Points.parse("1.5"), "成立关工委，校长任主任");
    assertThat(c.code()).isEqualTo(CODE);
    assertThat(c.points()).isEqualTo(Points.parse("1.50"));
    assertThat(new Claim(CODE, Points.ZERO, "").narrative()).isEmpty();
  }

  @Test
  void narrativeIsAtMost2000Characters() {
    assertThat(new Claim(CODE, Points.ZERO, "述".repeat(2000)).narrative()).hasSize(2000);
    assertThrows(StandardsException.class,
        () -> new Claim(CODE, Points.ZERO, "述".repeat(2001)));
  }

  @Test
  void toStringNeverContainsTheNarrative() {
    String narrative = "联系人张老师 13812345678，身份证 32041219900101123X";
    Claim c = new Claim(CODE, Points.parse("1.50"), narrative);
    assertThat(c.toString())
        .isEqualTo("Claim[1.2 = 1.5]")
        .doesNotContain("张老师")
        .doesNotContain("13812345678")
        .doesNotContain("32041219900101123X");
  }

  @Test
  void theRefusalDoesNotEchoTheWholeNarrative() {
    StandardsException e = assertThrows(StandardsException.class,
        () -> new Claim(CODE, Points.ZERO, "x".repeat(2001)));
    // the offending value is cut to 80 characters plus an ellipsis
    assertThat(e.getOffendingValue()).hasValueSatisfying(v -> assertThat(v).hasSize(81));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> new Claim(null, Points.ZERO, ""));
    assertThrows(NullPointerException.class, () -> new Claim(CODE, null, ""));
    assertThrows(NullPointerException.class, () -> new Claim(CODE, Points.ZERO, null));
  }

  @Test
  void equalityUsesPointsEquality() {
    new EqualsTester()
        .addEqualityGroup(new Claim(CODE, Points.parse("1.5"), "a"),
            new Claim(CriterionCode.of("1.2"), Points.parse("1.50"), "a"))
        .addEqualityGroup(new Claim(CODE, Points.parse("2"), "a"))
        .addEqualityGroup(new Claim(CriterionCode.of("1.3"), Points.parse("1.5"), "a"))
        .addEqualityGroup(new Claim(CODE, Points.parse("1.5"), "b"))
        .testEquals();
  }
}
