package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.rules.measure.MeasureDescriptor;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code standards measures}: the catalogue in text (both languages, aligned by display width),
 * JSON and CSV; and the README's table, which must equal the one generated from the catalogue.
 */
class MeasuresCommandTest {
  private static final List<MeasureDescriptor> CATALOGUE = MeasureRegistry.builtIn().catalogue();

  @Test
  void theReadmeTableIsTheOneGeneratedFromTheCatalogue() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String begin = "<!-- measures:begin -->\n";
    String end = "<!-- measures:end -->";
    int from = readme.indexOf(begin);
    int to = readme.indexOf(end);
    assertThat(from).as("the README's measures markers").isPositive();
    assertThat(to).isGreaterThan(from);
    assertThat(readme.indexOf("## Measures")).isLessThan(from)
        .isLessThan(readme.indexOf("## Standards as data"));
    String table = readme.substring(from + begin.length(), to);
    assertThat(table).isEqualTo(MeasuresCommand.markdown(CATALOGUE));
    // one header, one rule, one row per measure
    assertThat(table.lines()).hasSize(2 + 22);
    assertThat(table).contains("| `elders.count` | 五老名册人数 · elders on the roster | COUNT |"
        + " 人 · persons | `elder` | `tiers`, `elderCategories` | standing | seed §二.3, §四.2 |");
  }

  @Test
  void textInChineseShowsLabelsAndParameterNamesAsWritten() {
    Cli.Run r = Cli.zh("measures");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("度量 ")
        .contains("五老名册人数", "五老名册", "tiers, elderCategories", "常设事实", "仅评估年度",
            "minLevel", "不低于（由低到高）", "SCHOOL < DISTRICT < CITY < PROVINCE < NATIONAL",
            "模拟建模的出处：", "* incidents.count：种子无此条款",
            "共 22 个度量、16 个参数")
        .doesNotContain("MIN_LEVEL", "ACTIVITY_KINDS", "COUNT", "assessment year");
    assertAligned(r.out());
  }

  @Test
  void textInEnglishShowsLogicalKindNames() {
    Cli.Run r = Cli.run(Cli.ENGLISH, "measures");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Measure ")
        .contains("care-carrier", "assessment year", "at least (lowest first)",
            "22 measures, 16 parameters")
        .doesNotContain("MIN_LEVEL", "五老名册人数");
    assertAligned(r.out());
  }

  /**
   * In the measures table every row starts its second column at the same display column: the
   * header's, the name column being as wide as the longest name plus two spaces.
   */
  private static void assertAligned(String out) {
    List<String> lines = out.lines().toList();
    int width = CATALOGUE.stream().mapToInt(d -> d.name().value().length()).max().orElseThrow();
    // "organisation.workingTeamElders" is the longest name: 30 characters
    assertThat(width).isEqualTo(30);
    for (String line : lines.subList(2, 2 + 22)) {
      // the name, then spaces up to column 32, then the label (never a space)
      assertThat(line.substring(0, width + 2).strip()).isNotEmpty();
      assertThat(line.charAt(width + 1)).isEqualTo(' ');
      assertThat(line.charAt(width + 2)).isNotEqualTo(' ');
      assertThat(DisplayWidth.of(line.substring(0, width + 2))).isEqualTo(32);
    }
    // all cells of a column after the label start at the same display column as the header's
    int typeColumn = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf(
        lines.get(0).split(" {2,}")[2])));
    for (String line : lines.subList(2, 2 + 22)) {
      String[] cells = line.split(" {2,}");
      int at = DisplayWidth.of(line.substring(0, line.indexOf("  " + cells[2]) + 2));
      assertThat(at).as(line).isEqualTo(typeColumn);
    }
  }

  @Test
  void jsonIsTheCatalogueDocument() {
    Cli.Run r = Cli.zh("measures", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"kind\" : \"measure-catalogue\"",
        "\"name\" : \"minLevel\"", "\"evidenceKind\" : \"care-carrier\"");
  }

  @Test
  void csvHasAHeaderAndOneRowPerMeasure() {
    Cli.Run r = Cli.zh("measures", "--format", "csv");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(1 + 22);
    assertThat(lines.get(0)).isEqualTo(String.join(",", MeasuresCommand.CSV_HEADER));
    assertThat(lines).contains("elders.count,五老名册人数,elders on the roster,COUNT,人,persons,"
        + "elder,tiers:ANY_OF:CORE|BACKBONE|PARTICIPANT; elderCategories:ANY_OF:RETIRED_OFFICIAL"
        + "|VETERAN|EXPERT|TEACHER|MODEL_WORKER,false,true,\"seed §二.3, §四.2\",,");
    // a cell with a comma is quoted: the unquoted cells of each row are the header's 13
    assertThat(Arrays.stream(lines.get(7).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)))
        .hasSize(13);
  }
}
