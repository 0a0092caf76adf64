package io.github.ggw.standards.samples;

import static io.github.ggw.standards.samples.ScoreCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.samples.ScoreCommandTest.Run;
import io.github.ggw.standards.sheets.BrokenWorkbooks;
import io.github.ggw.standards.sheets.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everywhere a single self-assessment is accepted, a workbook is too, told apart by content:
 * {@code score}, {@code submit}, {@code district-summary} and {@code plan-progress}.
 */
class WorkbookInputTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Sample 01 as the pre-filled workbook the template command writes. */
  static byte[] workbook(String sample, Locale lang) {
    SelfAssessment a = StandardsJson.create().readAssessment(ReferenceData.sample(sample))
        .orElseThrow();
    return Workbooks.template(ReferenceData.changzhouStandard(), a, OptionalInt.empty(), lang)
        .orElseThrow();
  }

  @Test
  void scoreReadsAWorkbookByContentToTheReportOfItsJson(@TempDir Path dir) throws Exception {
    Path json = Files.write(dir.resolve("01.json"),
        ReferenceData.sample("01-excellent-primary.json"));
    // named .json, holding a workbook: the content decides
    Path xlsx = Files.write(dir.resolve("form.json"),
        workbook("01-excellent-primary.json", Locale.SIMPLIFIED_CHINESE));
    Run fromJson = run("score", "--format", "json", json.toString());
    Run fromXlsx = run("score", "--format", "json", xlsx.toString());
    assertThat(fromXlsx.code()).as(fromXlsx.err()).isZero();
    JsonNode a = MAPPER.readTree(fromJson.out()).get(0).get("report");
    JsonNode b = MAPPER.readTree(fromXlsx.out()).get(0).get("report");
    assertThat(b.get("roundedTotal")).isEqualTo(a.get("roundedTotal"));
    assertThat(b.get("items")).isEqualTo(a.get("items"));
    // the text report of the workbook: sample 01 scores 100.9
    Run text = run("score", xlsx.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("总分 100.9", "已评分 1 个单位，0 份材料未通过校验");
  }

  @Test
  void aWorkbookOnStandardInputAndInAFolder(@TempDir Path dir) throws Exception {
    byte[] bytes = workbook("04-boundary-kindergarten.json", Locale.ENGLISH);
    Files.write(dir.resolve("kindergarten.xlsx"), bytes);
    Files.write(dir.resolve("01.json"), ReferenceData.sample("01-excellent-primary.json"));
    Run folder = run("score", "--lang", "en", dir.toString());
    assertThat(folder.code()).as(folder.err()).isZero();
    assertThat(folder.out()).contains("2 unit(s) scored, 0 input(s) refused");
    Cli.Run stdin = Cli.run(Cli.NO_LOCALE, bytes, "score", "-");
    assertThat(stdin.code()).as(stdin.err()).isZero();
    assertThat(stdin.out()).contains("总分 75.0");
  }

  @Test
  void scoreOfEachBrokenWorkbookExitsOneAndPrintsTheCellOfItsProblem(@TempDir Path dir)
      throws Exception {
    List<BrokenWorkbooks.Case> cases = BrokenWorkbooks.all();
    List<Path> files = BrokenWorkbooks.writeAll(dir);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      BrokenWorkbooks.Case c = cases.get(i);
      Run r = run("score", files.get(i).toString());
      String printed = r.out() + r.err();
      // the place as a zh line writes it: 「学习培训」!C3, or the sheet's name in corner brackets
      String where = c.where().equals("-") ? ""
          : "「" + (c.where().contains("!") ? c.where().replaceFirst("!", "」!")
              : c.where() + "」");
      boolean ok = printed.contains(c.code().name()) && printed.contains(where)
          && r.code() == (c.refused() ? StandardsCommand.INVALID_INPUT : StandardsCommand.OK);
      if (!ok) {
        wrong.add(c.name() + " → exit " + r.code() + ", expected " + c.code() + " " + where
            + ": " + printed.lines().filter(l -> l.contains(" at ") || l.contains("（"))
                .limit(3).toList());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void scoreInEnglishNamesTheSheetAndCell(@TempDir Path dir) throws Exception {
    BrokenWorkbooks.Case c = BrokenWorkbooks.all().stream()
        .filter(x -> x.name().equals("wrong-label.xlsx")).findFirst().orElseThrow();
    Path f = Files.write(dir.resolve(c.name()), c.bytes().get());
    Run r = run("score", "--lang", "en", f.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    // the label 核心 is close to 核心层 (CORE): the hint names it
    // the place is the cell people edit, not the pointer of the value it became
    assertThat(r.out() + r.err()).contains(f + ": error WORKBOOK_LABEL_UNKNOWN at '五老名册'!C3: ",
        "核心层").doesNotContain("/evidence/1/tier");
  }

  @Test
  void anOldExcelFileIsRefusedWithTheMessageToSaveAsXlsx(@TempDir Path dir) throws Exception {
    BrokenWorkbooks.Case xls = BrokenWorkbooks.all().stream()
        .filter(x -> x.name().equals("old-excel.xls")).findFirst().orElseThrow();
    // named .xlsx, holding an .xls: the content decides
    Path f = Files.write(dir.resolve("form.xlsx"), xls.bytes().get());
    Run r = run("score", f.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out() + r.err()).contains("WORKBOOK_NOT_XLSX", "另存为 Excel 工作簿（.xlsx）");
    // in a folder, an .xls is read (and refused), never skipped
    Files.write(dir.resolve("old.xls"), xls.bytes().get());
    Files.delete(f);
    Run folder = run("score", dir.toString());
    assertThat(folder.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(folder.out() + folder.err()).contains("old.xls", "WORKBOOK_NOT_XLSX");
  }

  @Test
  void submitDistrictSummaryAndPlanProgressTakeWorkbooks(@TempDir Path dir) throws Exception {
    Path xlsx = Files.write(dir.resolve("form.xlsx"),
        workbook("01-excellent-primary.json", Locale.SIMPLIFIED_CHINESE));
    Run submit = run("submit", "--actor", "WJ-PS-001-S", "--now", "2022-10-10T09:00:00+08:00",
        xlsx.toString());
    assertThat(submit.code()).as(submit.err()).isZero();
    assertThat(submit.out()).contains("\"kind\"", "WJ-PS-001");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(xlsx, in.resolve("form.xlsx"));
    Run summary = run("district-summary", in.toString());
    assertThat(summary.code()).as(summary.err()).isZero();
    assertThat(summary.out()).contains("共 1 个单位", "最高 100.9");
    Run progress = run("plan-progress", in.toString());
    assertThat(progress.code()).as(progress.err()).isZero();
  }

  @Test
  void scoreBatchStaysAStreamOfJson(@TempDir Path dir) throws Exception {
    Path xlsx = Files.write(dir.resolve("form.xlsx"),
        workbook("01-excellent-primary.json", Locale.SIMPLIFIED_CHINESE));
    Run r = run("score", "--batch", xlsx.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out() + r.err()).doesNotContain("总分 100.9");
  }
}
