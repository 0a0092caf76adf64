package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --format html|xlsx|csv --output DIR}: one file per unit and one for the batch. */
class ReportFormatsTest {
  private static final List<String> FILES = List.of("JT-VS-002-2022", "LY-SS-021-2022",
      "TN-JS-014-2022", "WJ-PS-001-2022", "XB-KG-003-2022", "ZL-PS-007-2022", "batch");

  private static List<String> names(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void htmlPerUnitAndDistrictPage(@TempDir Path dir) throws Exception {
    ScoreCommandTest.Run r = ScoreCommandTest.run("score", "--format", "html", "--output",
        dir.toString());
    assertThat(r.code()).isZero();
    assertThat(names(dir)).isEqualTo(FILES.stream().map(f -> f + ".html").toList());
    assertThat(r.out()).contains("已评分 6 个单位", "已写入 7 个文件到 " + dir);
    Document unit = Jsoup.parse(Files.readString(dir.resolve("WJ-PS-001-2022.html"),
        StandardCharsets.UTF_8));
    assertThat(unit.getElementById("total").text()).isEqualTo("100.9");
    assertThat(unit.select("tr.item")).hasSize(33);
    assertThat(unit.select("img.chart")).hasSize(2);
    Document batch = Jsoup.parse(Files.readString(dir.resolve("batch.html"),
        StandardCharsets.UTF_8));
    assertThat(batch.select("table.all tr.unit")).hasSize(6);
    assertThat(batch.select("table.certified tr.unit").eachAttr("data-unit"))
        .containsExactly("WJ-PS-001");
  }

  @Test
  void xlsxInEnglish(@TempDir Path dir) throws Exception {
    ScoreCommandTest.Run r = ScoreCommandTest.run("score", "--format", "xlsx", "--lang", "en",
        "--output", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("7 file(s) written to");
    assertThat(names(dir)).isEqualTo(FILES.stream().map(f -> f + ".xlsx").toList());
    try (InputStream in = Files.newInputStream(dir.resolve("batch.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(book.getNumberOfSheets()).isEqualTo(7);
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
      // the boundary kindergarten: 1799/24 = 74.958… → 75.0
      assertThat(book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue())
          .isEqualTo("XB-KG-003");
      assertThat(book.getSheetAt(0).getRow(3).getCell(5).getNumericCellValue()).isEqualTo(75.0);
    }
  }

  @Test
  void csvWithByteOrderMark(@TempDir Path dir) throws Exception {
    assertThat(ScoreCommandTest.run("score", "--format", "csv", "--output", dir.toString())
        .code()).isZero();
    byte[] bytes = Files.readAllBytes(dir.resolve("TN-JS-014-2022.csv"));
    assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
    String text = new String(bytes, StandardCharsets.UTF_8);
    // 02 failing junior: 131/8 = 16.375 → 16.4; claims sum 16
    assertThat(text).contains(",总分（取整）,,103,16,16.4,,");
    // the batch: unit code and name before each row; 01 excellent primary 807/8 = 100.875 → 100.9
    String batch = Files.readString(dir.resolve("batch.csv"), StandardCharsets.UTF_8);
    assertThat(batch).startsWith("\uFEFF单位代码,单位,编号,指标,")
        .contains("\r\nWJ-PS-001,武进区星河实验小学（虚构）,,总分（取整）,,103,100.5,100.9,,");
  }

  @Test
  void fileFormatsNeedAnOutputDirectory() {
    for (String format : List.of("html", "xlsx", "csv")) {
      ScoreCommandTest.Run r = ScoreCommandTest.run("score", "--format", format, "--lang", "en");
      assertThat(r.code()).as(format).isEqualTo(StandardsCommand.USAGE);
      assertThat(r.err()).contains("--format " + format + " writes files: give --output DIR");
    }
  }
}
