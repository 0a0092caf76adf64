package io.github.ggw.standards.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A weighted standard's reports show each dimension's weight: in the HTML section heading and in
 * a weight column of the CSV and XLSX score sheets, on the dimension rows; an unweighted
 * standard's have no such column.
 */
class WeightsShownTest {
  /** Weights of the five dimensions; they add up to the nominal maximum 100 (30+20+20+20+10). */
  private static final int[] WEIGHTS = {30, 20, 20, 20, 10};

  /** The bundled standard with other weights, so that the figures shown are these. */
  private static Standard weighted() {
    Standard base = ReferenceData.changzhouStandard();
    List<Criterion> dims = new ArrayList<>();
    int d = 0;
    for (Criterion c : base.getDimensions()) {
      dims.add(c.getKind() == CriterionKind.REGULAR || c.getKind() == CriterionKind.KEY
          ? ImmutableCriterion.copyOf(c).withWeight(BigDecimal.valueOf(WEIGHTS[d++])) : c);
    }
    assertThat(d).isEqualTo(5);
    return ImmutableStandard.copyOf(base).withDimensions(dims);
  }

  /** The bundled standard without weights (its five maxima of 20 add up to 100). */
  private static Standard unweighted() {
    Standard base = ReferenceData.changzhouStandard();
    return ImmutableStandard.copyOf(base).withDimensions(base.getDimensions().stream()
        .map(c -> (Criterion) ImmutableCriterion.copyOf(c).withWeight(java.util.Optional.empty()))
        .toList());
  }

  private static ScoreReport report(Standard standard) {
    return Scorer.create().score(standard, SampleReports.JSON.readAssessment(
        ReferenceData.sample("02-failing-junior.json")).orElseThrow()).orElseThrow();
  }

  @Test
  void theHtmlSectionOfADimensionNamesItsWeight() {
    Standard standard = weighted();
    Document page = Jsoup.parse(HtmlReports.unitReport(report(standard),
        ReportOptions.of(Locale.SIMPLIFIED_CHINESE, standard)));
    assertThat(page.select("section.dimension > h2").eachText())
        .hasSize(5).allMatch(h -> h.contains("（权重 "))
        .first().asString().startsWith("1 组织领导").endsWith("（权重 30）");
    Document en = Jsoup.parse(HtmlReports.unitReport(report(standard),
        ReportOptions.of(Locale.ENGLISH, standard)));
    assertThat(en.select("section.dimension > h2").last().text()).endsWith("(weight 10)");
    Document plain = Jsoup.parse(HtmlReports.unitReport(report(unweighted()),
        ReportOptions.of(Locale.SIMPLIFIED_CHINESE, unweighted())));
    assertThat(plain.select("section.dimension > h2").text()).doesNotContain("权重");
  }

  @Test
  void theScoreSheetsHaveAWeightColumnOnTheDimensionRows() throws Exception {
    Standard standard = weighted();
    ReportOptions zh = ReportOptions.of(Locale.SIMPLIFIED_CHINESE, standard);
    String csv = new String(ScoreSheet.of(report(standard)).toCsv(zh), UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFF编号,指标,类别,满分,自评申报,自评阶段得分,来源,扣分理由,权重");
    assertThat(lines).anyMatch(l -> l.startsWith("1,组织领导,") && l.endsWith(",30"))
        .anyMatch(l -> l.startsWith("5,调研宣传与创新,") && l.endsWith(",10"))
        .anyMatch(l -> l.startsWith("1.1,") && l.endsWith(","));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        ScoreSheet.of(report(standard)).toXlsx(zh)))) {
      Sheet sheet = book.getSheetAt(1);
      DataFormatter f = new DataFormatter(Locale.ROOT);
      assertThat(f.formatCellValue(sheet.getRow(0).getCell(8))).isEqualTo("权重");
      Row first = sheet.getRow(1);
      assertThat(f.formatCellValue(first.getCell(0))).isEqualTo("1");
      assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(30.0);
      assertThat(sheet.getRow(2).getCell(8)).isNull();
    }
    String plain = new String(ScoreSheet.of(report(unweighted())).toCsv(
        ReportOptions.of(Locale.SIMPLIFIED_CHINESE, unweighted())), UTF_8);
    assertThat(plain.lines().findFirst().orElseThrow()).doesNotContain("权重");
  }
}
