package io.github.ggw.standards.samples;

import static io.github.ggw.standards.samples.ScoreCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.samples.ScoreCommandTest.Run;
import io.github.ggw.standards.sheets.StandardWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Standards from Excel on the command line: every command that takes a standard takes it as JSON,
 * CSV or an XLSX workbook ({@code convert-standard} writes the workbook), the same sheet scores
 * alike from the three forms, problems of a workbook are at its sheet and cell in both languages,
 * and {@code new-standard} writes the blank authoring workbook.
 */
class StandardWorkbookCliTest {

  private static String resource(String name) {
    try {
      return Path.of(StandardWorkbookCliTest.class.getResource("/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The test sheets with their JSON form and the units they are scored on: composite scale,
   * counted deductions, declared facts, per-item steps, filtered measures.
   */
  static Stream<Arguments> sheets() {
    return Stream.of(
        Arguments.of("scale", "sheets/scale-sheet", List.of("sheets/scale-units"), 4),
        Arguments.of("counted", "sheets/counted-sheet", List.of("sheets/counted-units"), 3),
        Arguments.of("facts", "authoring/facts-sheet",
            List.of("authoring/fact-a.json", "authoring/fact-b.json", "authoring/fact-c.json"),
            3),
        Arguments.of("steps", "authoring/steps-sheet",
            List.of("authoring/step-a.json", "authoring/step-b.json"), 2),
        Arguments.of("filters", "authoring/filters-sheet",
            List.of("authoring/filter-a.json", "authoring/filter-b.json"), 2));
  }

  /** The CSV sheet converted to a workbook by the program. */
  private static Path xlsx(Path dir, String sheet) {
    Path out = dir.resolve(Path.of(sheet).getFileName() + ".xlsx");
    Run r = run("convert-standard", "--lang", "en", resource(sheet + ".csv"), out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote", out.toString());
    return out;
  }

  private static Run score(String format, String standard, List<String> units) {
    List<String> args = new ArrayList<>(List.of("score", "--format", format, "--standard",
        standard));
    units.stream().map(StandardWorkbookCliTest::resource).forEach(args::add);
    return run(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sheets")
  void theSameSheetScoresAlikeFromCsvJsonAndXlsx(String name, String sheet, List<String> units,
      int count, @TempDir Path dir) {
    String workbook = xlsx(dir, sheet).toString();
    for (String format : List.of("text", "json")) {
      Run csv = score(format, resource(sheet + ".csv"), units);
      Run json = score(format, resource(sheet + ".json"), units);
      Run xlsx = score(format, workbook, units);
      assertThat(csv.code()).as(csv.err()).isZero();
      assertThat(xlsx.code()).as(xlsx.err()).isZero();
      assertThat(xlsx.out()).isNotBlank().isEqualTo(csv.out()).isEqualTo(json.out());
      assertThat(xlsx.err()).isEqualTo(csv.err());
    }
    assertThat(score("text", workbook, units).out())
        .contains("已评分 " + count + " 个单位，0 份材料未通过校验");
  }

  @Test
  void everyCommandThatTakesAStandardTakesTheThreeForms(@TempDir Path dir) throws Exception {
    Path json = Files.write(dir.resolve("changzhou.json"),
        ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD));
    Path csv = dir.resolve("changzhou.csv");
    Path xlsx = dir.resolve("changzhou.xlsx");
    assertThat(run("convert-standard", json.toString(), csv.toString()).code()).isZero();
    assertThat(run("convert-standard", csv.toString(), xlsx.toString()).code()).isZero();
    for (String command : List.of("plan-progress", "district-summary", "score")) {
      List<String> outs = new ArrayList<>();
      for (Path standard : List.of(json, csv, xlsx)) {
        Run r = run(command, "--standard", standard.toString());
        assertThat(r.code()).as(command + " " + standard + ": " + r.err()).isZero();
        outs.add(r.out());
      }
      assertThat(outs.get(2)).as(command).isNotBlank().isEqualTo(outs.get(0))
          .isEqualTo(outs.get(1));
    }
    Run fromJson = run("generate", "--count", "2", "--standard", json.toString());
    Run fromXlsx = run("generate", "--count", "2", "--standard", xlsx.toString());
    assertThat(fromXlsx.code()).as(fromXlsx.err()).isZero();
    assertThat(fromXlsx.out()).isNotBlank().isEqualTo(fromJson.out());
    Run checked = run("check-standard", xlsx.toString());
    assertThat(checked.code()).isZero();
    assertThat(checked.out()).contains("标准 changzhou-quality-basic 2021.1 · 33 个指标 · 满分 100");
    Run template = run("template", "--standard", xlsx.toString(), "--unit-type", "PRIMARY",
        "--output", dir.resolve("form.xlsx").toString());
    assertThat(template.code()).as(template.err()).isZero();
    Path back = dir.resolve("back.json");
    assertThat(run("convert-standard", xlsx.toString(), back.toString()).code()).isZero();
    assertThat(StandardsJson.create().readStandard(back).orElseThrow())
        .isEqualTo(ReferenceData.changzhouStandard());
  }

  @Test
  void aWorkbookOnStandardInputIsToldByItsContent(@TempDir Path dir) {
    byte[] b = StandardWorkbooks.create().writeStandard(ReferenceData.changzhouStandard());
    Cli.Run r = Cli.run(Cli.NO_LOCALE, b, "check-standard", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("33 个指标");
  }

  @Test
  void problemsOfAWorkbookAreAtItsSheetAndCellInBothLanguages(@TempDir Path dir)
      throws Exception {
    // item 1.1's points (G4 in the written sheet) as a yes/no cell, 1.2's rule (I5) unknown
    byte[] good = StandardWorkbooks.create().writeStandard(StandardsJson.create()
        .readStandard(Path.of(resource("sheets/counted-sheet.json"))).orElseThrow());
    byte[] broken;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(good))) {
      wb.getSheet("评分表").getRow(3).getCell(6).setCellValue(true);
      wb.getSheet("评分表").getRow(4).getCell(8).setCellValue("打分");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      broken = out.toByteArray();
    }
    Path file = Files.write(dir.resolve("broken.xlsx"), broken);
    Run zh = run("check-standard", file.toString());
    assertThat(zh.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    // the problem lines in zh: the place in words, the code last in parentheses
    assertThat(zh.out()).contains("错误：「评分表」!G4：", "是/否值", "（WORKBOOK_CELL_TYPE）",
        "错误：「评分表」!I5，指标 1.2：", "打分", "（WORKBOOK_STANDARD_CELL_INVALID）",
        "未通过校验，2 个错误，0 个警告");
    Run en = run("check-standard", "--lang", "en", file.toString());
    assertThat(en.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(en.out()).contains("'评分表'!G4", "the cell holds a yes/no value", "'评分表'!I5",
        "expected one of");
  }

  @Test
  void newStandardWritesTheAuthoringWorkbookWhichReadsBack(@TempDir Path dir) {
    Path out = dir.resolve("sheet.xlsx");
    Run r = run("new-standard", "--output", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("已写入评分表工作簿 " + out);
    Result<Standard> read = StandardWorkbooks.create().readStandard(out);
    assertThat(read.isValid()).as(read.problems().toString()).isTrue();
    Run checked = run("check-standard", out.toString());
    assertThat(checked.code()).as(checked.out()).isZero();
    assertThat(checked.out()).contains("example-standard 2026.1", "0 个错误，0 个警告");
    Run en = run("new-standard", "--lang", "en", "--output", dir.resolve("en.xlsx").toString());
    assertThat(en.out()).contains("Wrote the authoring workbook");
  }

  @Test
  void newStandardAndConvertStandardFollowTheGrammarOfOutput(@TempDir Path dir) {
    Run csv = run("new-standard", "--output", dir.resolve("sheet.csv").toString());
    assertThat(csv.code()).isEqualTo(StandardsCommand.USAGE);
    assertThat(csv.err()).contains("--output 须为 .xlsx 文件");
    Run none = run("new-standard");
    assertThat(none.code()).isEqualTo(StandardsCommand.USAGE);
    Run stdout = run("convert-standard", "--format", "xlsx", resource("sheets/counted-sheet.csv"));
    assertThat(stdout.code()).isEqualTo(StandardsCommand.USAGE);
    assertThat(stdout.err()).contains("--format xlsx 写出的是工作簿");
    assertThat(stdout.out()).isEmpty();
  }
}
