package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default severity of every problem code, as {@code docs/input.md} lists it: 19 codes
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
        Map.entry(ProblemCode.CLAIM_OVER_COMPUTED, Severity.WARNING),
        Map.entry(ProblemCode.CLAIM_UNDER_COMPUTED, Severity.INFO),
        Map.entry(ProblemCode.EVIDENCE_OUTSIDE_YEAR, Severity.WARNING),
        Map.entry(ProblemCode.EVIDENCE_REPEATED, Severity.WARNING),
        Map.entry(ProblemCode.EVIDENCE_AFTER_YEAR, Severity.WARNING),
        Map.entry(ProblemCode.ELDER_JOINED_AFTER_YEAR, Severity.WARNING),
        Map.entry(ProblemCode.EVIDENCE_NO_PARTICIPANTS, Severity.WARNING),
        Map.entry(ProblemCode.TRAINING_TOO_SHORT, Severity.WARNING),
        Map.entry(ProblemCode.WORKING_TEAM_ABOVE_ROSTER, Severity.WARNING),
        Map.entry(ProblemCode.PROBLEMS_TRUNCATED, Severity.WARNING),
        Map.entry(ProblemCode.PLAN_OTHER_DISTRICT, Severity.WARNING),
        Map.entry(ProblemCode.PLAN_OUTSIDE_PERIOD, Severity.WARNING),
        Map.entry(ProblemCode.STANDARD_BONUS_UNREACHABLE, Severity.WARNING),
        Map.entry(ProblemCode.WORKBOOK_SHEET_HIDDEN, Severity.WARNING),
        Map.entry(ProblemCode.WORKBOOK_DATE_SERIAL, Severity.WARNING),
        Map.entry(ProblemCode.WORKBOOK_FORMULA, Severity.WARNING),
        Map.entry(ProblemCode.CARRY_OVER_RECORD_DROPPED, Severity.WARNING),
        Map.entry(ProblemCode.CARRY_OVER_CLAIM_UNMAPPED, Severity.WARNING)));
  }

  @Test
  void theCodesAreCountedByConcern() {
    // counted by concern (each concern has its own bundle pair, checked by ProblemTest):
    // input 16, standard 32 + 5 of filtered measures = 37, assessment 34, workflow 1,
    // sheets 28 + 6 of standard workbooks (cell type, unheaded cell, column unknown, column
    // missing, cell invalid, row missing) + 1 locked cell changed = 35, trust 17, menus 10:
    // 16 + 37 + 34 + 1 + 35 + 17 + 10 = 150
    Map<Concern, Long> byConcern = new EnumMap<>(Concern.class);
    Arrays.stream(ProblemCode.values()).forEach(c -> byConcern.merge(c.concern(), 1L, Long::sum));
    assertThat(byConcern).containsExactlyInAnyOrderEntriesOf(Map.of(
        Concern.INPUT, 16L,
        Concern.STANDARD, 37L,
        Concern.ASSESSMENT, 34L,
        Concern.WORKFLOW, 1L,
        Concern.SHEETS, 35L,
        Concern.TRUST, 17L,
        Concern.MENUS, 10L));
    assertThat(ProblemCode.values()).hasSize(150);
  }
}
