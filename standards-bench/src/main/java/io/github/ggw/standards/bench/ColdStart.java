package io.github.ggw.standards.bench;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start as whole processes: the wall time of {@code standards --help} and of {@code
 * standards score FILE} (FILE: bundled sample 01 written to a temporary file), each started
 * {@value #RUNS} times as a new process, interleaved (help, score, help, score…) so that both
 * see the same load, after one unmeasured run of each (which fills the file cache). The time is
 * from starting the process to its exit, output discarded; a run that does not exit with 0 is an
 * error. Both through the launcher {@code samples/target/standards} (class-data-sharing archive)
 * and through plain {@code java -jar samples/target/standards.jar}.
 */
final class ColdStart {
  /** Measured runs of each command: 7. */
  static final int RUNS = 7;

  /** The wall times of one way of starting, in milliseconds. */
  record Times(double[] help, double[] score) {}

  private ColdStart() {}

  /**
   * Measures one way of starting the program.
   *
   * @param command the command that starts the program, before its arguments
   * @return the times, or null if the first run could not start or failed
   * @throws IOException if the sample cannot be written
   * @throws InterruptedException if interrupted while waiting for a process
   */
  static Times measure(List<String> command) throws IOException, InterruptedException {
    Path file = Files.createTempFile("standards-bench-", ".json");
    try {
      Files.write(file, ReferenceData.sample("01-excellent-primary.json"));
      List<String> help = with(command, "--help");
      List<String> score = with(command, "score", file.toString());
      if (run(help) < 0 || run(score) < 0) {
        return null;
      }
      double[] h = new double[RUNS];
      double[] s = new double[RUNS];
      for (int i = 0; i < RUNS; i++) {
        h[i] = require(run(help), help);
        s[i] = require(run(score), score);
      }
      return new Times(h, s);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<String> with(List<String> command, String... args) {
    List<String> all = new ArrayList<>(command);
    all.addAll(List.of(args));
    return all;
  }

  private static double require(double millis, List<String> command) {
    if (millis < 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command));
    }
    return millis;
  }

  /** The wall time of one run in milliseconds, or -1 if it did not exit with 0. */
  private static double run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("LANG", "C.UTF-8");
    long start = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return -1;
    }
    int exit = p.waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    return exit == 0 ? millis : -1;
  }

  /**
   * The java executable of the running JVM.
   *
   * @return its path
   */
  static String java() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}
