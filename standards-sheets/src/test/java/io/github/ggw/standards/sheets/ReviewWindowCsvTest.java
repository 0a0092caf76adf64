package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.ReviewPeriod;
import io.github.ggw.standards.model.standard.Standard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review window of a standard in the {@code @standard} row of its CSV form: {@code
 * reviewWindow=OPENS-CLOSES} is written when not the default, read back, and a malformed or
 * impossible window is a located {@code CSV_CELL_INVALID} (the row, the parameters column).
 */
class ReviewWindowCsvTest {
  private static final StandardsCsv CSV = StandardsCsv.create();

  @Test
  void theStandardRowCarriesTheReviewWindow() {
    Standard changzhou = ReferenceData.changzhouStandard();
    assertThat(CSV.writeStandard(changzhou)).doesNotContain("reviewWindow");
    Standard tuned = ImmutableStandard.copyOf(changzhou)
        .withReviewWindow(new ReviewPeriod(3, 15));
    String csv = CSV.writeStandard(tuned);
    assertThat(csv).contains("reviewWindow=3-15");
    Standard back = CSV.readStandard(csv.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(back.getReviewWindow()).isEqualTo(new ReviewPeriod(3, 15));
    assertThat(back).isEqualTo(tuned);
    // written by hand, with spaces: read as the same window
    Standard spaced = CSV.readStandard(csv.replace("reviewWindow=3-15", "reviewWindow= 3 - 15")
        .getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(spaced.getReviewWindow()).isEqualTo(new ReviewPeriod(3, 15));
  }

  @Test
  void malformedOrImpossibleWindowsAreLocatedProblems() {
    String csv = CSV.writeStandard(ImmutableStandard.copyOf(ReferenceData.changzhouStandard())
        .withReviewWindow(new ReviewPeriod(3, 15)));
    // closes before it opens; closes at it opens; beyond 60 months; not two numbers; negative
    for (String bad : List.of("reviewWindow=15-3", "reviewWindow=5-5", "reviewWindow=0-61",
        "reviewWindow=three-15", "reviewWindow=3", "reviewWindow=-1-12")) {
      List<Problem> problems = CSV.readStandard(csv.replace("reviewWindow=3-15", bad)
          .getBytes(StandardCharsets.UTF_8)).problems();
      assertThat(problems).as(bad).anySatisfy(p -> {
        assertThat(p.getCode()).isEqualTo(ProblemCode.CSV_CELL_INVALID);
        assertThat(p.getLocation().toString()).contains("line 2, column 10");
      });
    }
  }
}
