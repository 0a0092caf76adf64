package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A reason keeps its decimal arguments as they are and shows them as their plain text only when
 * its text is asked for; its equality reads a decimal and its plain text as the same argument.
 */
class ReasonTest {
  private static final LocalizedText LABEL = LocalizedText.of("活动次数", "activities");

  @Test
  void aDecimalArgumentIsShownAsItsPlainText() {
    // lost.ladder: {0} is {1}, which earns {2}; full points need at least {3}
    // 2.50 is shown 2.5 and 4.0 is shown 4 (no trailing zeros); 1E+1 (ten, scale -1) as 10
    Reason r = Reason.of("lost.ladder", LABEL, new BigDecimal("2.50"), Points.of(1),
        new BigDecimal("1E+1"));
    assertThat(r.text().en()).isEqualTo("activities is 2.5, which earns 1; full points need at"
        + " least 10");
    assertThat(r.text().zh()).isEqualTo("活动次数为2.5，得1分；满分需达到10");
    assertThat(Reason.of("lost.ladder", LABEL, new BigDecimal("4.0"), Points.of(1),
        BigDecimal.ZERO).text().en()).isEqualTo("activities is 4, which earns 1; full points"
        + " need at least 0");
  }

  @Test
  void aDecimalAndItsPlainTextAreTheSameArgument() {
    Reason decimal = Reason.of("lost.ladder", LABEL, new BigDecimal("2.50"), Points.of(1),
        new BigDecimal("3"));
    Reason text = Reason.of("lost.ladder", LABEL, "2.5", Points.of(1), "3");
    assertThat(decimal).isEqualTo(text).hasSameHashCodeAs(text);
    assertThat(text).isEqualTo(decimal);
    // another value, another text, or another key is another reason
    assertThat(decimal).isNotEqualTo(Reason.of("lost.ladder", LABEL, new BigDecimal("2.51"),
        Points.of(1), new BigDecimal("3")));
    assertThat(decimal).isNotEqualTo(Reason.of("lost.ladder", LABEL, "2.50", Points.of(1),
        "3"));
    assertThat(decimal).isNotEqualTo(Reason.of("lost.perOccurrence", LABEL,
        new BigDecimal("2.50"), Points.of(1), new BigDecimal("3")));
  }
}
