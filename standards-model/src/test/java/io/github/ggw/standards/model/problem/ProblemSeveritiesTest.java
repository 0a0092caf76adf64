package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default severity of every problem code, as {@code docs/input.md} lists it: seven codes are
 * not errors, every other code is an error (it stops reading, loading or scoring).
 */
class ProblemSeveritiesTest {

  @Test
  void exactlyTheseCodesAreNotErrors() {
    Map<ProblemCode, Severity> notErrors = new EnumMap<>(ProblemCode.class);
    Arrays.stream(ProblemCode.values()).filter(c -> c.defaultSeverity() != Severity.ERROR)
        .forEach(c -> notErrors.put(c, c.defaultSeverity()));
    assertThat(notErrors).containsExactlyInAnyOrderEntriesOf(Map.of(
        ProblemCode.STANDARD_APPLICABILITY, Severity.WARNING,
        ProblemCode.STANDARD_BONUS_UNREACHABLE, Severity.WARNING,
        ProblemCode.CLAIM_OVER_COMPUTED, Severity.WARNING,
        ProblemCode.CLAIM_UNDER_COMPUTED, Severity.INFO,
        ProblemCode.EVIDENCE_OUTSIDE_YEAR, Severity.WARNING,
        ProblemCode.PLAN_OTHER_DISTRICT, Severity.WARNING,
        ProblemCode.PLAN_OUTSIDE_PERIOD, Severity.WARNING,
        ProblemCode.PROBLEMS_TRUNCATED, Severity.WARNING));
  }

  @Test
  void thereAreEightyTwoCodes() {
    // by the sections of the enum: reading bytes and JSON 14, checks of a standard 14, checks of
    // an assessment 18 (with JSON_NON_ASCII_NUMBER and PROBLEMS_TRUNCATED), plan progress 3,
    // standards as data 17 (with the two discretionary-claim codes), case files 2, signed
    // decisions and times of case files 12, key files 2:
    // 14 + 14 + 18 + 3 + 17 + 2 + 12 + 2 = 82
    assertThat(ProblemCode.values()).hasSize(82);
  }
}
