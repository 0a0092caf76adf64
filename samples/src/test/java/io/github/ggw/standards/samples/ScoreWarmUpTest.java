package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up of {@code score} ({@link ScoreWarmUp}): which command lines get it, that it runs
 * on a thread of its own, and that a warmed run prints exactly what a run without it prints.
 */
class ScoreWarmUpTest {
  @TempDir Path dir;

  @Test
  void onlyScoreRunsThatReadDocumentsAreWarmed() {
    assertThat(ScoreWarmUp.warms(List.of("score"))).isTrue();
    assertThat(ScoreWarmUp.warms(List.of("score", "a.json", "--lang", "en"))).isTrue();
    assertThat(ScoreWarmUp.warms(List.of("score", "--standard", "s.json", "a.json"))).isTrue();
    for (List<String> args : List.of(List.<String>of(), List.of("--help"), List.of("-h"),
        List.of("--version"), List.of("generate"), List.of("check-standard", "s.json"),
        List.of("score", "--help"), List.of("score", "-h"), List.of("score", "-V"),
        List.of("score", "a.json", "--version"), List.of("score", "--batch", "-"),
        List.of("score", "--batch=-"), List.of("a.json", "score"))) {
      assertThat(ScoreWarmUp.warms(args)).as("%s", args).isFalse();
    }
  }

  @Test
  void validationIsBuiltWhileTheMainThreadWaitsNotAfter() throws Exception {
    Path sample = dir.resolve("01.json");
    Files.write(sample, ReferenceData.sample("01-excellent-primary.json"));
    Path log = dir.resolve("classes.txt");
    Fork run = fork(List.of("-Xlog:class+load=info:file=" + log + ":tid"),
        "score", sample.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String loaded = Files.readString(log, StandardCharsets.UTF_8);
    // Hibernate Validator is built (by the main thread while it waits, or by the warm-up's read
    // if that comes first) before the main thread goes on to score: the log is in time order
    String main = thread(loaded, StandardsCommand.class.getName());
    int validator = line(loaded, "org.hibernate.validator.HibernateValidator");
    int scorer = line(loaded, "io.github.ggw.standards.rules.scoring.Scorer");
    assertThat(validator).isLessThan(scorer);
    assertThat(thread(loaded, "io.github.ggw.standards.rules.scoring.Scorer")).isEqualTo(main);
  }

  /** The line number of the line that logs a class's loading. */
  private static int line(String log, String className) {
    return log.substring(0, loading(log, className).start()).split("\n", -1).length;
  }

  @Test
  void aWarmedRunPrintsWhatARunWithoutTheWarmUpPrints() throws Exception {
    // in this JVM, a warm-up (if none ran yet) is started and taken here, so the runs below
    // are not warmed; the forked JVMs are
    ScoreWarmUp.startFor("score");
    ScoreWarmUp.json(ReadMode.STRICT);
    Path sample = dir.resolve("01.json");
    Files.write(sample, ReferenceData.sample("01-excellent-primary.json"));
    Path invalid = dir.resolve("invalid.json");
    Files.write(invalid, ReferenceData.resource(ReferenceData.INVALID_SAMPLE));
    for (List<String> args : List.of(List.of("score", sample.toString()),
        List.of("score", "--lenient", "--lang", "en", sample.toString()),
        List.of("score", invalid.toString(), sample.toString()),
        List.of("score", "--format", "json", sample.toString()))) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit;
      try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
        exit = StandardsCommand.run(o, e, Map.of("LANG", "C.UTF-8"),
            new ByteArrayInputStream(new byte[0]), args.toArray(String[]::new));
      }
      Fork forked = fork(List.of(), args.toArray(String[]::new));
      assertThat(forked.exit()).as("%s", args).isEqualTo(exit);
      assertThat(forked.out()).as("%s", args).isEqualTo(out.toString()).isNotBlank();
      assertThat(forked.err()).as("%s", args).isEqualTo(err.toString());
    }
  }

  /** The thread id that loaded a class, from a {@code -Xlog:class+load} file with tid. */
  private static String thread(String log, String className) {
    return loading(log, className).group(1);
  }

  /** The line of a {@code -Xlog:class+load} file with tid that logs a class's loading, found. */
  private static Matcher loading(String log, String className) {
    Matcher m = Pattern.compile("^\\[(\\d+)\\] " + Pattern.quote(className) + " ",
        Pattern.MULTILINE).matcher(log);
    assertThat(m.find()).as("%s in the class-loading log", className).isTrue();
    return m;
  }

  private record Fork(int exit, String out, String err) {}

  private Fork fork(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        StandardsCommand.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_MESSAGES");
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("no exit within 5 minutes: " + command);
    }
    return new Fork(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
