package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiet by default: the {@code standards} program and a program that uses the library print
 * nothing on standard error when they succeed (no logging-provider complaint from the Log4j API
 * that Apache POI uses, no INFO line from Hibernate Validator), while an application's own
 * java.util.logging configuration still takes effect. Each run is a JVM of its own on this
 * module's test class path, so that logging starts from nothing as it does for a user.
 */
class QuietByDefaultTest {
  @TempDir Path dir;

  record Fork(int code, String out, String err) {}

  private Fork fork(List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // quick to start: these runs are short
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    // options the machine may set for every JVM make the JVM itself print on standard error
    builder.environment().keySet().removeAll(
        List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS"));
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("no exit within 120 s: " + command);
    }
    // decoded leniently: a malformed byte must show in the failure, not hide it
    return new Fork(process.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
        new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
  }

  private Fork standards(List<String> jvmOptions, String... args) throws Exception {
    return fork(jvmOptions, StandardsCommand.class, args);
  }

  private Fork program(List<String> jvmOptions, String... args) throws Exception {
    List<String> options = new ArrayList<>(List.of("-Djava.awt.headless=true"));
    options.addAll(jvmOptions);
    return fork(options, LibraryProgram.class, args);
  }

  /** A java.util.logging configuration of an application that wants the libraries' messages. */
  private String loggingConfiguration(String... levels) throws IOException {
    Path file = dir.resolve("logging.properties");
    Files.writeString(file, "handlers=java.util.logging.ConsoleHandler\n"
        + "java.util.logging.ConsoleHandler.level=ALL\n"
        + ".level=WARNING\n"
        + String.join("\n", levels) + "\n", StandardCharsets.ISO_8859_1);
    return "-Djava.util.logging.config.file=" + file;
  }

  private static List<String> files(Path folder, String suffix) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .sorted().toList();
    }
  }

  @Test
  void scorePrintsNothingOnStandardError() throws Exception {
    Fork run = standards(List.of(), "score");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("WJ-PS-001");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void scoreWritingXlsxPrintsNothingOnStandardError() throws Exception {
    Path reports = Files.createDirectory(dir.resolve("xlsx"));
    Fork run = standards(List.of(), "score", "--format", "xlsx", "--output", reports.toString());
    assertThat(run.code()).isZero();
    assertThat(files(reports, ".xlsx")).hasSize(7).contains("batch.xlsx");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void scoreWritingHtmlPrintsNothingOnStandardError() throws Exception {
    Path reports = Files.createDirectory(dir.resolve("html"));
    Fork run = standards(List.of(), "score", "--format", "html", "--output", reports.toString());
    assertThat(run.code()).isZero();
    assertThat(files(reports, ".html")).hasSize(7).contains("batch.html");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aProgramUsingTheJsonAndReportModulesPrintsNothingOnStandardError() throws Exception {
    Fork run = program(List.of(), dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(files(dir, ".html")).containsExactly("unit.html");
    assertThat(files(dir, ".xlsx")).containsExactly("unit.xlsx");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anApplicationsLoggingConfigurationFileTakesEffect() throws Exception {
    Fork run = program(List.of(loggingConfiguration("org.hibernate.validator.level=INFO",
        "org.apache.poi.level=FINE")), dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("HV000001").contains("org.apache.poi");
  }

  @Test
  void aLevelSetInCodeByTheApplicationTakesEffect() throws Exception {
    Fork run = program(List.of(), dir.toString(), "validator-info");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("HV000001");
  }

  @Test
  void theProgramFollowsAUsersLoggingConfigurationFile() throws Exception {
    Path reports = Files.createDirectory(dir.resolve("logged"));
    Fork run = standards(List.of(loggingConfiguration("org.hibernate.validator.level=INFO",
        "org.apache.poi.level=FINE")), "score", "--format", "xlsx", "--output",
        reports.toString());
    assertThat(run.code()).isZero();
    // Hibernate Validator through jboss-logging and POI through the Log4j API, both to JUL
    assertThat(run.err()).contains("HV000001").contains("org.apache.poi");
  }
}
