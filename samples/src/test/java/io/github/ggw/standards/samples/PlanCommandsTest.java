package io.github.ggw.standards.samples;

import static io.github.ggw.standards.samples.ScoreCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.samples.ScoreCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The commands {@code work-points}, {@code district-summary} and {@code plan-progress}. */
class PlanCommandsTest {
  private static final String DESIGNATIONS = """
      {"kind": "designations", "formatVersion": 1, "designations": [
        {"unit": {"id": "WJ-PS-001", "name": "武进区星河实验小学（虚构）", "type": "PRIMARY",
          "district": "320412"}, "kind": "QUALITY_PILOT", "year": 2021,
          "documentNumber": "常教关委〔2021〕2号"},
        {"unit": {"id": "WJ-PS-001", "name": "武进区星河实验小学（虚构）", "type": "PRIMARY",
          "district": "320412"}, "kind": "QUALITY_CERTIFIED", "year": 2022,
          "documentNumber": "常教关委〔2022〕4号"}]}
      """;

  private static List<String> lines(String s) {
    return Arrays.asList(s.split("\n"));
  }

  @Test
  void workPointsPrintsOneNumberedLinePerItemWithTypeAndIndicators() {
    Run r = run("work-points");
    assertThat(r.code()).isZero();
    List<String> items = lines(r.out()).stream().filter(l -> l.matches("^[一二三四]\\.\\d .*"))
        .toList();
    assertThat(items).hasSize(15);
    assertThat(items.get(8)).startsWith("三.1").contains("关爱载体").endsWith("3.1");
    assertThat(items.get(14)).startsWith("四.3").contains("舆论宣传").endsWith("5.2");
    assertThat(r.out()).contains("共 4 部分 15 条（一 4, 二 4, 三 4, 四 3）");
    Run en = run("work-points", "2020", "--lang", "en");
    assertThat(en.out()).contains("themed activity or competition", "2.1 2.2 B2");
  }

  @Test
  void workPointsOfAnotherYearOrInJson() {
    assertThat(run("work-points", "2021").code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(run("work-points", "twenty").code()).isEqualTo(StandardsCommand.USAGE);
    Run json = run("work-points", "--format", "json");
    JsonNode doc = JsonMapper.builder().build().readTree(json.out());
    assertThat(doc.get("kind").asString()).isEqualTo("work-plan");
    assertThat(doc.get("sections").get(2).get("items").size()).isEqualTo(4);
  }

  /**
   * The six bundled samples: totals 100.9, 16.4, 97.5 (vetoed), 75.0, 65.7, 77.8; mean 433.3 / 6
   * = 72.2166… → 72.22; median (75.0 + 77.8) / 2 = 76.4. Bands: EXCELLENT 1, GOOD 2 (75.0,
   * 77.8), PASS 1 (65.7), FAIL 2 (16.4, and 97.5 vetoed). 4.3 (studio, 5 points all or nothing)
   * is lost by 4 units: 20 points, the most.
   */
  @Test
  void districtSummaryOfTheBundledSamples() {
    Run r = run("district-summary");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("共 6 个单位", "平均 72.22 · 中位数 76.4 · 最低 16.4 · 最高 100.9");
    assertThat(lines(r.out())).anySatisfy(l -> assertThat(l).startsWith("全部单位")
        .contains("1 (16.7%)  2 (33.3%)  1 (16.7%)  2 (33.3%)"));
    String top = lines(r.out()).stream().filter(l -> l.startsWith("4.3")).findFirst()
        .orElseThrow();
    assertThat(top.split("\\s+")).containsSubsequence("4", "20");
  }

  @Test
  void districtSummaryReadsAFolderOfReportsLikeTheAssessments(@TempDir Path dir) {
    assertThat(run("score", "--format", "json", "--output", dir.toString()).code()).isZero();
    Run fromReports = run("district-summary", dir.toString());
    assertThat(fromReports.code()).isZero();
    assertThat(fromReports.out()).isEqualTo(run("district-summary").out());
    Run json = run("district-summary", "--format", "json", dir.toString());
    JsonNode doc = JsonMapper.builder().build().readTree(json.out());
    assertThat(doc.get("kind").asString()).isEqualTo("district-summary");
    assertThat(doc.get("result").get("units").asInt()).isEqualTo(6);
  }

  @Test
  void aBadFileInTheFolderExitsOneAfterTheSummaryOfTheRest(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a.json"), ReferenceData.sample("01-excellent-primary.json"));
    Files.writeString(dir.resolve("b.json"), "{\"kind\": \"score-report\"", StandardCharsets.UTF_8);
    Run r = run("district-summary", "--lang", "en", dir.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out()).contains("b.json: error JSON_SYNTAX", "District summary of 1 unit(s)");
    Files.writeString(dir.resolve("b.json"), PlansJson.create().writeActionPlan(
        PlanReferenceData.wujinActionPlan()), StandardCharsets.UTF_8);
    Run plan = run("district-summary", "--lang", "en", dir.toString());
    assertThat(plan.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(plan.out()).contains("b.json: error JSON_WRONG_KIND at /kind (line ",
        "The document kind is \"action-plan\", expected \"score-report, self-assessment, "
            + "designations\"");
  }

  /**
   * Wujin's sample primary school (2022: 100.9 EXCELLENT, eligible), its 2022 report, and its
   * designations (pilot 2021, certified 2022), against the bundled plan: pilots by 2021 = 1 of 4
   * (behind 3), mean 2022 = 100.9 ≥ 80 (met), certified by 2022 = 1 of 2 (behind 1).
   */
  @Test
  void planProgressOverAFolder(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("01.json"), ReferenceData.sample("01-excellent-primary.json"));
    Files.writeString(dir.resolve("designations.json"), DESIGNATIONS, StandardCharsets.UTF_8);
    Run r = run("plan-progress", "--lang", "en", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("years with data: 2021, 2022");
    assertThat(line(r.out(), "T2021-1")).contains("≥ 4", "1", "behind", "3");
    assertThat(line(r.out(), "T2022-1")).contains("≥ 80", "100.9", "met");
    assertThat(line(r.out(), "T2022-3")).contains("≥ 2", "behind");
    assertThat(line(r.out(), "WJ-PS-001 武进区星河实验小学（虚构）  2022"))
        .contains("5.2", "publicity items 4→5", "100.9→101.6 (+0.7)");
    Path plan = dir.resolve("plan.txt");
    Files.writeString(plan, PlansJson.create().writeActionPlan(
        PlanReferenceData.wujinActionPlan()), StandardCharsets.UTF_8);
    Run json = run("plan-progress", "--format", "json", "--plan", plan.toString(),
        dir.toString());
    JsonNode doc = JsonMapper.builder().build().readTree(json.out());
    assertThat(doc.get("kind").asString()).isEqualTo("plan-progress");
    assertThat(doc.get("result").get("attainments").get(2).get("status").asString())
        .isEqualTo("MET");
  }

  @Test
  void twoReportsOfOneUnitForOneYearExitOne(@TempDir Path dir) throws Exception {
    // two different files of one unit and year (the second renamed): a conflict naming both
    Path a = Files.write(dir.resolve("a.json"), ReferenceData.sample("01-excellent-primary.json"));
    Path b = Files.write(dir.resolve("b.json"), new String(ReferenceData.sample(
        "01-excellent-primary.json"), StandardCharsets.UTF_8).replace("（虚构）", "（虚构二）")
        .getBytes(StandardCharsets.UTF_8));
    Run r = run("plan-progress", dir.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out()).contains("冲突：单位 WJ-PS-001 的 2022 年度有两份不同的文件：" + a + " 与 "
        + b);
    assertThat(r.out() + r.err()).doesNotContain("Exception");
  }

  @Test
  void aPlanThatCannotBeReadExitsOne(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, "{\"kind\": \"action-plan\", \"formatVersion\": 1}",
        StandardCharsets.UTF_8);
    Run r = run("plan-progress", "--plan", plan.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out()).contains("JSON_MISSING_PROPERTY", "/targets");
  }

  private static String line(String out, String start) {
    return lines(out).stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
  }
}
