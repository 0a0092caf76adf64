package io.github.ggw.standards.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PathBenchmark}, {@link WorkbookPathBenchmark} and {@link BatchBenchmark}, then the
 * {@link ColdStart cold starts}, and prints every ratio the project's performance goals are
 * stated in, each with its 95% confidence interval (see {@link Ratio} for how it is computed from
 * the per-fork, per-iteration samples), its goal and whether the goal is met, all from this one
 * run.
 *
 * <p>Defaults, unless JMH options are given: 3 forks; 5 warm-up iterations of 2 s; 5 measured
 * iterations of 2 s; the {@code gc} profiler (allocation per operation). The warm-up is sized
 * from what was seen, not proven sufficient: on the project's two-core machine (2026-12-03, one
 * or two forks of twelve 1 s warm-up iterations) score only kept getting faster for about eight
 * seconds (at 60 criteria from about 44 µs per operation in the fourth second to about 30 from
 * the eighth on; at 240 criteria from 127–140 in the second to fourth seconds to 102–112 from the
 * ninth), while parse only's iterations varied by about ±15% around a level reached within about
 * four seconds. The three warm-up iterations of 1 s used before therefore measured score only
 * while it was still getting faster (the JIT compiler finishing its work is the likely cause; it
 * was not checked), which raised its ratios to parse only. JMH options given on the command line
 * replace these (for example {@code -f 1 -wi 1 -i 2} for a quick look, or a benchmark pattern); options
 * that ask for information ({@code -h}, {@code -l}, {@code -lp}…) answer without a run.
 *
 * <p>Goals (ratios from one run; absolute times on shared machines are noise): for the bundled
 * sample, whole path ≤ 3.0 × parse only, score only ≤ 0.3 × parse only and whole-path
 * allocation ≤ 3 × that of parse only; at 60 and 240 criteria score only ≤ 0.6 × parse only;
 * linear growth, score only t(60)/t(15) and t(240)/t(60) each between 3.2 and 4.8; cold start
 * through the launcher, {@code score FILE} ≤ 2 × {@code --help} (medians of 7 runs). Batch
 * throughput on 2 threads ÷ 1 thread has no goal and is printed for information, as are the
 * cold starts through plain {@code java -jar} and the workbook reader's ratios against POI's own
 * parse of the workbook (whole path, read, and whole-path allocation, each ÷ POI's parse; the
 * issue sets no goal for the workbook reader).
 *
 * <p>The cold start looks for {@code samples/target/standards} (the launcher) and {@code
 * samples/target/standards.jar} below the directory named by the system property {@code
 * bench.root} (default: the working directory, the repository root in the README's command).
 */
public final class RatioRunner {
  private static final String ALLOC = "gc.alloc.rate.norm";
  /** The prefix of the workbook path's stages in the map of results. */
  private static final String WORKBOOK = "workbook ";
  private static final String[] SHEETS = {"changzhou", "synthetic-15", "synthetic-60",
      "synthetic-240"};

  private RatioRunner() {}

  /**
   * Runs the benchmarks and prints the ratios.
   *
   * @param args JMH command-line options; none for the defaults above
   * @throws Exception if the options cannot be parsed, JMH fails or a cold-start run fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cmd = args.length > 0 ? new CommandLineOptions(args) : null;
    if (cmd != null && answeredWithoutRunning(cmd)) {
      return;
    }
    ChainedOptionsBuilder opts = new OptionsBuilder();
    if (cmd != null) {
      opts.parent(cmd);
      if (cmd.getIncludes().isEmpty()) {
        opts.include(PathBenchmark.class.getSimpleName())
            .include(WorkbookPathBenchmark.class.getSimpleName())
            .include(BatchBenchmark.class.getSimpleName());
      }
    } else {
      opts.include(PathBenchmark.class.getSimpleName())
          .include(WorkbookPathBenchmark.class.getSimpleName())
          .include(BatchBenchmark.class.getSimpleName()).forks(3)
          .warmupIterations(5).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
          .measurementTime(TimeValue.seconds(2)).addProfiler("gc");
    }
    Collection<RunResult> results = new Runner(opts.build()).run();
    Map<String, RunResult> byKey = new HashMap<>();
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      String param = p.getParamsKeys().contains("sheet") ? p.getParam("sheet")
          : "threads-" + p.getParam("threads");
      // the workbook path's stages are keyed apart: its e_wholePath is not the JSON path's
      String prefix = p.getBenchmark().startsWith(WorkbookPathBenchmark.class.getName() + ".")
          ? WORKBOOK : "";
      byKey.put(param + " " + prefix + p.getBenchmark().replaceAll(".*\\.", ""), r);
    }
    printPaths(byKey);
    printBatch(byKey);
    printColdStart(Path.of(System.getProperty("bench.root", ".")));
  }

  private static void printPaths(Map<String, RunResult> byKey) {
    System.out.println();
    System.out.println("Stages (mean ± 99.9% error, microseconds per operation; allocation in KB"
        + " per operation)");
    for (String sheet : SHEETS) {
      stageLine(byKey, sheet, "", new String[] {"a_parseOnly", "b_bind",
          "c_bindValidateCheck", "d_scoreOnly", "e_wholePath", "f_reportFloor"});
    }
    for (String sheet : SHEETS) {
      stageLine(byKey, sheet, WORKBOOK, new String[] {"a_poiParse", "c_readValidateCheck",
          "e_wholePath"});
    }
    System.out.println();
    System.out.println("Ratios (point estimate [95% interval], hierarchical bootstrap over forks"
        + " and iterations)");
    ratio(byKey, "changzhou whole ÷ parse", "changzhou e_wholePath", "changzhou a_parseOnly",
        RatioRunner::times, 3.0);
    ratio(byKey, "changzhou score ÷ parse", "changzhou d_scoreOnly", "changzhou a_parseOnly",
        RatioRunner::times, 0.3);
    ratio(byKey, "changzhou allocation whole ÷ parse", "changzhou e_wholePath",
        "changzhou a_parseOnly", RatioRunner::allocations, 3.0);
    ratio(byKey, "changzhou report floor ÷ parse", "changzhou f_reportFloor",
        "changzhou a_parseOnly", RatioRunner::times, Double.NaN);
    for (String sheet : new String[] {"synthetic-15", "synthetic-60", "synthetic-240"}) {
      double goal = "synthetic-15".equals(sheet) ? Double.NaN : 0.6;
      ratio(byKey, sheet + " score ÷ parse", sheet + " d_scoreOnly", sheet + " a_parseOnly",
          RatioRunner::times, goal);
      ratio(byKey, sheet + " whole ÷ parse", sheet + " e_wholePath", sheet + " a_parseOnly",
          RatioRunner::times, Double.NaN);
      ratio(byKey, sheet + " report floor ÷ parse", sheet + " f_reportFloor",
          sheet + " a_parseOnly", RatioRunner::times, Double.NaN);
      ratio(byKey, sheet + " allocation whole ÷ parse", sheet + " e_wholePath",
          sheet + " a_parseOnly", RatioRunner::allocations, Double.NaN);
    }
    growth(byKey, "score t(60) ÷ t(15)", "synthetic-60 d_scoreOnly", "synthetic-15 d_scoreOnly");
    growth(byKey, "score t(240) ÷ t(60)", "synthetic-240 d_scoreOnly",
        "synthetic-60 d_scoreOnly");
    printWorkbookRatios(byKey);
  }

  /**
   * The workbook reader's ratios against POI's own parse of the workbook (its floor), per sheet
   * measured: whole path, read (with validation and checks: the reader has no stage without
   * them) and whole-path allocation; no goal.
   */
  private static void printWorkbookRatios(Map<String, RunResult> byKey) {
    boolean any = false;
    for (String sheet : SHEETS) {
      String w = sheet + " " + WORKBOOK;
      if (byKey.containsKey(w + "a_poiParse")) {
        any = true;
        ratio(byKey, "xlsx " + sheet + " whole ÷ POI parse", w + "e_wholePath", w + "a_poiParse",
            RatioRunner::times, Double.NaN);
        ratio(byKey, "xlsx " + sheet + " read ÷ POI parse", w + "c_readValidateCheck",
            w + "a_poiParse", RatioRunner::times, Double.NaN);
        ratio(byKey, "xlsx " + sheet + " allocation whole ÷ POI parse", w + "e_wholePath",
            w + "a_poiParse", RatioRunner::allocations, Double.NaN);
      }
    }
    if (!any) {
      System.out.println("workbook reader (XLSX self-assessments): not measured in this run"
          + " (include WorkbookPathBenchmark)");
    }
  }

  /**
   * One line of the stage table: a sheet's stages of one path, those measured; none when none
   * was. The JSON path's lines keep their 14-character head, the workbook path's ({@code xlsx
   * <sheet>}) take 19.
   */
  private static void stageLine(Map<String, RunResult> byKey, String sheet, String path,
      String[] stages) {
    String head = path.isEmpty() ? String.format(Locale.ROOT, "%-14s", sheet)
        : String.format(Locale.ROOT, "%-19s", "xlsx " + sheet);
    StringBuilder line = new StringBuilder(head);
    for (String stage : stages) {
      RunResult r = byKey.get(sheet + " " + path + stage);
      if (r != null) {
        Result<?> p = r.getPrimaryResult();
        Result<?> alloc = r.getSecondaryResults().get(ALLOC);
        line.append(String.format(Locale.ROOT, "  %s %.1f ± %.1f", stage.substring(0, 1),
            p.getScore(), p.getScoreError()));
        if (alloc != null) {
          line.append(String.format(Locale.ROOT, " (%.1f KB)", alloc.getScore() / 1024));
        }
      }
    }
    if (line.length() > head.length()) {
      System.out.println(line);
    }
  }

  private static void printBatch(Map<String, RunResult> byKey) {
    RunResult one = byKey.get("threads-1 batch");
    RunResult two = byKey.get("threads-2 batch");
    if (one == null || two == null) {
      return;
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "batch, assessments per second (mean ± 99.9%% error): 1 thread"
        + " %.0f ± %.0f, 2 threads %.0f ± %.0f%n", one.getPrimaryResult().getScore(),
        one.getPrimaryResult().getScoreError(), two.getPrimaryResult().getScore(),
        two.getPrimaryResult().getScoreError());
    Ratio r = Ratio.ofMeans(times(two), times(one));
    System.out.printf(Locale.ROOT, "%-40s %s  (no goal stated)%n",
        "batch throughput 2 threads ÷ 1 thread", r);
  }

  private static void printColdStart(Path root) throws Exception {
    System.out.println();
    Path launcher = root.resolve("samples/target/standards");
    Path jar = root.resolve("samples/target/standards.jar");
    if (!Files.isRegularFile(jar)) {
      System.out.println("cold start: not measured — " + jar + " is missing (build samples"
          + " first, or set -Dbench.root to the repository root)");
      return;
    }
    ColdStart.Times plain = ColdStart.measure(List.of(ColdStart.java(), "-jar", jar.toString()));
    ColdStart.Times fast = Files.isRegularFile(launcher)
        ? ColdStart.measure(List.of("sh", launcher.toString())) : null;
    System.out.println("cold start, wall milliseconds, median of " + ColdStart.RUNS
        + " runs each (interleaved)");
    if (fast != null) {
      coldLine("launcher samples/target/standards", fast, 2.0);
    } else {
      System.out.println("launcher: not measured — " + launcher + " is missing or failed");
    }
    if (plain != null) {
      coldLine("java -jar samples/target/standards.jar", plain, Double.NaN);
    }
    if (fast != null && plain != null) {
      System.out.printf(Locale.ROOT, "%-40s %s  (no goal stated)%n",
          "score: launcher ÷ java -jar", Ratio.ofMedians(fast.score(), plain.score()));
    }
  }

  private static void coldLine(String what, ColdStart.Times t, double goal) {
    System.out.printf(Locale.ROOT, "%s: --help %.0f ms, score FILE %.0f ms%n", what,
        median(t.help()), median(t.score()));
    Ratio r = Ratio.ofMedians(t.score(), t.help());
    System.out.printf(Locale.ROOT, "%-40s %s  %s%n", "  score FILE ÷ --help", r,
        Double.isNaN(goal) ? "(no goal for this way of starting)"
            : "goal ≤ " + goal + ": " + r.against(goal));
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static void ratio(Map<String, RunResult> byKey, String label, String numerator,
      String denominator, Function<RunResult, List<double[]>> samples, double goal) {
    RunResult n = byKey.get(numerator);
    RunResult d = byKey.get(denominator);
    if (n == null || d == null) {
      return;
    }
    List<double[]> ns = samples.apply(n);
    List<double[]> ds = samples.apply(d);
    if (ns.isEmpty() || ds.isEmpty()) {
      System.out.printf(Locale.ROOT, "%-40s not measured (run with -prof gc)%n", label);
      return;
    }
    Ratio r = Ratio.ofMeans(ns, ds);
    System.out.printf(Locale.ROOT, "%-40s %s  %s%n", label, r,
        Double.isNaN(goal) ? "(no goal)" : "goal ≤ " + goal + ": " + r.against(goal));
  }

  private static void growth(Map<String, RunResult> byKey, String label, String numerator,
      String denominator) {
    RunResult n = byKey.get(numerator);
    RunResult d = byKey.get(denominator);
    if (n == null || d == null) {
      return;
    }
    Ratio r = Ratio.ofMeans(times(n), times(d));
    System.out.printf(Locale.ROOT, "%-40s %s  goal 3.2–4.8: %s%n", label, r,
        r.against(3.2, 4.8));
  }

  /** The primary score of each measured iteration, one array per fork. */
  private static List<double[]> times(RunResult r) {
    return perFork(r, it -> it.getPrimaryResult());
  }

  /** The allocation per operation of each measured iteration, one array per fork. */
  private static List<double[]> allocations(RunResult r) {
    return perFork(r, it -> it.getSecondaryResults().get(ALLOC));
  }

  private static List<double[]> perFork(RunResult r,
      Function<IterationResult, Result<?>> metric) {
    List<double[]> forks = new ArrayList<>();
    for (BenchmarkResult fork : r.getBenchmarkResults()) {
      List<Double> xs = new ArrayList<>();
      for (IterationResult it : fork.getIterationResults()) {
        Result<?> m = metric.apply(it);
        if (m != null) {
          xs.add(m.getScore());
        }
      }
      if (!xs.isEmpty()) {
        forks.add(xs.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    return forks;
  }

  /**
   * Answers the JMH options that ask for information rather than a run ({@code -h}, {@code -l},
   * {@code -lp}, {@code -lrf}, {@code -lprof}), as JMH's own main class does.
   */
  private static boolean answeredWithoutRunning(CommandLineOptions cmd) throws Exception {
    ChainedOptionsBuilder b = new OptionsBuilder().parent(cmd);
    if (cmd.getIncludes().isEmpty()) {
      b.include(PathBenchmark.class.getSimpleName())
          .include(WorkbookPathBenchmark.class.getSimpleName())
          .include(BatchBenchmark.class.getSimpleName());
    }
    Runner runner = new Runner(b.build());
    if (cmd.shouldHelp()) {
      cmd.showHelp();
    } else if (cmd.shouldList()) {
      runner.list();
    } else if (cmd.shouldListWithParams()) {
      runner.listWithParams(cmd);
    } else if (cmd.shouldListProfilers()) {
      cmd.listProfilers();
    } else if (cmd.shouldListResultFormats()) {
      cmd.listResultFormats();
    } else {
      return false;
    }
    return true;
  }
}
