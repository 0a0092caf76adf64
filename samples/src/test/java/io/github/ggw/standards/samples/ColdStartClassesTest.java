package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cold start loads: the program runs in a JVM of its own with {@code -Xlog:class+load}
 * into a file, and the test reads which libraries' classes were loaded. {@code --help} needs no
 * Bean Validation, no spreadsheets, no charts and no ICU; {@code score} with text output needs
 * no spreadsheets, no charts, no signing (BouncyCastle) and no Log4j API.
 */
class ColdStartClassesTest {
  @TempDir Path dir;

  @Test
  void helpLoadsNoValidationSpreadsheetsChartsOrIcu() throws Exception {
    String loaded = loadedClasses(List.of("--help"));
    assertThat(loaded).contains(" picocli.CommandLine ")
        .doesNotContain(" org.hibernate.validator.", " jakarta.validation.", " org.apache.poi.",
            " org.jfree.", " com.ibm.icu.");
  }

  @Test
  void helpOfScoreLoadsNoValidation() throws Exception {
    // a help request is not warmed up (ScoreWarmUp): nothing of the JSON reader is built
    String loaded = loadedClasses(List.of("score", "--help"));
    assertThat(loaded).contains(" picocli.CommandLine ")
        .doesNotContain(" org.hibernate.validator.", " jakarta.validation.", " tools.jackson.");
  }

  @Test
  void textScoreLoadsNoSpreadsheetsOrCharts() throws Exception {
    Path sample = dir.resolve("01.json");
    Files.write(sample, ReferenceData.sample("01-excellent-primary.json"));
    String loaded = loadedClasses(List.of("score", sample.toString()));
    assertThat(loaded).contains(" org.hibernate.validator.", " com.ibm.icu.")
        .doesNotContain(" org.apache.poi.", " org.jfree.");
  }

  @Test
  void textScoreLoadsNoSigningAndNoLog4j() throws Exception {
    // BouncyCastle signs and checks case files only; Hibernate Validator logs to
    // java.util.logging directly, so the Log4j API (Apache POI's logging) is not started
    Path sample = dir.resolve("01.json");
    Files.write(sample, ReferenceData.sample("01-excellent-primary.json"));
    String loaded = loadedClasses(List.of("score", sample.toString()));
    assertThat(loaded).contains(" org.hibernate.validator.", " org.jboss.logging.")
        .doesNotContain(" org.bouncycastle.", " org.apache.logging.");
  }

  private String loadedClasses(List<String> args) throws Exception {
    return loadedClasses(dir, args);
  }

  /**
   * The classes a run of the command line loads, in a JVM of its own with {@code
   * -Xlog:class+load} into a file of the folder; the run must exit with 0.
   *
   * @param dir a folder for the log and the run's standard error
   * @param args the command line
   * @return the class-loading log
   */
  static String loadedClasses(Path dir, List<String> args) throws Exception {
    Path log = dir.resolve("classes.txt");
    Files.deleteIfExists(log);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        StandardsCommand.class.getName()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err.txt").toFile());
    pb.environment().put("LANG", "C.UTF-8");
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
    return Files.readString(log, StandardCharsets.UTF_8);
  }

}
