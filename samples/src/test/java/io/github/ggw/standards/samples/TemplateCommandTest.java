package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code standards template}: the workbook a district hands to schools. */
class TemplateCommandTest {

  private static int dataRows(Sheet s) {
    int n = 0;
    for (Row r : s) {
      if (r.getRowNum() >= 2 && r.getCell(0) != null
          && !r.getCell(0).toString().isEmpty()) {
        n++;
      }
    }
    return n;
  }

  private static XSSFWorkbook open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void blankTemplateForAUnitTypeOfTheBundledStandard(@TempDir Path dir) throws Exception {
    Path form = dir.resolve("form.xlsx");
    Cli.Run r = Cli.zh("template", "--unit-type", "kindergarten", "--output", form.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("已写入工作簿", "changzhou-quality-basic 2021.1", "幼儿园");
    try (XSSFWorkbook wb = open(form)) {
      assertThat(wb.getSheetName(0)).isEqualTo("填写说明");
      // 25 claimable items less 2.1 and 3.4, which do not apply to kindergartens: 23
      assertThat(dataRows(wb.getSheet("自评"))).isEqualTo(23);
    }
  }

  @Test
  void englishTemplateWithLangEn(@TempDir Path dir) throws Exception {
    Path form = dir.resolve("form.xlsx");
    Cli.Run r = Cli.zh("template", "--lang", "en", "--unit-type", "PRIMARY", "--output",
        form.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote the workbook", "primary school");
    try (XSSFWorkbook wb = open(form)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Instructions");
      assertThat(dataRows(wb.getSheet("Self-assessment"))).isEqualTo(25);
    }
  }

  @Test
  void preFilledFromLastYearListsWhatIsNotCarriedOver(@TempDir Path dir) throws Exception {
    Path source = Files.write(dir.resolve("2022.json"),
        ReferenceData.sample("01-excellent-primary.json"));
    Path form = dir.resolve("2023.xlsx");
    Cli.Run r = Cli.zh("template", "--from", source.toString(), "--year", "2023", "--output",
        form.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("CARRY_OVER_RECORD_DROPPED", "不在 2023 年内");
    long dropped = r.err().lines().filter(l -> l.contains("CARRY_OVER_RECORD_DROPPED")).count();
    assertThat(dropped).isPositive();
    assertThat(r.out()).contains(dropped + " 项未带入");
    try (XSSFWorkbook wb = open(form)) {
      assertThat(wb.getSheet("单位信息").getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("WJ-PS-001");
      assertThat(wb.getSheet("单位信息").getRow(2).getCell(4).getNumericCellValue())
          .isEqualTo(2023.0);
      // the standing elder roster is carried over whole
      assertThat(dataRows(wb.getSheet("五老名册"))).isPositive();
    }
  }

  @Test
  void preFilledFromLastYearsWorkbook(@TempDir Path dir) throws Exception {
    Path source = Files.write(dir.resolve("2022.json"),
        ReferenceData.sample("01-excellent-primary.json"));
    Path first = dir.resolve("2022.xlsx");
    assertThat(Cli.zh("template", "--from", source.toString(), "--output", first.toString())
        .code()).isZero();
    Path next = dir.resolve("2023.xlsx");
    Cli.Run r = Cli.zh("template", "--from", first.toString(), "--year", "2023", "--output",
        next.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("CARRY_OVER_RECORD_DROPPED");
    try (XSSFWorkbook wb = open(next)) {
      assertThat(wb.getSheet("单位信息").getRow(2).getCell(4).getNumericCellValue())
          .isEqualTo(2023.0);
      assertThat(dataRows(wb.getSheet("五老名册"))).isPositive();
      assertThat(dataRows(wb.getSheet("学习培训"))).isZero();
    }
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) {
    assertThat(Cli.zh("template", "--output", dir.resolve("f.xlsx").toString()).code())
        .isEqualTo(StandardsCommand.USAGE);
    Cli.Run csv = Cli.zh("template", "--unit-type", "PRIMARY", "--output",
        dir.resolve("f.csv").toString());
    assertThat(csv.code()).isEqualTo(StandardsCommand.USAGE);
    assertThat(csv.err()).contains("--output 须为 .xlsx 文件");
    assertThat(Cli.zh("template", "--unit-type", "PRIMARY", "--year", "2023", "--output",
        dir.resolve("f.xlsx").toString()).code()).isEqualTo(StandardsCommand.USAGE);
    assertThat(Files.exists(dir.resolve("f.xlsx"))).isFalse();
  }
}
