package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.batch.BatchItem;
import io.github.ggw.standards.json.batch.BatchScoring;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.batch.SourcedResult;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.rules.quota.BatchRating;
import io.github.ggw.standards.rules.quota.QuotaStep;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code standards score [FILE...]}: scores self-assessments. With no file, scores the bundled
 * valid samples against the bundled Changzhou standard.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score self-assessments (自查自评) against a standard; with no FILE, the bundled samples.")
final class ScoreCommand implements Callable<Integer> {

  /**
   * Output formats this command supports; csv, html and xlsx (issue 9, standards-report) write
   * files and need {@code --output DIR}.
   */
  enum Format {
    text, json, csv, html, xlsx;

    /** Whether the format writes files only (into {@code --output DIR}). */
    boolean filesOnly() {
      return this == csv || this == html || this == xlsx;
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Self-assessment JSON files (kind \"self-assessment\").")
  List<Path> files = new ArrayList<>();

  @Option(names = "--standard", paramLabel = "FILE",
      description = "Score against this standard (JSON or CSV) instead of the bundled Changzhou one.")
  Path standardFile;

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "Tailor the standard with this profile (JSON, kind \"profile\") first.")
  Path profileFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @picocli.CommandLine.Mixin Language language;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Also write one report file per scored unit into DIR (with --format "
          + "csv, html or xlsx: required, plus one batch file).")
  Path output;

  @ArgGroup(exclusive = true)
  Strictness strictness;

  @Option(names = "--batch", paramLabel = "FILE",
      description = "Stream a JSON array or newline-delimited JSON of assessments from FILE "
          + "(- for standard input), one line per unit and a district summary.")
  String batch;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
      description = "Scoring threads for --batch, 1 to 64; output keeps input order "
          + "(default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error for --batch (default: when "
          + "standard error is a terminal).")
  Boolean progress;

  /** {@code --strict} (the default) or {@code --lenient}. */
  static final class Strictness {
    @Option(names = "--strict", description = "Unknown members are errors (default).")
    boolean strict;

    @Option(names = "--lenient", description = "Unknown members are warnings.")
    boolean lenient;

    /** The read mode the options give; strict when neither is given ({@code group} null). */
    static ReadMode modeOf(Strictness group) {
      return group != null && group.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Words words = language.words();
    ReadMode mode = ScoreCommand.Strictness.modeOf(strictness);
    StandardsJson json = StandardsJson.create(ReadLimits.DEFAULT, mode);
    PrintWriter human = format == Format.json ? err : out;
    if (format.filesOnly() && output == null) {
      throw new ParameterException(spec.commandLine(),
          "--format " + format + " writes files: give --output DIR");
    }

    Standard standard;
    if (standardFile == null) {
      standard = ReferenceData.changzhouStandard();
    } else {
      Result<Standard> s = new StandardFiles(mode).read(standardFile,
          java.util.Optional.ofNullable(profileFile));
      if (!s.isValid()) {
        printProblems(human, words, standardFile.toString(), s.problems());
        return StandardsCommand.INVALID_INPUT;
      }
      standard = s.orElseThrow();
    }
    if (threads < 1 || threads > 64) {
      err.println("--threads must be 1 to 64: " + threads + " / 线程数须为 1 至 64");
      return StandardsCommand.USAGE;
    }
    if (batch != null) {
      if (!files.isEmpty()) {
        err.println("--batch reads its one FILE; give no other FILE / --batch 只读取一个文件");
        return StandardsCommand.USAGE;
      }
      if (!"-".equals(batch) && Files.isDirectory(Path.of(batch))) {
        err.println("cannot read " + batch + ": a folder, not a file / 无法读取 " + batch
            + "：这是文件夹");
        return StandardsCommand.INVALID_INPUT;
      }
      if (format != Format.text && format != Format.json) {
        err.println("--batch writes text or json; score files for " + format
            + " / 批量评分只输出 text 或 json");
        return StandardsCommand.USAGE;
      }
      boolean show = progress != null ? progress : System.console() != null;
      return new BatchRun(json, standard, words, format == Format.json, show, out, err)
          .run(batch, threads);
    }
    BatchScoring scoring = BatchScoring.of(json, Scorer.create(), standard);
    List<SourcedResult> results = new ArrayList<>();
    if (files.isEmpty()) {
      for (String name : ReferenceData.sampleNames()) {
        results.add(score(json, scoring, "samples/" + name, ReferenceData.sample(name)));
      }
    } else {
      for (Path f : files) {
        byte[] bytes = readBytes(f, json);
        results.add(bytes == null ? unreadable(json, f)
            : score(json, scoring, f.toString(), bytes));
      }
    }
    int refused = 0;
    for (SourcedResult r : results) {
      if (r.report() == null) {
        refused++;
        printProblems(human, words, r.source(), r.problems());
      } else if (format == Format.text) {
        out.println(TextReport.render(r.report(), standard, words));
      }
    }
    if (format == Format.json) {
      out.println(json.writeResults(results));
    }
    printQuotas(human, words, standard, results);
    human.println(words.get("scored", results.size() - refused, refused));
    if (output != null && format.filesOnly()) {
      human.println(words.get("written", ReportFiles.write(format, output, standard, words,
          results), output));
    } else if (output != null) {
      writeFiles(json, standard, words, results);
    }
    return refused > 0 ? StandardsCommand.INVALID_INPUT : StandardsCommand.OK;
  }

  /**
   * The batch step of a standard with rating quotas (issue 3): the band each scored unit keeps
   * after the quotas of this run, with the reason when a quota moved it or kept it on a tie.
   */
  private static void printQuotas(PrintWriter w, Words words, Standard standard,
      List<SourcedResult> results) {
    List<ScoreReport> reports = results.stream().map(SourcedResult::report)
        .filter(java.util.Objects::nonNull).toList();
    if (standard.getQuotas().isEmpty() || reports.isEmpty()) {
      return;
    }
    w.println(words.get("quota.header", reports.size()));
    TextTable t = new TextTable(List.of(words.get("col.unit"), words.get("col.total"),
        words.get("col.provisional"), words.get("col.decided"), words.get("col.note")),
        false, true, false, false, false);
    for (BatchRating b : QuotaStep.apply(standard, reports)) {
      t.add(List.of(b.unit().toString(), b.roundedTotal().toString(),
          words.text(Labels.of(b.provisional())), words.text(Labels.of(b.decided())),
          b.note().map(words::text).orElse("")));
    }
    w.print(t.render());
  }

  /** The bytes of a file, or null when unreadable (reported as a problem by the caller). */
  private static byte[] readBytes(Path f, StandardsJson json) {
    try {
      if (!Files.isRegularFile(f) || Files.size(f) > json.getLimits().maxDocumentBytes()) {
        return null;
      }
      return Files.readAllBytes(f);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** Why a file could not be read: the reader's own problem (size limit, missing file…). */
  private static SourcedResult unreadable(StandardsJson json, Path f) {
    return new SourcedResult(f.toString(), null, json.readAssessment(f).problems());
  }

  private static SourcedResult score(StandardsJson json, BatchScoring scoring, String source,
      byte[] bytes) {
    return scoring.scoreOne(new BatchItem(0, source, json.readAssessment(bytes), bytes));
  }

  static void printProblems(PrintWriter w, Words words, String source,
      List<Problem> problems) {
    for (Problem p : problems) {
      w.println(words.get("problem", source, p.getSeverity(), p.getCode(), p.getLocation(),
          p.getMessage(words.locale())));
    }
  }

  private void writeFiles(StandardsJson json, Standard standard, Words words,
      List<SourcedResult> results) throws IOException {
    Files.createDirectories(output);
    for (SourcedResult r : results) {
      if (r.report() != null) {
        String base = r.report().unit().id() + "-" + r.report().year();
        String body = format == Format.json ? json.writeReport(r.report())
            : TextReport.render(r.report(), standard, words);
        Files.writeString(output.resolve(base + (format == Format.json ? ".json" : ".txt")), body,
            StandardCharsets.UTF_8);
      }
    }
  }
}
