package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code district-summary --format html|xlsx|csv --output DIR}: one file per unit and a batch file. */
class DistrictSummaryReportsTest {

  @Test
  void htmlAndXlsxForTheBundledSamples(@TempDir Path dir) throws Exception {
    for (String format : new String[] {"html", "xlsx", "csv"}) {
      Path out = dir.resolve(format);
      ScoreCommandTest.Run r = ScoreCommandTest.run("district-summary", "--format", format,
          "--output", out.toString(), "--lang", "en");
      assertThat(r.code()).as(r.err()).isZero();
      try (Stream<Path> files = Files.list(out)) {
        // six units and one batch file
        assertThat(files.filter(p -> p.toString().endsWith("." + format)).count()).isEqualTo(7);
      }
    }
    String page = Files.readString(dir.resolve("html").resolve("batch.html"),
        StandardCharsets.UTF_8);
    assertThat(page).contains("<html", "100.9");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(
        dir.resolve("xlsx").resolve("batch.xlsx")))) {
      assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void reportFormatsNeedAnOutputFolderAndAreRefusedByPlanProgress() {
    assertThat(ScoreCommandTest.run("district-summary", "--format", "html").code())
        .isEqualTo(StandardsCommand.USAGE);
    assertThat(ScoreCommandTest.run("plan-progress", "--format", "xlsx", "--output", "x").code())
        .isEqualTo(StandardsCommand.USAGE);
  }
}
