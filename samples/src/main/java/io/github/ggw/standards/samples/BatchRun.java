package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.batch.AssessmentStream;
import io.github.ggw.standards.json.batch.BatchScoring;
import io.github.ggw.standards.json.batch.SourcedResult;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.batch.BatchSummary;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code score --batch}: streams a JSON array or newline-delimited JSON of assessments, scores
 * them one at a time (optionally on several threads, output in input order), prints one line
 * (text) or one array element (JSON) per input, a progress bar on standard error, and a district
 * summary at the end. Memory stays constant whatever the batch size.
 */
final class BatchRun {
  private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

  private final StandardsJson json;
  private final Standard standard;
  private final Words words;
  private final boolean jsonFormat;
  private final boolean progress;
  private final PrintWriter out;
  private final PrintWriter err;
  private BatchSummary summary = BatchSummary.EMPTY;
  private boolean first = true;

  BatchRun(StandardsJson json, Standard standard, Words words, boolean jsonFormat,
      boolean progress, PrintWriter out, PrintWriter err) {
    this.json = json;
    this.standard = standard;
    this.words = words;
    this.jsonFormat = jsonFormat;
    this.progress = progress;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the batch.
   *
   * @param source a file, or {@code -} for the run's standard input
   * @param threads scoring threads
   * @param env the run's environment
   * @return the exit code (1 when any input was refused)
   * @throws IOException if the file cannot be read
   */
  int run(String source, int threads, Environment env) throws IOException {
    boolean stdin = "-".equals(source);
    long size = stdin ? -1 : Files.size(Path.of(source));
    InputStream raw = stdin ? env.claimStdin().orElseGet(InputStream::nullInputStream)
        : Files.newInputStream(Path.of(source));
    try (Counting in = new Counting(raw)) {
      AssessmentStream stream = AssessmentStream.open(json, stdin ? InputResolver.STDIN
          : Path.of(source).getFileName().toString(), in);
      long start = System.nanoTime();
      long[] lastShown = {start};
      if (jsonFormat) {
        out.print("[");
      }
      BatchScoring scoring = BatchScoring.of(json, Scorer.create(), standard);
      // one line per unit shows no warnings: spare reading each element again to place them
      scoring = jsonFormat ? scoring : scoring.withoutLocatingWarnings();
      long count = scoring.run(stream, threads, r -> {
        emit(r);
        long now = System.nanoTime();
        if (progress && now - lastShown[0] > PROGRESS_EVERY_NANOS) {
          lastShown[0] = now;
          showProgress(summary.scored() + summary.refused(), now - start, in.count, size);
        }
      });
      if (jsonFormat) {
        out.println(first ? "]" : "\n]");
      }
      if (progress) {
        showProgress(count, System.nanoTime() - start, in.count, size);
        err.println();
      }
    }
    printSummary(jsonFormat ? err : out);
    out.flush();
    err.flush();
    return summary.refused() > 0 ? StandardsCommand.INVALID_INPUT : StandardsCommand.OK;
  }

  private void emit(SourcedResult r) {
    ScoreReport report = r.report();
    summary = report == null ? summary.plusRefused() : summary.plus(report);
    if (jsonFormat) {
      out.print(first ? "\n" : ",\n");
      out.print(json.writeResultLine(r));
      first = false;
    } else if (report == null) {
      r.problems().forEach(p -> out.println(words.problem(r.source(), p)));
    } else {
      out.println(words.get("batch.line", words.source(r.source()), report.unit().id(), report.unit().name(),
          TextReport.rounded(report, standard), Labels.of(report.rating()),
          words.get(report.eligibility().eligible() ? "yes" : "no")));
    }
  }

  private void showProgress(long count, long nanos, long bytesRead, long size) {
    double seconds = Math.max(1e-9, nanos / 1e9);
    long rate = Math.round(count / seconds);
    String left = "-";
    if (size > 0 && bytesRead > 0) {
      long remaining = Math.round(seconds * (size - bytesRead) / (double) bytesRead);
      Duration d = Duration.ofSeconds(Math.max(0, remaining));
      left = String.format(java.util.Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
    err.print("\r" + words.get("batch.progress", count, rate, left) + "   ");
    err.flush();
  }

  private void printSummary(PrintWriter w) {
    long total = summary.scored() + summary.refused();
    w.println(words.get("batch.summary", total, summary.scored(), summary.refused(),
        summary.eligible()));
    for (Rating r : Rating.values()) {
      long n = summary.ratings().count(r);
      w.println(words.get("batch.rating", Labels.of(r), n, percent(n, summary.scored())));
    }
    summary.districts().forEach(t -> w.println(words.get("batch.district", t.district(),
        t.count(), t.mean().setScale(1, RoundingMode.HALF_UP).toPlainString())));
  }

  private static String percent(long n, long of) {
    return of == 0 ? "0" : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(of), 1,
        RoundingMode.HALF_UP).toPlainString();
  }

  /** Counts the bytes read, for the time left. */
  private static final class Counting extends FilterInputStream {
    private volatile long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
