package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.menu.MenusJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.menu.Beneficiary;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;
import io.github.ggw.standards.rules.menu.MatchResult;
import io.github.ggw.standards.rules.menu.MenuMatcher;
import io.github.ggw.standards.rules.menu.Shortfall;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The reports of the bundled example matching (WJ-PS-001, 2022): 25 of 44 units of need covered,
 * 25 × 100 ÷ 44 = 56.818… → 56.8%; the HTML page, the CSV table and the XLSX workbook say the same
 * in both languages, with labels and no codes.
 */
class MenuReportsTest {
  static MatchResult example() {
    MenusJson json = MenusJson.create();
    return MenuMatcher.match(
        json.readNeeds(ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU)).orElseThrow(),
        json.readResources(ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU))
            .orElseThrow());
  }

  /** Every constant name of the menus' enumerations, which zh and en text must not show. */
  static List<String> menuCodes() {
    List<String> codes = new ArrayList<>();
    Stream.of(ServiceCategory.values(), Beneficiary.values(), ServiceUnit.values(),
        Shortfall.values()).flatMap(Stream::of).forEach(c -> codes.add(((Enum<?>) c).name()));
    return codes;
  }

  @Test
  void theHtmlPageShowsTheFiguresTheChartAndTheTablesInLabels() {
    MatchResult m = example();
    for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      Document d = Jsoup.parse(MenuReports.html(m, ReportOptions.of(l)));
      boolean zh = l.getLanguage().equals("zh");
      assertThat(d.selectFirst("tr.coverage td").text())
          .isEqualTo(zh ? "25 / 44（56.8%）" : "25 of 44 (56.8%)");
      assertThat(d.select("tr.need")).hasSize(8);
      assertThat(d.select("tr.resource")).hasSize(6);
      assertThat(d.select("tr.category")).hasSize(8);
      Element n05 = d.selectFirst("tr.need[data-need=N05]");
      assertThat(n05.text()).contains(zh ? "科技创新指导" : "science guidance",
          zh ? "有该类别的资源，但时间不衔接" : "none is available when it is needed");
      Element chart = d.selectFirst("figure.categories-chart");
      assertThat(chart.selectFirst("img.chart").attr("src")).startsWith("data:image/png;base64,");
      assertThat(chart.selectFirst("img.chart").attr("alt"))
          .contains(zh ? "心理疏导与谈心 33.3%" : "counselling 33.3%");
      assertThat(chart.select("ul.legend li").eachText())
          .contains(zh ? "学业辅导 100%" : "tutoring 100%");
      for (String code : menuCodes()) {
        assertThat(d.body().text()).as(code).doesNotContain(code);
      }
      if (zh) {
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
      } else {
        assertThat(d.body().text()).doesNotContainPattern("\\p{IsHan}");
      }
    }
  }

  /**
   * One CSV row per allocation, a need with nothing assigned once: 7 allocations (N01 to R01 and
   * to R02, N02 R01, N03 R04, N04 R03, N06 R04, N07 R06) plus N05 and N08 with none = 9 rows
   * after the heading; the amounts add up to the 25 covered.
   */
  @Test
  void theCsvTableHoldsOneRowPerAllocation() {
    String csv = new String(MenuReports.csv(example(), ReportOptions.of(Locale.SIMPLIFIED_CHINESE)),
        StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF需求,服务类别,服务对象,计量单位,需要,满足,资源,数量,未满足原因\r\n");
    List<String> rows = csv.lines().skip(1).toList();
    assertThat(rows).hasSize(9);
    int sum = 0;
    for (String r : rows) {
      String[] f = r.split(",", -1);
      sum += f[7].isEmpty() ? 0 : Integer.parseInt(f[7]);
    }
    assertThat(sum).isEqualTo(25);
    assertThat(rows).anyMatch(r -> r.startsWith("N08,班主任工作指导,青年教职工,次,2,0,,,没有提供该类别服务的资源"));
  }

  @Test
  void theWorkbookHoldsTheSummaryNeedsResourcesAndCategories() throws Exception {
    byte[] bytes = MenuReports.xlsx(example(), ReportOptions.of(Locale.SIMPLIFIED_CHINESE));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2),
          book.getSheetName(3))).containsExactly("汇总", "各项需求", "资源使用", "按服务类别");
      DataFormatter f = new DataFormatter();
      Sheet summary = book.getSheetAt(0);
      assertThat(f.formatCellValue(summary.getRow(3).getCell(1))).isEqualTo("25 / 44（56.8%）");
      Sheet needs = book.getSheetAt(1);
      assertThat(needs.getLastRowNum()).isEqualTo(8);
      double covered = 0;
      for (Row r : needs) {
        if (r.getRowNum() > 0) {
          covered += r.getCell(5).getNumericCellValue();
        }
      }
      assertThat(covered).isEqualTo(25);
    }
  }
}
