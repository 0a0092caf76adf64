package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default severity of every problem code, as {@code docs/input.md} lists it: fourteen codes
 * are not errors, every other code is an error (it stops reading, loading or scoring).
 */
class ProblemSeveritiesTest {

  @Test
  void exactlyTheseCodesAreNotErrors() {
    Map<ProblemCode, Severity> notErrors = new EnumMap<>(ProblemCode.class);
    Arrays.stream(ProblemCode.values()).filter(c -> c.defaultSeverity() != Severity.ERROR)
        .forEach(c -> notErrors.put(c, c.defaultSeverity()));
    assertThat(notErrors).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry(ProblemCode.STANDARD_APPLICABILITY, Severity.WARNING),
        Map.entry(ProblemCode.STANDARD_BONUS_UNREACHABLE, Severity.WARNING),
        Map.entry(ProblemCode.CLAIM_OVER_COMPUTED, Severity.WARNING),
        Map.entry(ProblemCode.CLAIM_UNDER_COMPUTED, Severity.INFO),
        Map.entry(ProblemCode.EVIDENCE_OUTSIDE_YEAR, Severity.WARNING),
        Map.entry(ProblemCode.PLAN_OTHER_DISTRICT, Severity.WARNING),
        Map.entry(ProblemCode.PLAN_OUTSIDE_PERIOD, Severity.WARNING),
        Map.entry(ProblemCode.PROBLEMS_TRUNCATED, Severity.WARNING),
        Map.entry(ProblemCode.EVIDENCE_REPEATED, Severity.WARNING),
        Map.entry(ProblemCode.EVIDENCE_AFTER_YEAR, Severity.WARNING),
        Map.entry(ProblemCode.ELDER_JOINED_AFTER_YEAR, Severity.WARNING),
        Map.entry(ProblemCode.EVIDENCE_NO_PARTICIPANTS, Severity.WARNING),
        Map.entry(ProblemCode.TRAINING_TOO_SHORT, Severity.WARNING),
        Map.entry(ProblemCode.WORKING_TEAM_ABOVE_ROSTER, Severity.WARNING)));
  }

  @Test
  void thereAreSeventySixCodes() {
    // by the sections of the enum: reading bytes and JSON 14, checks of a standard 14, checks of
    // an assessment 18 (with JSON_NON_ASCII_NUMBER and PROBLEMS_TRUNCATED) + 8 plausibility
    // codes, plan progress 3, standards as data 17 (with the two discretionary-claim codes),
    // case files 2: 14 + 14 + 26 + 3 + 17 + 2 = 76
    assertThat(ProblemCode.values()).hasSize(76);
  }
}
