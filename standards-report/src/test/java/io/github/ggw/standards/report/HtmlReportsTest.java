package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unit page, read back with an HTML parser. */
class HtmlReportsTest {

  /**
   * Header figures of each bundled sample. Totals and bands are the hand-computed ones of
   * standards-json's BundledSamplesTest (e.g. 01: composite 97.875 + bonus 3 = 100.875 → 100.9
   * EXCELLENT; 04: 1799/24 = 74.958… → 75.0 GOOD, shown with the standard's one decimal). The
   * charts: a radar always, a gap bar chart when some point was lost (every sample lost some).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      01-excellent-primary.json     | 武进区星河实验小学（虚构） | 100.9 | 优秀   | 是
      02-failing-junior.json        | 天宁区青枫初级中学（虚构） | 16.4  | 不合格 | 否
      03-vetoed-primary.json        | 钟楼区梧桐小学（虚构）     | 97.5  | 不合格 | 否
      04-boundary-kindergarten.json | 新北区春芽幼儿园（虚构）   | 75.0  | 良好   | 否
      05-overclaim-vocational.json  | 金坛区江南职业学校（虚构） | 65.7  | 合格   | 否
      06-good-senior.json           | 溧阳市天目湖高级中学（虚构） | 77.8  | 良好   | 否
      """)
  void headerTotalBandEligibilityRowsAndCharts(String sample, String unit, String total,
      String band, String eligible) {
    ScoreReport r = SampleReports.report(sample);
    Document page = Jsoup.parse(HtmlReports.unitReport(r, SampleReports.ZH));

    assertThat(page.title()).isEqualTo(unit + " · 2022年度 · 评分报告");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.selectFirst("h1").text()).isEqualTo(unit);
    assertThat(page.getElementById("total").text()).isEqualTo(total);
    assertThat(page.getElementById("rating").text()).isEqualTo(band);
    assertThat(page.getElementById("eligibility").text()).startsWith(eligible);
    assertThat(page.select("tr.standard td").text())
        .contains("常州市中小学（幼儿园）关工委优质化建设基本标准", "changzhou-quality-basic 2021.1");
    // one row per report line (33 in the bundled sheet), in the report's order
    Elements rows = page.select("tr.item");
    assertThat(rows).hasSize(33);
    assertThat(rows.eachAttr("data-code"))
        .isEqualTo(r.items().stream().map(i -> i.code().toString()).toList());
    // five dimension sections (a printed page each), then the bonus and veto items
    assertThat(page.select("section.dimension")).hasSize(5);
    assertThat(page.select("section.extra tr.item").eachAttr("data-code"))
        .containsExactly("B1", "B2", "V1", "V2");
    // the radar and the gaps chart: real PNGs, twice their shown size, not blank
    Elements charts = page.select("img.chart");
    assertThat(charts).hasSize(2);
    for (Element img : charts) {
      BufferedImage png = Pictures.fromDataUri(img.attr("src"));
      assertThat(png.getWidth()).isEqualTo(2 * Integer.parseInt(img.attr("width")));
      assertThat(png.getHeight()).isEqualTo(2 * Integer.parseInt(img.attr("height")));
      assertThat(Pictures.inkShare(png)).isGreaterThan(0.02);
      assertThat(img.attr("alt")).isNotBlank();
    }
  }

  @Test
  void everyLostPointHasItsReasonAndTheMeasuresBehindIt() {
    ScoreReport r = SampleReports.report("02-failing-junior.json");
    Document page = Jsoup.parse(HtmlReports.unitReport(r, SampleReports.ZH));
    for (ItemResult i : r.items()) {
      Element row = page.selectFirst("tr.item[data-code=" + i.code() + "]");
      assertThat(row.select("td.reasons li")).hasSize(i.lost().size());
      assertThat(row.select("td.measures li")).hasSize(i.measures().size());
    }
    // 1.3: 2 elders in the working team → 1.5 of 4 (ladder ≥6→4, ≥4→3, ≥2→1.5): 2.5 lost
    Element team = page.selectFirst("tr.item[data-code=1.3]");
    assertThat(team.selectFirst("td.awarded").text()).isEqualTo("1.5");
    assertThat(team.selectFirst("td.max").text()).isEqualTo("4");
    assertThat(team.select("td.measures li").text()).contains("= 2");
    assertThat(team.select("td.reasons li").text())
        .isEqualTo("−2.5 工作团队五老人数为2，得1.5分；满分需达到6");
    // 1.1: a flag measure reads yes/no, not 0/1
    assertThat(page.selectFirst("tr.item[data-code=1.1] td.measures li").text())
        .isEqualTo("主要领导任关工委主任 = 否");
    // the largest gap first in the chart's text alternative: 2.1 lost 6 (8 − 2, one kind)
    assertThat(page.selectFirst("figure.gaps img").attr("alt")).contains("2.1 四项主题教育活动 −6");
  }

  @Test
  void overClaimsAndVetoesAreShown() {
    Document over = Jsoup.parse(HtmlReports.unitReport(
        SampleReports.report("05-overclaim-vocational.json"), SampleReports.ZH));
    assertThat(over.select("td.claimed .flag").eachText()).contains("自评偏高");
    Document vetoed = Jsoup.parse(HtmlReports.unitReport(
        SampleReports.report("03-vetoed-primary.json"), SampleReports.ZH));
    assertThat(vetoed.select("header p.veto").text())
        .isEqualTo("一票否决（安全责任事故或严重违纪）：事故事件数（安全责任事故、严重违纪违规）为1（≥1即否决）");
    assertThat(vetoed.getElementById("eligibility").hasClass("eligible-no")).isTrue();
  }

  @Test
  void englishPage() {
    Document page = Jsoup.parse(HtmlReports.unitReport(
        SampleReports.report("01-excellent-primary.json"), SampleReports.EN));
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.title()).endsWith("· 2022 · score report");
    assertThat(page.getElementById("rating").text()).isEqualTo("excellent");
    assertThat(page.getElementById("eligibility").text()).isEqualTo("yes");
    assertThat(page.select("thead th").eachText()).contains("Reasons for lost points");
  }

  @Test
  void decimalsOfTheTotalFollowTheOptions() {
    ScoreReport r = SampleReports.report("04-boundary-kindergarten.json");
    // rounded total 75 (from 74.958…): 0 decimals → "75", 2 → "75.00"
    for (int d : new int[] {0, 2}) {
      Document page = Jsoup.parse(HtmlReports.unitReport(r,
          new ReportOptions(Locale.ROOT, d, Optional.empty())));
      assertThat(page.getElementById("total").text()).isEqualTo(d == 0 ? "75" : "75.00");
      assertThat(page.select("tr.standard td").text()).isEqualTo("changzhou-quality-basic 2021.1");
    }
  }

  @Test
  void selfContainedAndPrintable() {
    String html = HtmlReports.unitReport(SampleReports.report("06-good-senior.json"),
        SampleReports.ZH);
    Document page = Jsoup.parse(html);
    assertThat(html).startsWith("<!doctype html>");
    assertThat(page.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("UTF-8");
    assertThat(page.select("link, script, iframe, object, embed")).isEmpty();
    for (Element e : page.select("[src], [href]")) {
      assertThat(e.attr("src") + e.attr("href")).startsWith(Pictures.PNG_URI);
    }
    String css = page.selectFirst("style").data();
    assertThat(css).contains("@page { size: A4;", "break-before: page", "\"Noto Sans CJK SC\"",
        "\"Microsoft YaHei\"", "sans-serif");
    assertThat(css).doesNotContain("url(", "@import", "@font-face");
  }

  @Test
  void textIsEscaped() {
    String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"q\"";
    ScoreReport r = SampleReports.withText(SampleReports.report("02-failing-junior.json"),
        hostile);
    for (ReportOptions o : List.of(SampleReports.ZH, SampleReports.EN)) {
      String html = HtmlReports.unitReport(r, o);
      assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<img src=x")
          .contains("&lt;script&gt;");
      Document page = Jsoup.parse(html);
      assertThat(page.select("script, [onerror]")).isEmpty();
      assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
      assertThat(page.title()).startsWith(hostile);
      assertThat(page.selectFirst("tr.item[data-code=1.1] td.title").ownText()).isEqualTo(hostile);
      assertThat(page.select("tr.item[data-code=1.1] td.reasons li").text()).endsWith(hostile);
      // and the district page
      String batch = HtmlReports.districtReport(List.of(r), o);
      assertThat(batch).doesNotContainIgnoringCase("<script").contains("&lt;script&gt;");
      assertThat(Jsoup.parse(batch).select("script, [onerror]")).isEmpty();
    }
  }
}
