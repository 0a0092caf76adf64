package io.github.ggw.standards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The charts' words are the report's: the page shows each chart's legend (series, then every
 * dimension, indicator or band with its value) in the report's language; without a font for the
 * text, the legend names the codes and positions the image draws instead of labels.
 */
class ChartWordsTest {

  @AfterEach
  void fonts() {
    Charts.FONTLESS.remove();
  }

  private static Element figure(Document page, String cssClass) {
    return page.selectFirst("figure." + cssClass);
  }

  @Test
  void theRadarsLegendNamesTheSeriesAndEveryDimensionByTitle() {
    Document zh = Jsoup.parse(HtmlReports.unitReport(
        SampleReports.report("02-failing-junior.json"), SampleReports.ZH));
    // 02 scores 2.5, 3.5, 4, 2.5, 3.5 of 20 in the five dimensions: 12.5%, 17.5%, 20%, …
    assertThat(figure(zh, "radar").select("ul.legend li").eachText()).containsExactly("满分",
        "得分率", "1 组织领导 12.5%", "2 思想道德教育 17.5%", "3 关爱帮扶 20%", "4 队伍建设 12.5%",
        "5 调研宣传与创新 17.5%");
    Document en = Jsoup.parse(HtmlReports.unitReport(
        SampleReports.report("02-failing-junior.json"), SampleReports.EN));
    assertThat(figure(en, "radar").select("ul.legend li").eachText()).startsWith("Max",
        "Score rate", "1 Organisation and leadership 12.5%");
    assertThat(figure(zh, "gaps").select("ul.legend li").eachText()).first().isEqualTo("失分");
  }

  @Test
  void theBandsAreNamedByLabelAndWithoutAFontByPositionWithTheirLabelsBeside() {
    Document page = Jsoup.parse(HtmlReports.districtReport(SampleReports.all(),
        SampleReports.ZH));
    List<String> legend = figure(page, "bands-chart").select("ul.legend li").eachText();
    assertThat(legend).containsExactly("单位数", "优秀 1", "良好 2", "合格 1", "不合格 2");
    Charts.FONTLESS.set(true);
    Document fontless = Jsoup.parse(HtmlReports.districtReport(SampleReports.all(),
        SampleReports.ZH));
    assertThat(figure(fontless, "bands-chart").select("ul.legend li").eachText())
        .containsExactly("单位数", "1 优秀 1", "2 良好 2", "3 合格 1", "4 不合格 2");
    // the dimensions keep their code first, so the legend needs no key before it
    assertThat(figure(fontless, "dimensions-chart").select("ul.legend li").eachText())
        .contains("1 组织领导（中位数 90%）");
    assertThat(fontless.text()).doesNotContain("EXCELLENT", "GOOD", "PASS", "FAIL");
  }

  @Test
  void withoutAFontTheImageDrawsKeysAndThePageKeepsTheWords() {
    Charts.Labelling none = new Charts.Labelling(null);
    assertThat(none.label("1", "1 组织领导 12.5%")).isEqualTo("1");
    assertThat(none.text("得分率", null)).isNull();
    Charts.Labelling found = new Charts.Labelling("Noto Sans CJK SC");
    assertThat(found.label("1", "1 组织领导 12.5%")).isEqualTo("1 组织领导 12.5%");
    Charts.FONTLESS.set(true);
    ChartImage radar = Charts.radar(List.of(new Charts.Entry("1", "1 组织领导 12.5%", 12.5,
        "1 组织领导 12.5%")), "各一级指标得分率", "得分率", "满分", "alt");
    assertThat(radar.legend()).extracting(ChartImage.LegendItem::text)
        .containsExactly("满分", "得分率", "1 组织领导 12.5%");
    assertThat(radar.png()).isNotEmpty();
  }
}
