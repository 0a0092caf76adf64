package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code src/main/launcher/standards} (copied to {@code target/standards} by the
 * build) runs the program as {@code java -jar standards.jar} does: same standard output, same
 * standard error, same exit status, with a class-data-sharing archive, without one, and with
 * one the JVM cannot use.
 *
 * <p>The test runs before the package phase, so it builds its own {@code standards.jar} next to
 * a copy of the launcher: a jar of this module's classes whose manifest names {@code
 * StandardsCommand} and, in {@code Class-Path}, a copy of every other main class-path entry
 * (directories jarred), and records the archive from it exactly as the build does ({@code
 * -XX:ArchiveClassesAtExit} over one {@code score} run). Every program runs in a process of its
 * own.
 */
class LauncherTest {
  @TempDir static Path dir;
  private static Path jar;
  private static Path jsa;
  private static Path sample;

  @BeforeAll
  static void buildJarAndArchive() throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    List<String> classPath = new ArrayList<>();
    Path own = null;
    int i = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.contains("test-classes") || !Files.exists(p)) {
        continue;
      }
      if (Files.isDirectory(p) && Files.exists(
          p.resolve("io/github/ggw/standards/samples/StandardsCommand.class"))) {
        own = p;
        continue;
      }
      Path copy = lib.resolve(i++ + ".jar");
      if (Files.isDirectory(p)) {
        jarDirectory(p, copy, null);
      } else {
        Files.copy(p, copy);
      }
      classPath.add("lib/" + copy.getFileName());
    }
    assertThat(own).as("samples' main classes on the class path").isNotNull();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS,
        StandardsCommand.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    jar = dir.resolve("standards.jar");
    jarDirectory(own, jar, manifest);
    Path launcher = dir.resolve("standards");
    Files.copy(Path.of("src/main/launcher/standards"), launcher);
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    sample = dir.resolve("01-excellent-primary.json");
    Files.write(sample, ReferenceData.sample("01-excellent-primary.json"));
    jsa = dir.resolve("standards.jsa");
    Run dump = run(List.of(java(), "-XX:ArchiveClassesAtExit=" + jsa, "-jar", jar.toString(),
        "score", sample.toString()));
    assertThat(dump.exit()).as(dump.err()).isZero();
    assertThat(jsa).isRegularFile();
  }

  @Test
  void withTheArchiveTheLauncherPrintsWhatJavaJarPrints() throws Exception {
    assertThat(Files.getLastModifiedTime(jsa)).isGreaterThan(Files.getLastModifiedTime(jar));
    assertSameAsJavaJar(List.of("--help"));
    assertSameAsJavaJar(List.of("score", sample.toString()));
  }

  @Test
  void theLauncherUsesTheArchive() throws Exception {
    // the program's own classes come from the dynamic archive ("top" layer), not from the jar
    Run run = launcher(List.of("--version"), "-Xlog:class+load=info:stdout");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains(StandardsCommand.class.getName()
        + " source: shared objects file (top)");
  }

  @Test
  void oneOffCommandsRunWithTheClientCompilerOnly() throws Exception {
    // -XX:+PrintCommandLineFlags prints the JVM's flags as its first line on standard output
    for (List<String> args : List.of(List.of("--version"), List.of("score", "--help"))) {
      Run run = launcher(args, "-XX:+PrintCommandLineFlags");
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out().lines().findFirst().orElseThrow())
          .as("flags of %s", args).contains("-XX:TieredStopAtLevel=1");
    }
  }

  @Test
  void longRunsAndJavaOptsKeepOrChooseTheCompilers() throws Exception {
    for (List<String> args : List.of(List.of("generate", "--help"),
        List.of("score", "--batch", "-", "--help"), List.of("score", "--batch=-", "--help"))) {
      Run run = launcher(args, "-XX:+PrintCommandLineFlags");
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out().lines().findFirst().orElseThrow())
          .as("flags of %s", args).doesNotContain("TieredStopAtLevel");
    }
    // JAVA_OPTS comes after the launcher's options, so its choice wins
    Run run = launcher(List.of("--version"),
        "-XX:+PrintCommandLineFlags -XX:TieredStopAtLevel=4");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .contains("-XX:TieredStopAtLevel=4").doesNotContain("-XX:TieredStopAtLevel=1");
  }

  @Test
  void withoutAUsableArchiveTheLauncherStillPrintsWhatJavaJarPrints() throws Exception {
    Path saved = dir.resolve("saved.jsa");
    Files.move(jsa, saved);
    try {
      assertSameAsJavaJar(List.of("--help"));
      // an archive the JVM cannot use, newer than the jar: ignored without a word
      Files.writeString(jsa, "not an archive");
      Files.setLastModifiedTime(jsa, FileTime.fromMillis(
          Files.getLastModifiedTime(jar).toMillis() + 60_000));
      assertSameAsJavaJar(List.of("score", sample.toString()));
    } finally {
      Files.deleteIfExists(jsa);
      Files.move(saved, jsa);
    }
  }

  private static void assertSameAsJavaJar(List<String> args) throws Exception {
    List<String> plain = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
    plain.addAll(args);
    Run expected = run(plain);
    Run actual = launcher(args, null);
    assertThat(expected.exit()).as(expected.err()).isZero();
    assertThat(expected.out()).isNotBlank();
    assertThat(actual.exit()).isEqualTo(expected.exit());
    assertThat(actual.out()).isEqualTo(expected.out());
    assertThat(actual.err()).isEqualTo(expected.err());
  }

  private static Run launcher(List<String> args, String javaOpts) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", dir.resolve("standards").toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    if (javaOpts == null) {
      pb.environment().remove("JAVA_OPTS");
    } else {
      pb.environment().put("JAVA_OPTS", javaOpts);
    }
    return run(pb);
  }

  private static Run run(List<String> command) throws Exception {
    return run(new ProcessBuilder(command));
  }

  private static Run run(ProcessBuilder pb) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_MESSAGES");
    Process p = pb.directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + pb.command());
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void jarDirectory(Path root, Path target, Manifest manifest)
      throws IOException {
    try (OutputStream file = Files.newOutputStream(target);
        JarOutputStream out = manifest == null ? new JarOutputStream(file)
            : new JarOutputStream(file, manifest);
        Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        String name = root.relativize(p).toString().replace(File.separatorChar, '/');
        if (manifest != null && name.equals("META-INF/MANIFEST.MF")) {
          continue;
        }
        out.putNextEntry(new JarEntry(name));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
  }

  private record Run(int exit, String out, String err) {}
}
