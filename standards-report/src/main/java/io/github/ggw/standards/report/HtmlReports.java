package io.github.ggw.standards.report;

import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.List;
import java.util.Objects;

/**
 * Self-contained HTML reports (HTML 评分报告) with charts, in zh-CN or en.
 *
 * <p>A page needs no network: its style sheet is inline, its charts are PNG images (JFreeChart)
 * embedded as {@code data:} URIs, and its fonts are the reader's, listed so that Chinese falls back
 * through the common CJK families (Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft
 * YaHei, …). Every text from a report (unit names, titles, reasons) is escaped: a title holding
 * {@code <script>} shows as text. Printed, a page is A4 with a page break before each dimension.
 * Figures are the report's exact values (at most six decimals shown, {@code ≈} when cut); the
 * total is the report's rounded total, shown with {@link ReportOptions#totalDecimals()} decimals.
 *
 * <p>Stateless and thread-safe. Charts draw into memory images: on a machine without a display,
 * run the JVM with {@code -Djava.awt.headless=true}.
 */
public final class HtmlReports {
  private HtmlReports() {}

  /**
   * One unit's report: a header (unit, standard and version, year, total, band, eligibility,
   * vetoes), a radar chart of each dimension's score as a share of its maximum, a bar chart of the
   * largest gaps (points lost per indicator, at most ten), and the full indicator table — one
   * section per dimension, then the bonus and veto items — with the rule, the measure values,
   * the claim and the reason for every lost point. Each indicator row is a {@code tr.item} with its
   * code in {@code data-code}; the total is in {@code #total}.
   *
   * @param report the score report, not null
   * @param options language, decimals of the total and standard title, not null
   * @return the page, an HTML5 document to be written as UTF-8
   * @throws NullPointerException if an argument is null
   */
  public static String unitReport(ScoreReport report, ReportOptions options) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(options, "options");
    return UnitPage.render(report, options);
  }

  /**
   * A batch's report (区域汇总), such as one district's units in one year: the number of units,
   * the certified and vetoed counts and the mean total; a chart and table of units per rating
   * band; a box plot and table of each dimension's score rate over the units (min, median, mean,
   * max); the ten indicators that lost most points over the batch; the certification list (units
   * eligible to apply) and the list of all units with the reasons of those not eligible. Units are
   * listed by district code, then unit code, then year.
   *
   * @param reports the score reports, not null, possibly empty, of units scored against the same
   *     standard
   * @param options language, decimals of the totals and standard title, not null
   * @return the page, an HTML5 document to be written as UTF-8
   * @throws NullPointerException if an argument or a report is null
   */
  public static String districtReport(List<ScoreReport> reports, ReportOptions options) {
    Objects.requireNonNull(options, "options");
    return DistrictPage.render(List.copyOf(reports), options);
  }
}
