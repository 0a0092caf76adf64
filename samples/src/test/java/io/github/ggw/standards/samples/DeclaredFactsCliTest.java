package io.github.ggw.standards.samples;

import static io.github.ggw.standards.samples.ScoreCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.samples.ScoreCommandTest.Run;
import io.github.ggw.standards.sheets.StandardsCsv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The declared-facts test sheet ({@code authoring/facts-sheet.json} and the same sheet as {@code
 * authoring/facts-sheet.csv}, with {@code @fact} rows) scored through the command line.
 *
 * <p>Sheet (nominal 12; bands PASS 6, GOOD 9, EXCELLENT 11; threshold 10): X.1 ladder on
 * {@code fact.lectures.pupilsReached} ≥ 500 → 3, ≥ 200 → 2, ≥ 1 → 1; X.2 2 points for {@code
 * fact.plan.status} oneOf ADOPTED, PUBLISHED; Y.1 1 for {@code counselling.hotline} equals true;
 * Y.2 1 for {@code plan.adoptedOn} onOrBefore 2022-06-30; Y.3 1 for the same onOrAfter yearStart
 * (2022-01-01); Y.4 1 for {@code funding.elderActivities} atLeast 5000; Y.5 0.5 per {@code
 * visits.homes}, at most 2; Y.6 1 for {@code plan.status} equals PUBLISHED.
 *
 * <pre>
 * unit  pupils status    hotline adoptedOn   funding  visits | X.1 X.2 Y.1 Y.2 Y.3 Y.4 Y.5 Y.6 | total
 * A     350    PUBLISHED true    2022-03-01  5000     3      | 2   2   1   1   1   1   1.5 1   | 10.5 good
 * B     800    DRAFTED   false   2021-12-31  4999.99  9      | 3   0   0   1   0   0   2   0   | 6.0 pass
 * C     0      ADOPTED   true    2022-07-01  100000   4      | 0   2   1   0   1   1   2   0   | 7.0 pass
 * </pre>
 *
 * A: 2 + 2 + 1 + 1 + 1 + 1 + 3 × 0.5 + 1 = 10.5 (≥ 9, below 11: good). B: 3 + 1 + min(9 × 0.5,
 * 2) = 6 (pass). C: 2 + 1 + 1 + 1 + min(4 × 0.5, 2) = 7 (pass).
 */
class DeclaredFactsCliTest {
  private static final Path DIR = Path.of("src/test/resources/authoring");
  private static final String[] UNITS = {path("fact-a.json"), path("fact-b.json"),
      path("fact-c.json")};

  private static String path(String name) {
    return DIR.resolve(name).toString();
  }

  private static Run score(String sheet, String... more) {
    String[] args = new String[4 + UNITS.length + more.length];
    args[0] = "score";
    args[1] = "--lang";
    args[2] = "en";
    args[3] = "--standard=" + path(sheet);
    System.arraycopy(more, 0, args, 4, more.length);
    System.arraycopy(UNITS, 0, args, 4 + more.length, UNITS.length);
    return run(args);
  }

  @Test
  void theSheetScoresAsComputedByHand() {
    Run r = score("facts-sheet.json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Total 10.5 (unrounded 10.5; bonus 0) · rating good",
        "Total 6.0 (unrounded 6; bonus 0) · rating pass",
        "Total 7.0 (unrounded 7; bonus 0) · rating pass", "3 unit(s) scored, 0 input(s) refused");
  }

  @Test
  void theCsvAndJsonFormsScoreAlike() {
    assertThat(score("facts-sheet.csv").out()).isEqualTo(score("facts-sheet.json").out());
    assertThat(score("facts-sheet.csv", "--format", "json").out())
        .isEqualTo(score("facts-sheet.json", "--format", "json").out());
  }

  /** The located error: the unit gives no {@code plan.status}, which X.2 reads. */
  @Test
  void aMissingFactIsRefusedWithItsPlace() {
    for (String sheet : new String[] {"facts-sheet.json", "facts-sheet.csv"}) {
      Run r = run("score", "--lang", "en", "--standard", path(sheet), path("fact-missing.json"));
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out() + r.err()).contains("error FACT_MISSING at /evidence (line 13, column"
          + " 15), item X.2: Item X.2 reads the fact plan.status (state of the five-year action"
          + " plan), which the self-assessment does not give");
    }
  }

  /** The CSV form reads to the same standard as the JSON form, and writes back the same text. */
  @Test
  void csvWithFactRowsRoundTrips() throws Exception {
    Standard fromJson = StandardsJson.create().readStandard(DIR.resolve("facts-sheet.json"))
        .orElseThrow();
    Standard fromCsv = StandardsCsv.create().readStandard(DIR.resolve("facts-sheet.csv"))
        .orElseThrow();
    assertThat(fromCsv).isEqualTo(fromJson);
    assertThat(fromCsv.getFacts()).hasSize(6);
    String csv = Files.readString(DIR.resolve("facts-sheet.csv"), StandardCharsets.UTF_8);
    assertThat(StandardsCsv.create().writeStandard(fromJson)).isEqualTo(csv.replace("\uFEFF",
        ""));
    assertThat(StandardsJson.create().readStandard(StandardsJson.create()
        .writeStandard(fromCsv).getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(fromJson);
  }

  @Test
  void checkStandardAcceptsTheFactsSheet() {
    Run r = run("check-standard", "--lang", "en", path("facts-sheet.csv"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("standard facts-sheet 2022.1 · 10 items · nominal maximum 12",
        "0 error(s), 0 warning(s)");
  }
}
