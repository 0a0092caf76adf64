package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code standards match}: the bundled example menus matched with their hand-computed figures,
 * the same answer whatever the order of the files and of their entries, broken and mismatched
 * menus refused with located problems, and the usage error of a single menu.
 */
class MatchCommandTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  /**
   * The bundled menus (WJ-PS-001, 2022), by groups of needs that share resources:
   * tutoring N01 12 + counselling N02 6 = 18 against R01 10 + R02 4 = 14 → 14;
   * teaching guidance N04 3 pairs against R03 2 → 2; science N05 in the summer against R05 in the
   * autumn only → 0 (time windows); lecture N03 4 + culture N06 4 + care N07 8 = 16 against R04 6
   * + R06 3 = 9 → 9; class management N08 2 with no resource → 0. Covered 14 + 2 + 0 + 9 + 0 =
   * 25 of 12 + 6 + 4 + 3 + 5 + 4 + 8 + 2 = 44 needed: 25 ÷ 44 = 56.818… → 56.8%. R05's 6 are the
   * only spare capacity; 5 of 6 resources are used.
   */
  @Test
  void theBundledMenusAreMatchedWithTheirHandComputedFigures() {
    Cli.Run zh = Cli.zh("match");
    assertThat(zh.code()).isZero();
    assertThat(zh.err()).isEmpty();
    assertThat(zh.out()).contains("需求量 44，满足 25（56.8%）", "资源 6 项，使用 5 项，剩余容量 6",
        "差 5：有该类别的资源，但时间不衔接", "差 2：没有提供该类别服务的资源");
    Cli.Run en = Cli.run(Cli.ENGLISH, "match");
    assertThat(en.code()).isZero();
    assertThat(en.out()).contains("25 of 44 units of need covered (56.8%)",
        "5 of 6 resources used, 6 units of capacity to spare")
        .doesNotContainPattern("\\p{IsHan}{2}");
    JsonNode doc = MAPPER.readTree(Cli.zh("match", "--format", "json").out());
    assertThat(doc.get("kind").asString()).isEqualTo("menu-match");
    int covered = 0;
    for (JsonNode a : doc.get("result").get("allocations")) {
      covered += a.get("amount").asInt();
    }
    assertThat(covered).isEqualTo(25);
  }

  /** Files in either order, entries reversed: byte-identical output. */
  @Test
  void theSameMenusInAnyOrderGiveByteIdenticalOutput() throws IOException {
    Path needs = write("needs.json", ReferenceData.EXAMPLE_NEEDS_MENU, "needs", false);
    Path resources = write("resources.json", ReferenceData.EXAMPLE_RESOURCE_MENU, "resources",
        false);
    Path needsReversed = write("needs-r.json", ReferenceData.EXAMPLE_NEEDS_MENU, "needs", true);
    Path resourcesReversed = write("resources-r.json", ReferenceData.EXAMPLE_RESOURCE_MENU,
        "resources", true);
    for (String format : List.of("text", "json")) {
      Cli.Run a = Cli.zh("match", needs.toString(), resources.toString(), "--format", format);
      Cli.Run b = Cli.zh("match", resourcesReversed.toString(), needsReversed.toString(),
          "--format", format);
      assertThat(a.code()).isZero();
      assertThat(b.code()).isZero();
      // the header names the files; the rest must be the same byte for byte
      assertThat(body(b.out())).isEqualTo(body(a.out()));
    }
    assertThat(body(Cli.zh("match", needs.toString(), resources.toString()).out()))
        .isEqualTo(body(Cli.zh("match").out()));
  }

  @Test
  void brokenMenusAreRefusedWithEveryProblemLocated() throws IOException {
    Path needs = dir.resolve("needs.json");
    Files.writeString(needs, new String(ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU),
        StandardCharsets.UTF_8).replace("\"TUTORING\"", "\"TUTOR\"").replace("\"count\": 12",
        "\"count\": 0"), StandardCharsets.UTF_8);
    Path resources = write("resources.json", ReferenceData.EXAMPLE_RESOURCE_MENU, "resources",
        false);
    Cli.Run r = Cli.zh("match", needs.toString(), resources.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("/needs/0/category", "MENU_CHOICE_UNKNOWN", "/needs/0/count",
        "MENU_AMOUNT_OUT_OF_RANGE", "菜单有误，未对接。");
  }

  @Test
  void menusOfDifferentUnitsAreNotMatched() throws IOException {
    Path needs = write("needs.json", ReferenceData.EXAMPLE_NEEDS_MENU, "needs", false);
    Path other = dir.resolve("other.json");
    Files.writeString(other, new String(ReferenceData.resource(
        ReferenceData.EXAMPLE_RESOURCE_MENU), StandardCharsets.UTF_8)
        .replace("\"WJ-PS-001\"", "\"WJ-PS-002\""), StandardCharsets.UTF_8);
    Cli.Run r = Cli.zh("match", needs.toString(), other.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("MENUS_DO_NOT_BELONG_TOGETHER", "WJ-PS-001", "WJ-PS-002");
  }

  @Test
  void twoMenusOfOneKindAreRefused() throws IOException {
    Path needs = write("needs.json", ReferenceData.EXAMPLE_NEEDS_MENU, "needs", false);
    Cli.Run r = Cli.zh("match", needs.toString(), needs.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("JSON_WRONG_KIND");
  }

  @Test
  void oneMenuAloneIsAUsageError() throws IOException {
    Path needs = write("needs.json", ReferenceData.EXAMPLE_NEEDS_MENU, "needs", false);
    Cli.Run r = Cli.zh("match", needs.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("请给出两份菜单");
  }

  @Test
  void theOutputFileHoldsTheMatchingAndStandardOutputTheSummary() throws IOException {
    Path out = dir.resolve("out").resolve("match.json");
    Cli.Run r = Cli.zh("match", "--format", "json", "--output", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("需求量 44，满足 25（56.8%）", "已写入 1 个文件");
    assertThat(MAPPER.readTree(Files.readString(out)).get("kind").asString())
        .isEqualTo("menu-match");
  }

  /** The README's excerpt of the output: every line shown (but the elisions) is printed so. */
  @Test
  void theReadmeExcerptIsWhatTheCommandPrints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String start = "$ java -jar samples/target/standards.jar match\n";
    int from = readme.indexOf(start);
    assertThat(from).as("the README's match excerpt").isPositive();
    String excerpt = readme.substring(from + start.length(), readme.indexOf("```", from));
    List<String> printed = Cli.zh("match").out().lines().toList();
    List<String> shown = excerpt.lines().filter(l -> !l.equals("…")).toList();
    assertThat(shown).hasSizeGreaterThanOrEqualTo(4);
    assertThat(printed).containsAll(shown);
  }

  /** csv, html and xlsx are files: written with --output, refused without it (exit 2). */
  @Test
  void reportFormatsAreWrittenToTheOutputFile() throws IOException {
    for (String format : List.of("csv", "html", "xlsx")) {
      Path out = dir.resolve("match." + format);
      Cli.Run r = Cli.zh("match", "--format", format, "--output", out.toString());
      assertThat(r.code()).as(format).isZero();
      assertThat(Files.size(out)).as(format).isPositive();
      Cli.Run refused = Cli.zh("match", "--format", format);
      assertThat(refused.code()).as(format).isEqualTo(2);
      assertThat(refused.err()).contains("--output");
    }
    assertThat(Files.readString(dir.resolve("match.html"))).contains("56.8%");
  }

  /**
   * The two commands a committee secretary runs: {@code menu-template} writes the blank workbook;
   * filled in (here written with the bundled menus), {@code match menus.xlsx} gives the same
   * figures as the bundled JSON menus; a wrong label is reported at its cell, exit 1.
   */
  @Test
  void aMenuWorkbookIsMatchedAloneAndItsProblemsAreAtTheirCells() throws Exception {
    Path blank = dir.resolve("blank.xlsx");
    Cli.Run t = Cli.zh("menu-template", "--output", blank.toString());
    assertThat(t.code()).isZero();
    assertThat(t.out()).contains("已写入菜单工作簿");
    assertThat(io.github.ggw.standards.sheets.MenuWorkbooks.read(Files.readAllBytes(blank))
        .problems()).extracting(p -> p.getCode().name()).contains("WORKBOOK_CELL_REQUIRED");
    io.github.ggw.standards.json.menu.MenusJson json =
        io.github.ggw.standards.json.menu.MenusJson.create();
    var menus = new io.github.ggw.standards.sheets.MenuWorkbooks.Menus(
        json.readNeeds(ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU)).orElseThrow(),
        json.readResources(ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU))
            .orElseThrow());
    Path filled = dir.resolve("menus.xlsx");
    Files.write(filled, io.github.ggw.standards.sheets.MenuWorkbooks.write(menus,
        java.util.Locale.SIMPLIFIED_CHINESE));
    Cli.Run m = Cli.zh("match", filled.toString());
    assertThat(m.code()).isZero();
    assertThat(body(m.out())).isEqualTo(body(Cli.zh("match").out()));
    Path wrong = dir.resolve("wrong.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(filled));
        var out = Files.newOutputStream(wrong)) {
      wb.getSheet("需求菜单").getRow(2).getCell(1).setCellValue("学业补习");
      wb.write(out);
    }
    Cli.Run bad = Cli.zh("match", wrong.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("需求菜单", "B3", "MENU_CHOICE_UNKNOWN", "学业辅导");
    Cli.Run both = Cli.zh("match", filled.toString(), filled.toString());
    assertThat(both.code()).isEqualTo(1);
    assertThat(both.err()).contains("请单独给出该工作簿");
  }

  /**
   * The matching scored through a declared fact: the bundled menus cover 25 of 44 = 56.818…%,
   * printed as the fact menus.coverage = 57 (rounded half up). A test sheet declares the fact
   * (COUNT, 0–100) and scores indicator 3.1 by a ladder ≥ 80 → 4, ≥ 50 → 2, ≥ 1 → 1: 57 gives 2
   * points of 4; the same assessment without the fact is refused with FACT_MISSING.
   */
  @Test
  void theShareCoveredIsAFactAStandardCanScore() throws Exception {
    assertThat(Cli.zh("match").out()).contains("可填入自评的事实：“menus.coverage” = 57（需求量满足率 56.8% 取整）");
    Path standard = dir.resolve("menus-sheet.json");
    Files.write(standard, resource("menus/menus-sheet.json"));
    Path without = dir.resolve("without.json");
    Files.write(without, resource("menus/wj-ps-001-without-coverage.json"));
    Cli.Run refused = Cli.zh("score", "--standard", standard.toString(), without.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.out() + refused.err()).contains("FACT_MISSING");
    ObjectNode doc = (ObjectNode) MAPPER.readTree(resource("menus/wj-ps-001-without-coverage.json"));
    ObjectNode fact = ((ArrayNode) doc.get("evidence")).addObject();
    fact.put("type", "fact").put("code", "menus.coverage").put("value", 57);
    Path with = dir.resolve("with.json");
    Files.writeString(with, MAPPER.writeValueAsString(doc), StandardCharsets.UTF_8);
    Cli.Run scored = Cli.zh("score", "--standard", standard.toString(), with.toString(),
        "--format", "json");
    assertThat(scored.code()).as(scored.err()).isZero();
    // one score report: its total is the ladder's 2 points
    assertThat(scored.out()).containsPattern("\"total\" : 2(\\.0)?,");
  }

  private static byte[] resource(String name) throws IOException {
    try (var in = MatchCommandTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  /** The output without its first line (which names the files matched). */
  private static String body(String out) {
    return out.startsWith("{") ? out : out.substring(out.indexOf('\n') + 1);
  }

  private Path write(String name, String resource, String list, boolean reversed)
      throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(ReferenceData.resource(resource));
    if (reversed) {
      List<JsonNode> entries = new ArrayList<>();
      doc.get(list).forEach(entries::add);
      Collections.reverse(entries);
      ArrayNode a = doc.putArray(list);
      entries.forEach(a::add);
    }
    Path p = dir.resolve(name);
    Files.writeString(p, MAPPER.writeValueAsString(doc), StandardCharsets.UTF_8);
    return p;
  }
}
