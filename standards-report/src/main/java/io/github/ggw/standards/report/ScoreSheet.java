package io.github.ggw.standards.report;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.List;
import java.util.Objects;

/**
 * A unit's score sheet (评分表) for spreadsheets: one row per line of the report — code, indicator,
 * kind, maximum, the unit's claim (自评申报), the points scored at the self-assessment stage
 * (computed from evidence or the judgement claim), then two columns (points, reason) per review
 * stage, the source of the figure and the reason for every lost point (one line each), and for
 * a standard with dimension weights a last column holding each dimension's weight — and a total
 * row (maximum with bonus, the sum of claims, the rounded total, band and eligibility).
 *
 * <p>Review stages: until the review workflow is in place a sheet is made with {@link
 * #of(ScoreReport)} and has no stage columns; a later caller passes the district review and city
 * approval figures as {@link StageColumn}s.
 *
 * <p>Written as CSV ({@link #toCsv}) — UTF-8 with a byte-order mark so that Excel opens Chinese
 * correctly, CRLF line ends, exact plain decimals — or XLSX ({@link #toXlsx}, Apache POI), where
 * figures are numeric cells. Immutable and thread-safe.
 *
 * @param report the score report, not null
 * @param stages the review stages' columns in order (district, then city), not null, possibly
 *     empty
 */
public record ScoreSheet(ScoreReport report, List<StageColumn> stages) {

  /**
   * Checks the components and copies the list.
   *
   * @throws NullPointerException if a component or a stage is null
   *
   * @param report the {@code report} component, as described on the record
   * @param stages the {@code stages} component, as described on the record
   */
  public ScoreSheet {
    Objects.requireNonNull(report, "report");
    stages = ImmutableList.copyOf(stages);
  }

  /**
   * The sheet of a report without review stages (self-assessment figures only).
   *
   * @param report the score report, not null
   * @return the sheet
   */
  public static ScoreSheet of(ScoreReport report) {
    return new ScoreSheet(report, List.of());
  }

  /**
   * The sheet as CSV: a heading row, one row per report line, the total row.
   *
   * @param options language and the decimals of the total, not null
   * @return UTF-8 bytes starting with the byte-order mark {@code EF BB BF}
   */
  public byte[] toCsv(ReportOptions options) {
    return SheetWriters.csv(List.of(this), options, false);
  }

  /**
   * The sheet as an XLSX workbook: a summary sheet (one row for the unit) and the score sheet.
   *
   * @param options language and the decimals of the total, not null
   * @return the workbook's bytes
   * @throws StandardsException if the workbook cannot be written (not expected in memory)
   */
  public byte[] toXlsx(ReportOptions options) {
    return SheetWriters.xlsx(List.of(this), options);
  }

  /**
   * Several sheets as one CSV table: each row starts with the unit code and name, then the
   * columns of {@link #toCsv}. Units are listed by district code, then unit code, then year.
   *
   * @param sheets the sheets, not null, all with the same stage headings
   * @param options language and the decimals of the totals, not null
   * @return UTF-8 bytes starting with the byte-order mark
   * @throws StandardsException if the sheets' stage headings differ
   */
  public static byte[] batchCsv(List<ScoreSheet> sheets, ReportOptions options) {
    return SheetWriters.csv(sheets, options, true);
  }

  /**
   * Several sheets as one XLSX workbook: a summary sheet with one row per unit (district, code,
   * name, type, year, total, band, eligibility and why not), then one sheet per unit named by its
   * unit code. Units are listed by district code, then unit code, then year.
   *
   * @param sheets the sheets, not null
   * @param options language and the decimals of the totals, not null
   * @return the workbook's bytes
   * @throws StandardsException if the workbook cannot be written (not expected in memory)
   */
  public static byte[] batchXlsx(List<ScoreSheet> sheets, ReportOptions options) {
    return SheetWriters.xlsx(sheets, options);
  }
}
