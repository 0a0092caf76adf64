package io.github.ggw.standards.samples;

import static io.github.ggw.standards.samples.ScoreCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.samples.ScoreCommandTest.Run;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check-standard}, {@code convert-standard} and {@code score --standard FILE} on standards
 * written as files: the bundled Changzhou standard, converted to CSV and changed in one place.
 */
class StandardCommandsTest {

  /** The bundled standard as a JSON file, and converted to CSV by the program. */
  private static Path[] files(Path dir) throws Exception {
    Path json = dir.resolve("changzhou.json");
    Files.write(json, ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD));
    Path csv = dir.resolve("changzhou.csv");
    Run r = run("convert-standard", "--lang", "en", json.toString(), csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Wrote", "changzhou-quality-basic 2021.1, 33 items");
    return new Path[] {json, csv};
  }

  private static String csvText(Path csv) throws Exception {
    byte[] b = Files.readAllBytes(csv);
    assertThat(Arrays.copyOf(b, 3)).as("a byte-order mark for Excel")
        .containsExactly(0xEF, 0xBB, 0xBF);
    return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void convertToCsvAndBackGivesTheSameStandard(@TempDir Path dir) throws Exception {
    Path[] f = files(dir);
    Path back = dir.resolve("back.json");
    assertThat(run("convert-standard", f[1].toString(), back.toString()).code()).isZero();
    StandardsJson json = StandardsJson.create();
    assertThat(json.readStandard(back).orElseThrow())
        .isEqualTo(ReferenceData.changzhouStandard());
    assertThat(Files.readString(back, StandardCharsets.UTF_8))
        .isEqualTo(json.writeStandard(ReferenceData.changzhouStandard()) + "\n");
    assertThat(csvText(f[1])).startsWith("code,parent,title,title_en,")
        .contains("\n1.3,1,工作团队,Working team,");
  }

  @Test
  void checkStandardPrintsTheSummaryOfAValidStandard(@TempDir Path dir) throws Exception {
    Path[] f = files(dir);
    for (Path p : f) {
      Run r = run("check-standard", p.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("标准 changzhou-quality-basic 2021.1 · 33 个指标 · 满分 100",
          "最高总分 103 · 0 个错误，0 个警告");
    }
  }

  @Test
  void checkStandardListsEveryFindingAndExitsOne(@TempDir Path dir) throws Exception {
    Path csv = files(dir)[1];
    // dimension 1 claims 21 points (its items add up to 20), and 2.2 names an unknown measure
    String broken = csvText(csv).replace("\n1,,组织领导,Organisation and leadership,,,20,",
        "\n1,,组织领导,Organisation and leadership,,,21,")
        .replace("measure=activities.count;", "measure=activities.cnt;");
    Path bad = dir.resolve("broken.csv");
    Files.writeString(bad, broken, StandardCharsets.UTF_8);
    Run r = run("check-standard", "--lang", "en", bad.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out()).contains(
        "error STANDARD_BUDGET_MISMATCH at line 3, column 7, item 1: Item 1 is worth 21 points",
        "error STANDARD_UNKNOWN_MEASURE at line ", "names the unknown measure activities.cnt",
        "refused with");
    assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aProfilesProblemsAreNamedByTheProfilesFileNotTheStandards(@TempDir Path dir)
      throws Exception {
    Path standard = files(dir)[0];
    Path missing = dir.resolve("no-such-profile.json");
    Run gone = run("check-standard", "--profile", missing.toString(), standard.toString());
    assertThat(gone.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(gone.out()).contains(missing + "：错误").doesNotContain(standard + "：错误");
    // a profile that is not JSON: the finding's line and column are the profile's
    Path broken = dir.resolve("broken-profile.json");
    Files.writeString(broken, "{\n  \"kind\" : \n", StandardCharsets.UTF_8);
    for (String command : new String[] {"check-standard", "convert-standard"}) {
      Run r = command.equals("check-standard")
          ? run(command, "--profile", broken.toString(), standard.toString())
          : run(command, "--profile", broken.toString(), standard.toString(),
              dir.resolve("out.csv").toString());
      assertThat(r.code()).as(command).isEqualTo(StandardsCommand.INVALID_INPUT);
      assertThat(r.out() + r.err()).as(command).contains(broken + "：错误")
          .doesNotContain(standard + "：错误");
    }
  }

  @Test
  void checkStandardWritesFindingsAsJson(@TempDir Path dir) throws Exception {
    Path csv = files(dir)[1];
    Path bad = dir.resolve("broken.csv");
    Files.writeString(bad, csvText(csv).replace("rungs=6:4, 4:3, 2:1.5", "rungs=2:1.5, 6:4"),
        StandardCharsets.UTF_8);
    Run r = run("check-standard", "--format", "json", bad.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    JsonNode problems = JsonMapper.builder().build().readTree(r.out());
    assertThat(problems.get(0).get("code").asString()).isEqualTo("STANDARD_LADDER_UNORDERED");
    assertThat(problems.get(0).get("location").get("criterion").asString()).isEqualTo("1.3");
    assertThat(r.err()).contains("未通过校验");
  }

  @Test
  void aGbkCsvIsRefusedNamingTheEncodingToUse(@TempDir Path dir) throws Exception {
    Path csv = files(dir)[1];
    Path gbk = dir.resolve("gbk.csv");
    Files.write(gbk, csvText(csv).getBytes(Charset.forName("GBK")));
    Run r = run("check-standard", "--lang", "en", gbk.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out()).contains("INPUT_ENCODING", "(GBK/GB18030)",
        "save the file as UTF-8");
  }

  @Test
  void convertStandardRefusesAnUnknownExtension(@TempDir Path dir) throws Exception {
    Path json = files(dir)[0];
    assertThat(run("convert-standard", json.toString(), dir.resolve("x.txt").toString()).code())
        .isEqualTo(StandardsCommand.USAGE);
    assertThat(run("convert-standard", json.toString()).code()).isEqualTo(StandardsCommand.USAGE);
  }

  @Test
  void scoreAgainstACsvStandardGivesTheBundledResults(@TempDir Path dir) throws Exception {
    Path csv = files(dir)[1];
    Run r = run("score", "--standard", csv.toString());
    assertThat(r.code()).isZero();
    // the same hand-computed figures as the bundled JSON standard (BundledSamplesTest)
    assertThat(r.out()).contains("总分 100.9", "等级 优秀", "总分 75.0", "等级 良好",
        "已评分 6 个单位，0 份材料未通过校验");
    assertThat(r.out()).doesNotContain("名额比例");
  }

  @Test
  void scoreAppliesTheQuotasOfTheStandardAsABatchStep(@TempDir Path dir) throws Exception {
    Path csv = files(dir)[1];
    // at most 10% excellent (0 of 6 units) and 40% good (2 of 6): the one excellent unit
    // (100.9) moves to good; then three units are good (100.9, 77.8, 75) and the lowest, 75,
    // moves to pass
    Path quotas = dir.resolve("quotas.csv");
    Files.writeString(quotas, csvText(csv).replace("EXCELLENT:90\"",
        "EXCELLENT:90; quotas=EXCELLENT:10, GOOD:40\""), StandardCharsets.UTF_8);
    Run r = run("score", "--lang", "en", "--standard", quotas.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Rating quotas over the 6 unit(s) of this run")
        .containsPattern("WJ-PS-001 +100\\.9 +excellent +good +Moved from excellent to good")
        .containsPattern("XB-KG-003 +75 +good +pass +Moved from good to pass")
        .containsPattern("LY-SS-021 +77\\.8 +good +good\\n");
  }
}
