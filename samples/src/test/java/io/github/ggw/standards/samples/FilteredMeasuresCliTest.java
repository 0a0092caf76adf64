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
 * The filtered-measures test sheet ({@code authoring/filters-sheet.csv} and the same sheet as
 * {@code authoring/filters-sheet.json}) scored through the command line; every item's measure is
 * a filter written as data, one on each comparable field type. Assessment year 2022.
 *
 * <pre>
 * F.1 per-occurrence 1 each, max 3: count=activity; where=level&gt;=CITY &amp; kind in
 *     (SPEECH_CONTEST, RECITATION); withinYear=true          (ordered enum, enum oneOf, year true)
 * F.2 ladder 6:2, 3:1: sum=training; of=hours; where=kind=STUDY (decimal sum, enum equals, default)
 * F.3 1 if at least 1: count=activity; where=award&gt;=SECOND_PRIZE; withinYear=false
 *                                                              (ordered enum award, year false)
 * F.4 1 if at least 1: count=activity; where=participants&gt;=50 (whole number)
 * F.5 1 if at least 2: count=activity; where=date&lt;=2022-06-30 (date)
 * G.1 1 if at least 1: count=organisation; where=annualFundingYuan&gt;=10000 (yuan)
 * G.2 ladder 2:1: count=elder; where=retiredTeacher=true (flag)
 * G.3 1 if at least 2: count=training; where=topic=政策学习 (text equals)
 * G.4 1 if at least 2: distinct=activity; of=kind; where=title in ("红色故事会, 第二场", 诵读比赛)
 *                                                              (text oneOf, distinct)
 * </pre>
 *
 * Unit A: activities a1 SPEECH 2022-03-10 CITY 40 SECOND_PRIZE 春季演讲, a2 RECITATION 2022-05-20
 * DISTRICT 25 THIRD_PRIZE 诵读比赛, a3 RECITATION 2022-09-01 PROVINCE 60 FIRST_PRIZE, a4
 * SHORT_VIDEO 2022-11-11 CITY 10 NONE "红色故事会, 第二场"; trainings STUDY 1.5 h 政策学习, TRAINING
 * 2.25 h, STUDY 3 h 政策学习; funding 12000.50; elders E1 retired teacher, E2 not.
 *
 * <pre>
 * F.1 a1, a3 = 2 × 1 = 2      F.2 1.5 + 3 = 4.5 ≥ 3 → 1   F.3 a1, a3 = 2 ≥ 1 → 1
 * F.4 a3 (60) → 1             F.5 a1, a2 = 2 → 1          G.1 12000.50 ≥ 10000 → 1
 * G.2 1 retired teacher → 0   G.3 2 sessions → 1           G.4 a4 SHORT_VIDEO, a2 RECITATION = 2 → 1
 * A = 2 + 1 + 1 + 1 + 1 + 1 + 0 + 1 + 1 = 9 (≥ 9, below 11: good)
 * </pre>
 *
 * Unit B: b1 SPEECH 2021-11-05 NATIONAL 80 FIRST_PRIZE (last year), b2 RECITATION 2022-04-01 CITY
 * 30 HONOURABLE_MENTION 诵读比赛, b3 SPEECH 2022-08-15 CITY 20 NONE, b4 RECITATION 2022-12-01
 * SCHOOL 50 NONE; trainings STUDY 2022 4 h 理论学习, STUDY 2022 2.5 h 政策学习, STUDY 2021 5 h
 * 政策学习; funding 9999.99; elders E1, E2 retired teachers, E3 not.
 *
 * <pre>
 * F.1 b2, b3 = 2 (b1 is 2021) → 2   F.2 4 + 2.5 = 6.5 ≥ 6 → 2 (2021's 5 h left out by default)
 * F.3 b1 (2021, counted: withinYear=false) → 1   F.4 b4 (50) → 1 (b1's 80 is 2021)
 * F.5 b2 only = 1 &lt; 2 → 0   G.1 9999.99 &lt; 10000 → 0   G.2 2 → 1   G.3 1 in 2022 → 0
 * G.4 b2 RECITATION = 1 &lt; 2 → 0
 * B = 2 + 2 + 1 + 1 + 0 + 0 + 1 + 0 + 0 = 7 (≥ 6, below 9: pass)
 * </pre>
 */
class FilteredMeasuresCliTest {
  private static final Path DIR = Path.of("src/test/resources/authoring");
  private static final String[] UNITS = {path("filter-a.json"), path("filter-b.json")};

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
    Run r = score("filters-sheet.csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Total 9.0 (unrounded 9; bonus 0) · rating good",
        "Total 7.0 (unrounded 7; bonus 0) · rating pass", "2 unit(s) scored, 0 input(s) refused");
  }

  @Test
  void theCsvAndJsonFormsScoreAlike() {
    Run csv = score("filters-sheet.csv");
    assertThat(csv.out()).isEqualTo(score("filters-sheet.json").out());
    assertThat(score("filters-sheet.csv", "--format", "json").out())
        .isEqualTo(score("filters-sheet.json", "--format", "json").out());
  }

  /** CSV → model → JSON → model, and the CSV writes back to the same text. */
  @Test
  void theSheetRoundTripsBetweenCsvAndJson() throws Exception {
    Standard fromJson = StandardsJson.create().readStandard(DIR.resolve("filters-sheet.json"))
        .orElseThrow();
    Standard fromCsv = StandardsCsv.create().readStandard(DIR.resolve("filters-sheet.csv"))
        .orElseThrow();
    assertThat(fromCsv).isEqualTo(fromJson);
    assertThat(fromCsv.getAllCriteria().filter(c -> c.getRule().isPresent())
        .flatMap(c -> io.github.ggw.standards.rules.measure.MeasureRegistry
            .refs(c.getRule().get()).stream())
        .filter(m -> m.query().isPresent())).hasSize(9);
    String csv = Files.readString(DIR.resolve("filters-sheet.csv"), StandardCharsets.UTF_8);
    assertThat(StandardsCsv.create().writeStandard(fromJson)).isEqualTo(csv.replace("\uFEFF",
        ""));
    assertThat(StandardsJson.create().readStandard(StandardsJson.create()
        .writeStandard(fromCsv).getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(fromJson);
  }

  @Test
  void checkStandardAcceptsTheSheet() {
    Run r = run("check-standard", "--lang", "en", path("filters-sheet.csv"));
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("0 error(s), 0 warning(s)");
  }
  /**
   * A CSV with an unknown kind (line 10, G.1) and a flag given {@code yes} (line 11, G.2): both
   * findings at once, each at its line and item; and one with a malformed {@code where} term
   * (line 4, F.1), a finding of the cell itself (which stops the reading before the checks
   * against the registry, as any unreadable cell does).
   */
  @Test
  void badFiltersInACsvAreFoundAtTheirLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    String csv = Files.readString(DIR.resolve("filters-sheet.csv"), StandardCharsets.UTF_8);
    Path bad = dir.resolve("bad-filters.csv");
    Files.writeString(bad, csv.replace("count=organisation;", "count=organisaton;")
        .replace("where=retiredTeacher=true", "where=retiredTeacher=yes"), StandardCharsets.UTF_8);
    Run r = run("check-standard", "--lang", "en", bad.toString());
    assertThat(r.code()).as(r.out() + r.err()).isNotZero();
    // at the parameters cell of the row: column 10 of the sheet's header
    assertThat(r.out() + r.err()).contains(
        "error STANDARD_FILTER_KIND at line 10, column 10, item G.1: the filtered measure"
            + " reads the evidence kind organisaton, which does not exist; the closest kinds:"
            + " organisation",
        "error STANDARD_FILTER_VALUE at line 11, column 10, item G.2: the filter on"
            + " elder.retiredTeacher gives yes, which is not a FLAG value; expected true, false",
        "refused with 2 error(s)");
    Path syntax = dir.resolve("bad-where.csv");
    Files.writeString(syntax, csv.replace("where=level>=CITY &", "where=level>CITY &"),
        StandardCharsets.UTF_8);
    Run s = run("check-standard", "--lang", "en", syntax.toString());
    assertThat(s.out() + s.err()).contains("error STANDARD_PARAMETER_INVALID at line 4, column"
        + " 10, item F.1: the rule parameter where = \"level>CITY\" is not valid; expected"
        + " filters joined by &, each a field, an operator (=, in (…), >= or <=) and a value");
  }

  /** A workbook template holds a sheet for each kind the filtered measures read. */
  @Test
  void theTemplateHasASheetForEachKindTheFiltersRead() {
    Standard s = StandardsCsv.create().readStandard(DIR.resolve("filters-sheet.csv"))
        .orElseThrow();
    assertThat(io.github.ggw.standards.sheets.internal.WorkbookTemplateWriter.kindsUsed(s,
        io.github.ggw.standards.model.standard.UnitType.PRIMARY,
        io.github.ggw.standards.rules.measure.MeasureRegistry.builtIn(), null))
        .extracting(k -> k.name())
        .containsExactly("organisation", "elder", "training", "activity");
  }
}
