package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.report.HtmlReports;
import io.github.ggw.standards.report.ReportOptions;
import io.github.ggw.standards.report.ScoreSheet;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A small program of an embedder that uses the JSON and report modules and nothing of the
 * command line: it reads the first bundled sample self-assessment, scores it against the bundled
 * standard and writes an HTML report ({@code unit.html}) and an XLSX score sheet ({@code
 * unit.xlsx}) into the folder given as the first argument. {@link QuietByDefaultTest} runs it in
 * a JVM of its own.
 */
public final class LibraryProgram {
  /**
   * Held while the program runs: java.util.logging keeps loggers weakly, and an embedder that
   * configures a level in code holds its logger.
   */
  private static Logger validatorLog;

  private LibraryProgram() {}

  /**
   * Runs the program.
   *
   * @param args the output folder; then, optionally, {@code validator-info}: raise Hibernate
   *     Validator's logger to INFO in code first, as an embedder that wants its messages would
   * @throws Exception on any failure (the test reads the exit code and standard error)
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[1].equals("validator-info")) {
      validatorLog = Logger.getLogger("org.hibernate.validator");
      validatorLog.setLevel(Level.INFO);
    }
    Path out = Path.of(args[0]);
    StandardsJson json = StandardsJson.create();
    Scorer scorer = Scorer.create();
    var standard = ReferenceData.changzhouStandard();
    var assessment = json.readAssessment(ReferenceData.sample(ReferenceData.sampleNames().get(0)))
        .orElseThrow();
    var report = scorer.score(standard, assessment).orElseThrow();
    ReportOptions options = ReportOptions.of(Locale.SIMPLIFIED_CHINESE, standard);
    Files.writeString(out.resolve("unit.html"), HtmlReports.unitReport(report, options),
        StandardCharsets.UTF_8);
    Files.write(out.resolve("unit.xlsx"), ScoreSheet.of(report).toXlsx(options));
    System.out.println(report.roundedTotal());
  }
}
