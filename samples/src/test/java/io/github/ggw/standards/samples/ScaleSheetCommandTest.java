package io.github.ggw.standards.samples;

import static io.github.ggw.standards.samples.ScoreCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.samples.ScoreCommandTest.Run;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --standard} and {@code check-standard} on a sheet whose four sections are each out
 * of 100, weighted 40 / 30 / 20 / 10 on a declared composite scale of 100, in its CSV and its JSON
 * form ({@code sheets/scale-sheet.csv}, {@code sheets/scale-sheet.json}: the second written from
 * the first by {@code convert-standard}). Bands FAIL 0 / PASS 60 / GOOD 80 / EXCELLENT 90,
 * threshold 85, veto floor 50; 3.2 (40 of section 3's 100) does not apply to junior secondary
 * schools, 4.1 (all of section 4) neither to them nor to kindergartens.
 *
 * <p>The units ({@code sheets/scale-units}), all judgement claims:
 *
 * <pre>
 * unit        1.1 2.1 3.1 3.2 4.1  RESCALE                                 EXCLUDE
 * SC-PS-001   90  80  42  28  100  36 + 24 + 14 + 10 = 84.0 良好           84.0 良好
 * SC-KG-002   90  80  42  28   –   (36 + 24 + 14) × 100 ÷ 90 = 82.2 良好    74.0 合格
 * SC-JS-003   90  80  42   –   –   (36 + 24 + 42/60×20) × 100 ÷ 90 = 82.2   36 + 24 + 42/100×20 = 68.4 合格
 * SC-PS-004   50  60  20  20  20   20 + 18 + 8 + 2 = 48.0 不合格, below the floor 50: vetoed
 * </pre>
 */
class ScaleSheetCommandTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ScaleSheetCommandTest.class.getResource("/sheets/" + name).toURI());
  }

  @Test
  void theCsvAndTheJsonFormScoreAlikeAsComputedByHand() throws Exception {
    Path units = resource("scale-units");
    Run csv = run("score", "--standard", resource("scale-sheet.csv").toString(),
        units.toString());
    Run json = run("score", "--standard", resource("scale-sheet.json").toString(),
        units.toString());
    assertThat(csv.code()).isZero();
    assertThat(json.code()).isZero();
    assertThat(csv.out()).isEqualTo(json.out());
    assertThat(csv.out()).contains("总分 84.0（未取整 84；含加分 0）· 等级 良好",
        "总分 82.2（未取整 ≈82.222222；含加分 0）· 等级 良好",
        "总分 48.0（未取整 48；含加分 0）· 等级 不合格", "总分48低于最低分50",
        "已评分 4 个单位，0 份材料未通过校验");
    // two units at 82.2 (the kindergarten and the junior secondary school)
    assertThat(csv.out().split("总分 82\\.2（", -1)).hasSize(3);
    Run csvJson = run("score", "--format", "json", "--standard",
        resource("scale-sheet.csv").toString(), units.toString());
    Run jsonJson = run("score", "--format", "json", "--standard",
        resource("scale-sheet.json").toString(), units.toString());
    assertThat(csvJson.out()).isEqualTo(jsonJson.out())
        // "out of" figures on the scale: 100, and 100 + bonus cap 0
        .containsPattern("\"nominalMax\" : 100,").containsPattern("\"maximumTotal\" : 100,")
        .doesNotContain("\"nominalMax\" : 400");
  }

  @Test
  void excludeLeavesTheMissingWeightOut(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("exclude.csv");
    Files.writeString(csv, Files.readString(resource("scale-sheet.csv"), StandardCharsets.UTF_8)
        .replace("notApplicableMode=RESCALE", "notApplicableMode=EXCLUDE"), StandardCharsets.UTF_8);
    Path json = dir.resolve("exclude.json");
    Files.writeString(json, Files.readString(resource("scale-sheet.json"),
        StandardCharsets.UTF_8).replace("\"RESCALE\"", "\"EXCLUDE\""), StandardCharsets.UTF_8);
    Path units = resource("scale-units");
    Run fromCsv = run("score", "--standard", csv.toString(), units.toString());
    Run fromJson = run("score", "--standard", json.toString(), units.toString());
    assertThat(fromCsv.code()).isZero();
    assertThat(fromCsv.out()).isEqualTo(fromJson.out());
    assertThat(fromCsv.out()).contains("总分 84.0（未取整 84；含加分 0）· 等级 良好",
        "总分 74.0（未取整 74；含加分 0）· 等级 合格",
        "总分 68.4（未取整 68.4；含加分 0）· 等级 合格");
  }

  @Test
  void weightsOffTheScaleAreAFindingAtTheFirstSectionSayingBothSums(@TempDir Path dir)
      throws Exception {
    // without compositeScale the scale is the nominal maximum 4 × 100 = 400; the weights add up
    // to 40 + 30 + 20 + 10 = 100
    Path csv = dir.resolve("no-scale.csv");
    Files.writeString(csv, Files.readString(resource("scale-sheet.csv"), StandardCharsets.UTF_8)
        .replace(" compositeScale=100;", ""), StandardCharsets.UTF_8);
    Run en = run("check-standard", "--lang", "en", csv.toString());
    assertThat(en.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    // at the weight cell of the first section: column 11
    assertThat(en.out()).contains("error STANDARD_WEIGHTS_SUM at line 3, column 11, item 1: The"
        + " dimension weights add up to 100; the composite scale 400 needs 400, or declare"
        + " compositeScale 100");
    Run zh = run("check-standard", csv.toString());
    assertThat(zh.out()).contains("一级指标权重合计为 100；合成分制 400 要求权重合计为 400，或声明“compositeScale=100”");
  }
}
