package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code review --adjust 'ITEM:D1=2,D2=0:REASON'}: a reviewer changes a counted deduction's
 * counts with a reason, beside today's {@code ITEM:POINTS:REASON}, on the counted sheet ({@code
 * sheets/counted-sheet.csv}; see {@link CountedSheetCommandTest}) for a registered unit.
 *
 * <p>The unit claims 1.1 with D1 found twice and D2 once, points left to the counts: 10 − 2×2 −
 * 1×2 = 4; 1.2 = 10, 2.1 = 10: 24. The district finds the minutes after all (D2 0: 10 − 4 = 6)
 * and one more incomplete record (D1 3: 10 − 6 − 0 = 4), and sets 1.2 to 9.5: 4 + 9.5 + 10 =
 * 23.5.
 */
class CountedAdjustCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path dir;
  private Path standard;
  private Path assessment;
  private Path caseFile;

  @BeforeEach
  void write() throws Exception {
    standard = Path.of(getClass().getResource("/sheets/counted-sheet.csv").toURI());
    String unit = Files.readString(Path.of(getClass()
        .getResource("/sheets/counted-units/counted-1.json").toURI()), StandardCharsets.UTF_8)
        // the registered unit of the bundled registry (Wujin 320412)
        .replace("\"CD-PS-001\"", "\"WJ-PS-001\"")
        .replace("计数扣分测试一小（虚构）", "武进区星河实验小学（虚构）");
    assessment = Files.createDirectories(dir.resolve("in")).resolve("counted.json");
    Files.writeString(assessment, unit, StandardCharsets.UTF_8);
    caseFile = dir.resolve("WJ-PS-001-2022.case.json");
  }

  /** Runs the program with the demo keys' password in its environment (zh-CN). */
  private static Cli.Run run(String... args) {
    return Cli.zh(args);
  }

  private Cli.Run review(String... adjust) {
    List<String> args = new ArrayList<>(List.of("review", "--actor", "WJ-REV-01", "--now",
        "2022-11-01T10:00:00+08:00", "--key", Cli.demoKey("WJ-OFFICE"), "--standard",
        standard.toString(), "--output", dir.toString()));
    for (String a : adjust) {
      args.add("--adjust");
      args.add(a);
    }
    args.add(caseFile.toString());
    return run(args.toArray(String[]::new));
  }

  @Test
  void aReviewerAdjustsCountsAndPointsWithReasons() throws Exception {
    Cli.Run submitted = run("submit", "--actor", "WJ-PS-001-S", "--now",
        "2022-10-10T09:00:00+08:00", "--standard", standard.toString(), "--output",
        dir.toString(), assessment.toString());
    assertThat(submitted.code()).as(submitted.err()).isZero();
    Cli.Run reviewed = review("1.1:D1=3,D2=0:补交会议纪要，另查见一处记录不全", "1.2:9.5:特色材料不足");
    assertThat(reviewed.code()).as(reviewed.err()).isZero();
    // 1.1: 4 → 10 − 3×2 − 0×2 = 4 (counts changed, points not); 1.2: 10 → 9.5
    assertThat(reviewed.out()).contains("1.1：4 → 4（补交会议纪要，另查见一处记录不全）",
        "1.2：10 → 9.5（特色材料不足）");
    JsonNode file = JSON.readTree(Files.readString(caseFile, StandardCharsets.UTF_8));
    JsonNode change = file.at("/districtReview/adjustments/0");
    assertThat(change.get("code").asString()).isEqualTo("1.1");
    assertThat(change.get("counts").get("D1").asInt()).isEqualTo(3);
    assertThat(change.get("counts").get("D2").asInt()).isZero();
    // 4 + 9.5 + 10 = 23.5
    assertThat(file.at("/districtReview/score/total").asString()).isEqualTo("23.5");
    // the file reads back and replays: the city sees it as reviewed
    Cli.Run approve = run("approve", "--actor", "CZ-APP-01", "--now", "2022-12-15T15:00:00+08:00",
        "--key", Cli.demoKey("CZ-CITY-OFFICE"), "--standard", standard.toString(), "--reject", "总分未达认定线", "--output",
        dir.toString(), caseFile.toString());
    assertThat(approve.code()).as(approve.err()).isZero();
  }

  @Test
  void countsOnAJudgementItemOrAnUnknownCodeAreRefusedNamingTheRule() {
    assertThat(run("submit", "--actor", "WJ-PS-001-S", "--now", "2022-10-10T09:00:00+08:00",
        "--standard", standard.toString(), "--output", dir.toString(), assessment.toString())
        .code()).isZero();
    Cli.Run judgement = review("1.2:D1=1:理由");
    assertThat(judgement.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(judgement.err()).contains("ADJUSTMENT_NOT_COUNTED");
    Cli.Run unknown = review("1.1:D9=1:理由");
    assertThat(unknown.err()).contains("ADJUSTMENT_UNKNOWN_DEFICIENCY", "D9");
    Cli.Run points = review("1.1:6:理由");
    assertThat(points.err()).contains("ADJUSTMENT_COUNTS_REQUIRED");
    Cli.Run malformed = review("1.1:D1=-1:理由");
    assertThat(malformed.code()).isEqualTo(StandardsCommand.USAGE);
  }
}
