package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.PlausibilityCheck;
import io.github.ggw.standards.model.standard.PlausibilitySeverity;
import io.github.ggw.standards.model.standard.Standard;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plausibility settings of a standard in the {@code @standard} row of its CSV form:
 * {@code jurisdiction}, {@code minTrainingHours} and {@code plausibility} are written and read
 * back, and a malformed value is a located {@code CSV_CELL_INVALID} (the row, the parameters
 * column).
 */
class PlausibilityCsvTest {
  private static final StandardsCsv CSV = StandardsCsv.create();

  @Test
  void theStandardRowCarriesThePlausibilitySettings() {
    Standard changzhou = ReferenceData.changzhouStandard();
    assertThat(changzhou.getJurisdiction()).containsExactly("3204");
    Standard tuned = ImmutableStandard.copyOf(changzhou).withJurisdiction("3204", "3205")
        .withMinTrainingHours(new BigDecimal("1.5"))
        .withPlausibility(
            new PlausibilitySeverity(PlausibilityCheck.REPEATED_RECORD, Severity.INFO),
            new PlausibilitySeverity(PlausibilityCheck.TRAINING_TOO_SHORT, Severity.ERROR));
    String csv = CSV.writeStandard(tuned);
    assertThat(csv).contains("jurisdiction=3204, 3205", "minTrainingHours=1.5",
        "plausibility=REPEATED_RECORD:INFO, TRAINING_TOO_SHORT:ERROR");
    Standard back = CSV.readStandard(csv.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(back.getJurisdiction()).containsExactly("3204", "3205");
    assertThat(back.getMinTrainingHours()).isEqualByComparingTo("1.5");
    assertThat(back.severityOf(PlausibilityCheck.TRAINING_TOO_SHORT)).isEqualTo(Severity.ERROR);
    assertThat(back.severityOf(PlausibilityCheck.REPEATED_RECORD)).isEqualTo(Severity.INFO);
    assertThat(back.severityOf(PlausibilityCheck.CONFLICTING_RECORD)).isEqualTo(Severity.ERROR);
    assertThat(back).isEqualTo(tuned);
    // the bundled standard: only its jurisdiction is written (the rest are defaults)
    String plain = CSV.writeStandard(changzhou);
    assertThat(plain).contains("jurisdiction=3204").doesNotContain("minTrainingHours",
        "plausibility=");
  }

  @Test
  void malformedSettingsAreLocatedProblems() {
    String csv = CSV.writeStandard(ReferenceData.changzhouStandard());
    for (String bad : List.of("jurisdiction=32a4", "plausibility=TRAINING_TOO_SHORT:FATAL",
        "plausibility=TOO_LONG:ERROR", "minTrainingHours=half",
        "plausibility=NO_PARTICIPANTS:ERROR, NO_PARTICIPANTS:INFO")) {
      List<Problem> problems = CSV.readStandard(csv.replace("jurisdiction=3204", bad)
          .getBytes(StandardCharsets.UTF_8)).problems();
      assertThat(problems).as(bad).anySatisfy(p -> {
        assertThat(p.getCode()).isEqualTo(ProblemCode.CSV_CELL_INVALID);
        assertThat(p.getLocation().toString()).contains("line 2, column 10");
      });
    }
  }
}
