package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract: output, formats, languages and exit codes. */
class ScoreCommandTest {

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = StandardsCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void scoreWithoutArgumentsScoresTheBundledSamples() {
    Run r = run("score");
    assertThat(r.code()).isEqualTo(StandardsCommand.OK);
    assertThat(r.out()).contains("武进区星河实验小学（虚构）", "新北区春芽幼儿园（虚构）",
        "溧阳市天目湖高级中学（虚构）", "钟楼区梧桐小学（虚构）");
    // summary lines: the boundary kindergarten's 74.958333… shows as 75.0 and GOOD (良好)
    assertThat(r.out()).contains("总分 100.9", "等级 优秀", "可申报认定：是", "总分 75.0", "等级 良好",
        "一票否决");
    assertThat(r.out()).contains("已评分 6 个单位，0 份材料未通过校验");
  }

  @Test
  void englishOutput() {
    Run r = run("score", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Total 100.9", "rating excellent", "eligible to apply: yes",
        "Reason for lost points", "6 unit(s) scored");
  }

  @Test
  void tableColumnsAlignByDisplayWidth() {
    Run r = run("score");
    // In every table row the "max" column ends at the same display column as its header.
    String[] lines = r.out().split("\n");
    String header = lines[1];
    int headerEnd = DisplayWidth.of(header.substring(0, header.indexOf("满分") + 2));
    String row = lines[4]; // 1.1 主要领导任关工委主任 4 4 ...
    assertThat(row).startsWith("1.1");
    String[] cells = row.split("\\s{2,}");
    int maxEnd = DisplayWidth.of(row.substring(0, row.indexOf(cells[2], row.indexOf(cells[1])
        + cells[1].length()) + cells[2].length()));
    assertThat(maxEnd).isEqualTo(headerEnd);
    assertThat(DisplayWidth.of("主要领导")).isEqualTo(8);
    assertThat(DisplayWidth.of("1.5 ab")).isEqualTo(6);
  }

  @Test
  void jsonFormatWritesOneArrayOfSourcedReports() {
    Run r = run("score", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode array = JsonMapper.builder().build().readTree(r.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(ReferenceData.sampleNames().size());
    JsonNode first = array.get(0);
    assertThat(first.get("source").asString()).isEqualTo("samples/01-excellent-primary.json");
    assertThat(first.get("report").get("roundedTotal").decimalValue())
        .isEqualByComparingTo("100.9");
    assertThat(first.get("report").get("rating").asString()).isEqualTo("EXCELLENT");
    // human text goes to standard error
    assertThat(r.err()).contains("已评分 6 个单位");
  }

  @Test
  void invalidSampleExitsOneAndPrintsEachProblemWithItsPointer(@TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("invalid.json");
    Files.write(bad, ReferenceData.resource(ReferenceData.INVALID_SAMPLE));
    Run r = run("score", "--lang", "en", bad.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out()).contains(
        "CLAIM_ABOVE_MAX", "/claims/2/points (line 342, column 17)",
        "CLAIM_OFF_STEP", "/claims/8/points",
        "CLAIM_UNKNOWN_CODE", "/claims/24/code",
        "CLAIM_DUPLICATE", "/claims/25/code",
        "CLAIM_MISSING", "item 1.5",
        "the claim 4.5 exceeds the maximum 4");
    assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void severalInputsInJsonListProblemsBesideReports(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("invalid.json");
    Files.write(bad, ReferenceData.resource(ReferenceData.INVALID_SAMPLE));
    Path good = dir.resolve("good.json");
    Files.write(good, ReferenceData.sample("01-excellent-primary.json"));
    Run r = run("score", "--format", "json", good.toString(), bad.toString(),
        dir.resolve("missing.json").toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    JsonNode array = JsonMapper.builder().build().readTree(r.out());
    assertThat(array.size()).isEqualTo(3);
    assertThat(array.get(0).has("report")).isTrue();
    assertThat(array.get(1).get("problems").size()).isEqualTo(5);
    assertThat(array.get(1).get("problems").get(0).get("code").asString())
        .isEqualTo("CLAIM_ABOVE_MAX");
    assertThat(array.get(2).get("problems").get(0).get("code").asString())
        .isEqualTo("INPUT_UNREADABLE");
  }

  @Test
  void usageErrorsExitTwo() {
    for (List<String> args : List.<List<String>>of(List.of("score", "--bogus"), List.of("score", "--lang",
        "fr"), List.of("score", "--format", "pdf"), List.of("nonsense"), List.of())) {
      assertThat(run(args.toArray(String[]::new)).code()).as("%s", args)
          .isEqualTo(StandardsCommand.USAGE);
    }
  }

  @Test
  void unreadableFilesAndUnwritableFoldersAreInputErrorsNotInternalOnes(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    for (List<String> args : List.<List<String>>of(
        List.of("score", "--batch", dir.resolve("missing.ndjson").toString()),
        List.of("score", "--batch", dir.toString()),
        List.of("score", dir.resolve("missing.json").toString()),
        List.of("score", dir.toString()),
        List.of("score", "--format", "json", "--output", file.toString()))) {
      Run r = run(args.toArray(String[]::new));
      assertThat(r.code()).as("%s: %s", args, r.err()).isEqualTo(StandardsCommand.INVALID_INPUT);
      assertThat(r.out() + r.err()).doesNotContain("Exception", "internal error");
    }
    assertThat(run("score", "--batch", file.toString(), "--format", "html", "--output",
        dir.toString()).code()).isEqualTo(StandardsCommand.USAGE);
  }

  @Test
  void outputDirectoryGetsOneFilePerUnit(@TempDir Path dir) throws Exception {
    Run r = run("score", "--format", "json", "--output", dir.toString());
    assertThat(r.code()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(6).contains("WJ-PS-001-2022.json", "XB-KG-003-2022.json");
    }
  }
}
