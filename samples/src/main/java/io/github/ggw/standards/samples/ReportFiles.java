package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.batch.SourcedResult;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.report.HtmlReports;
import io.github.ggw.standards.report.ReportOptions;
import io.github.ggw.standards.report.ScoreSheet;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the reports of {@code --format html|xlsx|csv} (standards-report) into an output
 * directory through the run's {@link OutputFiles}: one file per scored unit, named {@code
 * UNIT-YEAR.EXT}, and one for the whole batch, {@code batch.EXT} (the district page, or the
 * workbook / table of all units).
 */
final class ReportFiles {
  /** The base name of the batch file. */
  static final String BATCH = "batch";

  private ReportFiles() {}

  /**
   * Writes the files.
   *
   * @param format html, xlsx or csv
   * @param written the run's writer, which counts the files
   */
  static void write(Format format, Path dir, Standard standard, Words words,
      List<SourcedResult> results, OutputFiles written) throws IOException {
    ReportOptions options = ReportOptions.of(words.locale(), standard);
    List<ScoreReport> reports = results.stream().map(SourcedResult::report)
        .filter(Objects::nonNull).toList();
    String ext = "." + format.name();
    for (ScoreReport r : reports) {
      written.write(dir.resolve(r.unit().id() + "-" + r.year() + ext), switch (format) {
        case html -> HtmlReports.unitReport(r, options).getBytes(StandardCharsets.UTF_8);
        case xlsx -> ScoreSheet.of(r).toXlsx(options);
        default -> ScoreSheet.of(r).toCsv(options);
      });
    }
    List<ScoreSheet> sheets = reports.stream().map(ScoreSheet::of).toList();
    written.write(dir.resolve(BATCH + ext), switch (format) {
      case html -> HtmlReports.districtReport(reports, options).getBytes(StandardCharsets.UTF_8);
      case xlsx -> ScoreSheet.batchXlsx(sheets, options);
      default -> ScoreSheet.batchCsv(sheets, options);
    });
  }
}
