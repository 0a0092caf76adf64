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
 * The item-steps test sheet ({@code authoring/steps-sheet.json}, and as CSV with the {@code step}
 * column) through the command line: A (10) = A.1 judgement in steps of 0.25, worth 7.75, + A.2
 * all-or-nothing on the chair with the item's step 0.01, worth 2.25; claimStep 0.5, precision
 * 0.1, PASS from 6, threshold 9.
 *
 * <pre>
 * unit  chair  A.1 claim  A.2        | total
 * A     yes    7.25       2.25       | 7.25 + 2.25 = 9.5, pass, eligible (≥ 9)
 * B     no     6.75       0          | 6.75 + 0 = 6.75, rounded half up to 0.1: 6.8, pass
 * C     yes    7.3        1.234      | refused: 7.3 is off 0.25 (7.25, 7.5); 1.234 off 0.01
 * </pre>
 */
class ItemStepsCliTest {
  private static final Path DIR = Path.of("src/test/resources/authoring");

  private static String path(String name) {
    return DIR.resolve(name).toString();
  }

  private static Run score(String sheet) {
    return run("score", "--lang", "en", "--standard", path(sheet), path("step-a.json"),
        path("step-b.json"), path("step-off.json"));
  }

  @Test
  void quarterAndHundredthStepsScoreAsComputedByHandFromCsvAndJson() {
    Run json = score("steps-sheet.json");
    assertThat(json.code()).isEqualTo(1);
    assertThat(json.out()).contains("Total 9.5 (unrounded 9.5; bonus 0) · rating pass ·"
        + " eligible to apply: yes", "Total 6.8 (unrounded 6.75; bonus 0) · rating pass",
        "2 unit(s) scored, 1 input(s) refused");
    assertThat(json.out() + json.err()).contains("error CLAIM_OFF_STEP at /claims/0/points"
        + " (line 28, column 17), item A.1: the claim 7.3 is not a multiple of 0.25 (the"
        + " rule's step); the nearest valid claims are 7.25, 7.5", "item A.2: the claim 1.234 is"
        + " not a multiple of 0.01 (the item's step); the nearest valid claims are 1.23, 1.24");
    Run csv = score("steps-sheet.csv");
    assertThat(csv.out()).isEqualTo(json.out());
    assertThat(csv.err()).isEqualTo(json.err());
  }

  @Test
  void theStepColumnRoundTrips() throws Exception {
    Standard fromJson = StandardsJson.create().readStandard(DIR.resolve("steps-sheet.json"))
        .orElseThrow();
    Standard fromCsv = StandardsCsv.create().readStandard(DIR.resolve("steps-sheet.csv"))
        .orElseThrow();
    assertThat(fromCsv).isEqualTo(fromJson);
    String csv = Files.readString(DIR.resolve("steps-sheet.csv"), StandardCharsets.UTF_8);
    assertThat(StandardsCsv.create().writeStandard(fromJson)).isEqualTo(csv.replace("\uFEFF",
        ""));
    assertThat(csv).startsWith("\uFEFFcode,parent,").contains(",note,step\n")
        .contains("measure=organisation.chairIsUnitHead; atLeast=1,,,");
  }

  /** check-standard in the author's words, both languages: the step and the nearest maxima. */
  @Test
  void aMaximumOffItsGridIsAFindingWithItsLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, Files.readString(DIR.resolve("steps-sheet.csv"), StandardCharsets.UTF_8)
        // 7.7 + 2.3 = 10 keeps the budget; 2.3 is on A.2's 0.01 grid, 7.7 is off A.1's 0.25
        .replace(",,7.75,,judgement", ",,7.7,,judgement")
        .replace(",,2.25,,all-or-nothing", ",,2.3,,all-or-nothing"), StandardCharsets.UTF_8);
    Run en = run("check-standard", "--lang", "en", bad.toString());
    assertThat(en.code()).isEqualTo(1);
    assertThat(en.out() + en.err()).contains("STANDARD_MAX_OFF_STEP", "line 4, column 7, item A.1",
        "item A.1: the maximum 7.7 is not a multiple of the rule's step 0.25; the nearest valid"
            + " maxima are 7.5, 7.75, or give the item a step that divides 7.7",
        "item A.1").doesNotContain("item A.2");
    Run zh = run("check-standard", bad.toString());
    assertThat(zh.out() + zh.err()).contains("指标 A.1：分值 7.7 不是评分规则的步长 0.25 的整数倍；"
        + "最接近的有效分值为 7.5, 7.75，或为本项设置能整除 7.7 的步长");
  }
}
