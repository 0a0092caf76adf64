package io.github.ggw.standards.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PathBenchmark} with short settings (1 fork, 3 warm-up and 5 measured iterations of
 * one second, the {@code gc} profiler) unless JMH options are given, then prints the ratios the
 * project's goals are stated in: whole path ÷ parse only (goal ≤ 2.0) and score only ÷ parse
 * only (goal ≤ 0.2) for each sheet, and score only by sheet size. Ratios come from one run.
 * Options that ask for information ({@code -h}, {@code -l}, {@code -lp}…) answer without a run.
 */
public final class RatioRunner {
  private RatioRunner() {}

  /**
   * Runs the benchmarks and prints the ratios.
   *
   * @param args JMH command-line options; none for the short defaults
   * @throws RunnerException if JMH fails
   * @throws Exception if the options cannot be parsed
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cmd = args.length > 0 ? new CommandLineOptions(args) : null;
    if (cmd != null && answeredWithoutRunning(cmd)) {
      return;
    }
    Options opts = cmd != null
        ? new OptionsBuilder().parent(cmd).include(PathBenchmark.class.getSimpleName()).build()
        : new OptionsBuilder().include(PathBenchmark.class.getSimpleName()).forks(1)
            .warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
            .measurementTime(TimeValue.seconds(1)).addProfiler("gc").build();
    Collection<RunResult> results = new Runner(opts).run();
    Map<String, Result<?>> byKey = new HashMap<>();
    for (RunResult r : results) {
      String key = r.getParams().getParam("sheet") + " "
          + r.getParams().getBenchmark().replaceAll(".*\\.", "");
      byKey.put(key, r.getPrimaryResult());
    }
    System.out.println();
    System.out.println("Ratios (one run; mean ± 99.9% error in microseconds per operation)");
    for (String sheet : new String[] {"changzhou", "synthetic-15", "synthetic-60",
        "synthetic-240"}) {
      Result<?> a = byKey.get(sheet + " a_parseOnly");
      Result<?> d = byKey.get(sheet + " d_scoreOnly");
      Result<?> e = byKey.get(sheet + " e_wholePath");
      if (a == null || d == null || e == null) {
        continue;
      }
      System.out.printf(Locale.ROOT,
          "%-14s parse %8.2f ± %.2f  score %8.2f ± %.2f  whole %8.2f ± %.2f  "
              + "whole/parse %.2f (goal ≤ 2.0)  score/parse %.2f (goal ≤ 0.2)%n",
          sheet, a.getScore(), a.getScoreError(), d.getScore(), d.getScoreError(),
          e.getScore(), e.getScoreError(), e.getScore() / a.getScore(),
          d.getScore() / a.getScore());
    }
  }

  /**
   * Answers the JMH options that ask for information rather than a run ({@code -h}, {@code -l},
   * {@code -lp}, {@code -lrf}, {@code -lprof}), as JMH's own main class does.
   */
  private static boolean answeredWithoutRunning(CommandLineOptions cmd) throws Exception {
    Runner runner = new Runner(new OptionsBuilder().parent(cmd)
        .include(PathBenchmark.class.getSimpleName()).build());
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
