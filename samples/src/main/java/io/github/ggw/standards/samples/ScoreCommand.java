package io.github.ggw.standards.samples;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.batch.BatchItem;
import io.github.ggw.standards.json.batch.BatchScoring;
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
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code standards score [PATH...]}: scores self-assessments given as files, folders or {@code -}
 * (see {@link InputResolver}). With no PATH, scores the bundled valid samples against the
 * bundled Changzhou standard. With {@code --output DIR}, writes one file per scored unit (and,
 * for the report formats, one for the batch) instead of printing the reports; standard output
 * then keeps the summary.
 */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "inputs")
  List<Path> files = new ArrayList<>();

  @Option(names = "--standard", paramLabel = "FILE")
  Path standardFile;

  @Option(names = "--profile", paramLabel = "PROFILE")
  Path profileFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  Format format;

  @picocli.CommandLine.Mixin Language language;

  @Option(names = "--output", paramLabel = "DIR")
  Path output;

  @ArgGroup(exclusive = true)
  Strictness strictness;

  @Option(names = "--batch", paramLabel = "FILE")
  String batch;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N")
  int threads;

  @Option(names = "--progress", negatable = true)
  Boolean progress;

  /** {@code --strict} (the default) or {@code --lenient}. */
  static final class Strictness {
    @Option(names = "--strict")
    boolean strict;

    @Option(names = "--lenient")
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
    Environment env = Environment.of(spec);
    Words words = language.words();
    ReadMode mode = ScoreCommand.Strictness.modeOf(strictness);
    StandardsJson json = ScoreWarmUp.json(mode);
    // standard output keeps the JSON document when there is one, else the summary
    PrintWriter human = format == Format.json && output == null ? err : out;
    PrintWriter problems = output == null ? human : err;
    if (format.filesOnly() && output == null) {
      throw new UsageException(spec, words, "error.formatNeedsOutput", format);
    }
    if (threads < 1 || threads > 64) {
      throw new UsageException(spec, words, "error.threads", threads);
    }
    OutputFiles.requireFolder(output);
    if (batch != null) {
      if (!files.isEmpty()) {
        throw new UsageException(spec, words, "error.batchOneFile");
      }
      if (format != Format.text && format != Format.json) {
        throw new UsageException(spec, words, "error.batchFormat", format);
      }
      if (output != null) {
        throw new UsageException(spec, words, "error.batchOutput");
      }
      if (!"-".equals(batch) && Files.isDirectory(Path.of(batch))) {
        err.println(words.get("batch.folder", batch));
        return StandardsCommand.INVALID_INPUT;
      }
    }

    Standard standard;
    if (standardFile == null) {
      standard = ReferenceData.changzhouStandard();
    } else {
      StandardFiles.Read read = new StandardFiles(mode, words, env).readWithSource(
          standardFile, java.util.Optional.ofNullable(profileFile));
      Result<Standard> s = read.result();
      if (!s.isValid()) {
        printProblems(problems, words, read.source().toString(), s.problems());
        return StandardsCommand.INVALID_INPUT;
      }
      standard = s.orElseThrow();
    }
    if (batch != null) {
      boolean show = progress != null ? progress : System.console() != null;
      return new BatchRun(json, standard, words, format == Format.json, show, out, err)
          .run(batch, threads, env);
    }
    BatchScoring scoring = BatchScoring.of(json, Scorer.create(), standard);
    InputResolver resolver = new InputResolver(words, EnumSet.of(InputKind.JSON, InputKind.XLSX),
        true, json.getLimits().maxDocumentBytes(), env);
    List<Input> inputs = new ArrayList<>();
    if (files.isEmpty()) {
      for (String name : ReferenceData.sampleNames()) {
        inputs.add(resolver.bundled("samples/" + name, ReferenceData.sample(name)));
      }
    } else {
      inputs.addAll(resolver.resolve(files));
    }
    List<SourcedResult> results = new ArrayList<>();
    for (Input in : inputs) {
      Input read = resolver.load(in);
      results.add(read.isRefused() ? new SourcedResult(read.name(), null, read.problems())
          : read.kind() == InputKind.XLSX
              ? AssessmentInputs.scoreWorkbook(read.name(), read.bytes(), standard, mode)
              : score(json, scoring, read.name(), read.bytes()));
    }
    warnTwice(err, words, results);
    int refused = 0;
    for (SourcedResult r : results) {
      if (r.report() == null) {
        refused++;
        printProblems(problems, words, r.source(), r.problems());
      } else if (format == Format.text && output == null) {
        out.println(TextReport.render(r.report(), standard, words));
      }
    }
    if (format == Format.json && output == null) {
      out.println(json.writeResults(results));
    }
    printQuotas(human, words, standard, results);
    human.println(words.get("scored", results.size() - refused, refused));
    if (output != null) {
      OutputFiles written = new OutputFiles(words, err);
      if (format.filesOnly()) {
        ReportFiles.write(format, output, standard, words, results, written);
      } else {
        writeFiles(json, standard, words, results, written);
      }
      human.println(words.get("written", written.count(), output));
    }
    return refused > 0 ? StandardsCommand.INVALID_INPUT : StandardsCommand.OK;
  }

  /**
   * One unit and year, one file, as {@code score} applies it: a unit and year scored from two
   * inputs is a warning naming both (standard error); both are scored, and written under
   * distinct names ({@link OutputFiles}); the exit code is unchanged.
   */
  private static void warnTwice(PrintWriter err, Words words, List<SourcedResult> results) {
    java.util.Map<String, String> first = new java.util.HashMap<>();
    for (SourcedResult r : results) {
      if (r.report() != null) {
        String unit = r.report().unit().id().value();
        String year = String.valueOf(r.report().year());
        String earlier = first.putIfAbsent(unit + "\u0000" + year, r.source());
        if (earlier != null) {
          err.println(words.get("duplicate.score", unit, year, earlier, r.source()));
        }
      }
    }
  }

  /**
   * The batch step of a standard with rating quotas: the band each scored unit keeps
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

  private static SourcedResult score(StandardsJson json, BatchScoring scoring, String source,
      byte[] bytes) {
    return scoring.scoreOne(new BatchItem(0, source, json.readAssessment(bytes), bytes));
  }

  static void printProblems(PrintWriter w, Words words, String source,
      List<Problem> problems) {
    for (Problem p : problems) {
      w.println(words.problem(source, p));
    }
  }

  /** One file per scored unit, {@code UNIT-YEAR.json} or {@code .txt}. */
  private void writeFiles(StandardsJson json, Standard standard, Words words,
      List<SourcedResult> results, OutputFiles written) throws IOException {
    for (SourcedResult r : results) {
      if (r.report() != null) {
        String base = r.report().unit().id() + "-" + r.report().year();
        String body = format == Format.json ? json.writeReport(r.report())
            : TextReport.render(r.report(), standard, words);
        written.write(output.resolve(base + (format == Format.json ? ".json" : ".txt")),
            body.getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
