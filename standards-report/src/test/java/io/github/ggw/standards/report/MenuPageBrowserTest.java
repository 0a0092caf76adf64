package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The menu matching page in headless Chromium, as the score pages are ({@link
 * HtmlReportBrowserTest}): the chart image decodes and has ink, its text alternative and legend
 * name every category by its label, and the page shows no enumeration code.
 */
@Tag("browser")
class MenuPageBrowserTest {
  @Test
  void theCoverageChartAndThePageAreInTheReportsLanguage() throws Exception {
    Path dir = Paths.get("target", "browser").toAbsolutePath();
    Files.createDirectories(dir);
    Path page = dir.resolve("menu-match.html");
    Files.writeString(page, MenuReports.html(MenuReportsTest.example(), SampleReports.ZH),
        StandardCharsets.UTF_8);
    Document d = Jsoup.parse(HtmlReportBrowserTest.chromium("menu", "--dump-dom",
        page.toUri().toString()));
    Element figure = d.selectFirst("figure.categories-chart");
    BufferedImage png = Pictures.fromDataUri(figure.selectFirst("img.chart").attr("src"));
    assertThat(Pictures.inkShare(png)).isGreaterThan(0.02);
    for (String label : new String[] {"思想道德宣讲", "学业辅导", "心理疏导与谈心", "关爱帮扶与家访",
        "传统文化与文体艺术", "科技创新指导", "青年教师教学指导", "班主任工作指导"}) {
      assertThat(figure.selectFirst("img.chart").attr("alt")).contains(label);
      assertThat(figure.select("ul.legend li").text()).contains(label);
    }
    assertThat(d.selectFirst("tr.coverage td").text()).isEqualTo("25 / 44（56.8%）");
    HtmlReportBrowserTest.assertNoEnumCode(d.body().text());
    for (String code : MenuReportsTest.menuCodes()) {
      assertThat(d.body().text()).as(code).doesNotContain(code);
    }
  }
}
