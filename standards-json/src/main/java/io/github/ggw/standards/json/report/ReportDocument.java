package io.github.ggw.standards.json.report;

import io.github.ggw.standards.rules.scoring.ScoreReport;

/**
 * The JSON shape of a score report: the header and the report.
 *
 * @param kind always {@code "score-report"}
 * @param formatVersion the format version, 1
 * @param report the report
 */
public record ReportDocument(String kind, int formatVersion, ScoreReport report) {
  public static final String KIND = "score-report";
}
