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
        Map.entry(ProblemCode.WORKBOOK_SHEET_HIDDEN, Severity.WARNING),
        Map.entry(ProblemCode.WORKBOOK_DATE_SERIAL, Severity.WARNING),
        Map.entry(ProblemCode.WORKBOOK_FORMULA, Severity.WARNING),
        Map.entry(ProblemCode.CARRY_OVER_RECORD_DROPPED, Severity.WARNING),
        Map.entry(ProblemCode.CARRY_OVER_CLAIM_UNMAPPED, Severity.WARNING)));
  }

  @Test
  void theCodesAreCountedBySection() {
    // by the sections of the enum: reading bytes and JSON 14, checks of a standard 14, checks of
    // an assessment 18 (with JSON_NON_ASCII_NUMBER and PROBLEMS_TRUNCATED), plan progress 3,
    // standards as data 17 (with the two discretionary-claim codes) and the 2 carry-over codes
    // of pre-filled workbooks, case files 2, and the 20 workbook codes among the sheets codes:
    // 14 + 14 + 18 + 3 + 17 + 2 + 2 + 20 = 90
    assertThat(ProblemCode.values()).hasSize(90);
  }
}
