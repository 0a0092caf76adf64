package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The batch page of the six bundled samples (year 2022), with figures worked out by hand from
 * the samples' totals and dimension scores (standards-json's BundledSamplesTest):
 *
 * <pre>
 * unit       district total  band       eligible  d1      d2        d3      d4      d5
 * TN-JS-014  320402   16.4   FAIL       no        2.5/20  3.5/20    4/20    2.5/20  3.5/20
 * ZL-PS-007  320404   97.5   FAIL(veto) no        20/20   19.5/20   20/20   18.5/20 19/20
 * XB-KG-003  320411   75.0   GOOD       no        20/20   7/12      10/16   13.5/20 19.5/20
 * WJ-PS-001  320412   100.9  EXCELLENT  yes       20/20   20/20     19.5/20 20/20   18/20
 * JT-VS-002  320413   65.7   PASS       no        16/20   6.5/12    16/20   8.5/20  13/20
 * LY-SS-021  320481   77.8   GOOD       no        16/20   15/20     18.5/20 11.5/20 15/20
 * </pre>
 */
class DistrictReportTest {
  private static final Document PAGE = Jsoup.parse(HtmlReports.districtReport(
      SampleReports.all(), SampleReports.ZH));

  @Test
  void overview() {
    assertThat(PAGE.title()).isEqualTo("6 个单位评分汇总 · 2022年度");
    assertThat(PAGE.select("tr.units td").text()).isEqualTo("6");
    assertThat(PAGE.select("tr.certified td").text()).isEqualTo("1");
    assertThat(PAGE.select("tr.vetoed td").text()).isEqualTo("1");
    // (16.4 + 97.5 + 75.0 + 100.9 + 65.7 + 77.8) / 6 = 433.3 / 6 = 72.2166… → 72.22
    assertThat(PAGE.select("tr.mean-total td").text()).isEqualTo("72.22");
    assertThat(PAGE.select("img.chart")).hasSize(3);
    for (Element img : PAGE.select("img.chart")) {
      assertThat(Pictures.inkShare(Pictures.fromDataUri(img.attr("src")))).isGreaterThan(0.02);
    }
  }

  @Test
  void bandDistribution() {
    // EXCELLENT: WJ; GOOD: XB, LY; PASS: JT; FAIL: TN, ZL (vetoed)
    List<String> rows = PAGE.select("table.bands tr.band").eachText();
    assertThat(rows).containsExactly("优秀 1", "良好 2", "合格 1", "不合格 2");
  }

  /** Rates per dimension over the six units; medians of six are the mean of the 3rd and 4th. */
  @ParameterizedTest(name = "dimension {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # d1 rates sorted: 0.125 0.8 0.8 1 1 1; median (0.8 + 1)/2 = 0.9; mean 4.725/6 = 0.7875 → 78.8%
      1 | 12.5% | 90%   | 78.8% | 100%
      # d2: 0.175, 6.5/12 = 0.5417, 7/12 = 0.5833, 0.75, 0.975, 1; median (0.5833 + 0.75)/2 = 0.6667
      #     mean (0.175 + 0.5417 + 0.5833 + 0.75 + 0.975 + 1)/6 = 4.025/6 = 0.6708 → 67.1%
      2 | 17.5% | 66.7% | 67.1% | 100%
      # d4: 0.125, 0.425, 0.575, 0.675, 0.925, 1; median (0.575 + 0.675)/2 = 0.625
      #     mean 3.725/6 = 0.62083 → 62.1%
      4 | 12.5% | 62.5% | 62.1% | 100%
      """)
  void dimensionSpread(String code, String min, String median, String mean, String max) {
    Element row = PAGE.selectFirst("table.dimension-spread tr[data-code=" + code + "]");
    assertThat(row.select("td").eachText().subList(1, 6))
        .containsExactly("6", min, median, mean, max);
  }

  @Test
  void mostLostIndicators() {
    // 4.3 studio: 5 lost by each of TN, XB, JT, LY = 20 over 4 units (mean 5)
    // 4.1 core elders: TN 5 + JT 3 + XB 1.5 + LY 1.5 = 11 over 4 (mean 2.75)
    // 2.2 district awards: TN 4 + XB 2 + JT 2 + LY 2 = 10 over 4; 5.2 publicity: TN 4 + JT 3 + LY 2
    // + WJ 1 = 10 over 4 — a tie, listed by code
    List<Element> rows = PAGE.select("table.lost tr.lost-indicator");
    assertThat(rows).hasSize(10);
    assertThat(rows.subList(0, 4).stream().map(r -> r.select("td").eachText()).toList())
        .containsExactly(
            List.of("4.3", "名校长名教师工作室", "4", "20", "5"),
            List.of("4.1", "核心层", "4", "11", "2.75"),
            List.of("2.2", "区级及以上获奖", "4", "10", "2.5"),
            List.of("5.2", "舆论宣传", "4", "10", "2.5"));
  }

  @Test
  void certificationListAndAllUnitsByDistrictThenUnit() {
    assertThat(PAGE.select("table.certified tr.unit").eachText())
        .containsExactly("320412 WJ-PS-001 武进区星河实验小学（虚构） 小学 2022 100.9 优秀");
    assertThat(PAGE.select("table.all tr.unit").eachAttr("data-unit")).containsExactly(
        "TN-JS-014", "ZL-PS-007", "XB-KG-003", "WJ-PS-001", "JT-VS-002", "LY-SS-021");
    // whatever order the reports come in
    List<ScoreReport> shuffled = new ArrayList<>(SampleReports.all());
    Collections.reverse(shuffled);
    assertThat(Jsoup.parse(HtmlReports.districtReport(shuffled, SampleReports.ZH)).outerHtml())
        .isEqualTo(PAGE.outerHtml());
  }

  @Test
  void emptyBatch() {
    Document empty = Jsoup.parse(HtmlReports.districtReport(List.of(), SampleReports.EN));
    assertThat(empty.title()).isEqualTo("Score summary of 0 units · —");
    assertThat(empty.select("img")).isEmpty();
    assertThat(empty.select("section.certification p").text()).isEqualTo("No unit is eligible.");
  }
}
