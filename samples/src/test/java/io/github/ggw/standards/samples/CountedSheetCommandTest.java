package io.github.ggw.standards.samples;

import static io.github.ggw.standards.samples.ScoreCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.samples.ScoreCommandTest.Run;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code score --standard} on a sheet with a counted deduction (计数扣分), in its CSV and its JSON
 * form ({@code sheets/counted-sheet.csv}, {@code sheets/counted-sheet.json}: the second written
 * from the first by {@code convert-standard}); and the report of the counts in every format.
 *
 * <p>Sheet (nominal 30; bands FAIL 0 / PASS 18 / GOOD 24 / EXCELLENT 27, threshold 27): 1.1, 10
 * points, D1 "records incomplete" 2 each, D2 "no minutes" 2 each; 1.2 and 2.1 judgements of 10
 * (step 0.5). The units ({@code sheets/counted-units}):
 *
 * <pre>
 * unit        1.1 counts (points)        1.1                        1.2  2.1  total
 * CD-PS-001   D1 2, D2 1 (left out)      10 − 2×2 − 1×2 = 4         10   10   24.0 良好
 * CD-PS-002   D1 4, D2 2 (0 given)       12 due, floor 0: D1 8, D2 2 lost   9    8   17.0 不合格
 * CD-PS-003   D1 0 (10 given)            10                         10   9.5  29.5 优秀
 * </pre>
 */
class CountedSheetCommandTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CountedSheetCommandTest.class.getResource("/sheets/" + name).toURI());
  }

  @Test
  void theCsvAndTheJsonFormScoreAlikeAsComputedByHand() throws Exception {
    Path units = resource("counted-units");
    Run csv = run("score", "--standard", resource("counted-sheet.csv").toString(),
        units.toString());
    Run json = run("score", "--standard", resource("counted-sheet.json").toString(),
        units.toString());
    assertThat(csv.code()).isZero();
    assertThat(csv.out()).isEqualTo(json.out());
    assertThat(csv.out()).contains(
        "D1 记录不全：发现2处，每处扣2分，应扣4分，实扣4分; D2 无会议纪要：发现1处，每处扣2分，应扣2分，实扣2分",
        "总分 24.0（未取整 24；含加分 0）· 等级 良好",
        "D1 记录不全：发现4处，每处扣2分，应扣8分，实扣8分; D2 无会议纪要：发现2处，每处扣2分，应扣4分，实扣2分",
        "总分 17.0（未取整 17；含加分 0）· 等级 不合格",
        "总分 29.5（未取整 29.5；含加分 0）· 等级 优秀",
        "已评分 3 个单位，0 份材料未通过校验")
        // the floor: never 12 lost on a 10-point item
        .doesNotContain("实扣4分，扣完为止", "实扣12分");
    // the claim that left its points to the counts claims what they give: 4 (4 + 10 + 10 = 24)
    assertThat(csv.out()).containsPattern("1\\.1 +档案规范 +10 +4 +自评 +4 ");
    assertThat(csv.out()).contains("自评合计 24");
    Run csvJson = run("score", "--format", "json", "--standard",
        resource("counted-sheet.csv").toString(), units.toString());
    Run jsonJson = run("score", "--format", "json", "--standard",
        resource("counted-sheet.json").toString(), units.toString());
    assertThat(csvJson.out()).isEqualTo(jsonJson.out());
  }

  @Test
  void theReportListsCountDueAndLostInEveryFormat(@TempDir Path dir) throws Exception {
    Path units = resource("counted-units");
    String standard = resource("counted-sheet.csv").toString();
    // JSON: each code's count, points due and points lost, never more lost than the maximum
    Run json = run("score", "--format", "json", "--standard", standard, units.toString());
    JsonNode item = JsonMapper.builder().build().readTree(json.out()).get(1).get("report")
        .get("items").get(1);
    assertThat(item.get("code").asString()).isEqualTo("1.1");
    assertThat(item.get("awarded").asInt()).isZero();
    List<String> lines = new ArrayList<>();
    item.get("lost").forEach(l -> lines.add(l.get("reasonCode").asString() + " ×"
        + l.get("count").asInt() + " due " + l.get("due").asString() + " lost "
        + l.get("points").asString()));
    assertThat(lines).containsExactly("D1 ×4 due 8 lost 8", "D2 ×2 due 4 lost 2");
    // HTML: the reason of every lost point
    Path html = dir.resolve("html");
    assertThat(run("score", "--format", "html", "--standard", standard, "--output",
        html.toString(), units.toString()).code()).isZero();
    String page = Files.readString(html.resolve("CD-PS-002-2022.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("D1 记录不全：发现4处，每处扣2分，应扣8分，实扣8分",
        "D2 无会议纪要：发现2处，每处扣2分，应扣4分，实扣2分");
    // XLSX, in English
    Path xlsx = dir.resolve("xlsx");
    assertThat(run("score", "--format", "xlsx", "--lang", "en", "--standard", standard,
        "--output", xlsx.toString(), units.toString()).code()).isZero();
    try (InputStream in = Files.newInputStream(xlsx.resolve("CD-PS-002-2022.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertThat(texts(book)).anyMatch(t -> t.contains(
          "D1 records incomplete: found 4 times at 2 points each, 8 due, 8 lost")
          && t.contains("D2 no minutes: found 2 times at 2 points each, 4 due, 2 lost"));
    }
  }

  private static List<String> texts(XSSFWorkbook book) {
    List<String> out = new ArrayList<>();
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            out.add(cell.getStringCellValue());
          }
        }
      }
    }
    return out;
  }
}
