package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's output on the bundled data, pinned byte for byte: standard output and
 * standard error of each command against the files in {@code golden/} (recorded with the
 * built jar). A change to any of them is a change a user sees, and must be explained.
 *
 * <p>To record them again after a deliberate change, run this test with
 * {@code -Dgolden.record=true} (from the {@code samples} folder): it then writes the files under
 * {@code src/test/resources/golden/} and fails, so a recording run never passes as a check.
 */
class GoldenOutputTest {
  private static final String STANDARD_FILE = "changzhou-quality-basic-2021.1.json";

  @TempDir static Path dir;

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("score", new String[] {"score"}),
        Arguments.of("score-json", new String[] {"score", "--format", "json"}),
        Arguments.of("score-en", new String[] {"score", "--lang", "en"}),
        Arguments.of("check-standard", new String[] {"check-standard", STANDARD_FILE}),
        Arguments.of("certify", new String[] {"certify"}),
        Arguments.of("work-points", new String[] {"work-points", "2020"}),
        Arguments.of("district-summary", new String[] {"district-summary"}),
        Arguments.of("plan-progress", new String[] {"plan-progress"}),
        Arguments.of("measures", new String[] {"measures"}),
        Arguments.of("measures-en", new String[] {"measures", "--lang", "en"}),
        Arguments.of("match", new String[] {"match"}),
        Arguments.of("match-en", new String[] {"match", "--lang", "en"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void outputEqualsTheGoldenFiles(String name, String[] args) throws IOException {
    Path standard = dir.resolve(STANDARD_FILE);
    if (!Files.exists(standard)) {
      Files.write(standard, resource("golden/" + STANDARD_FILE));
    }
    String[] resolved = args.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i].equals(STANDARD_FILE)) {
        resolved[i] = standard.toString();
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StandardsCommand.run(new PrintWriter(out), new PrintWriter(err), resolved);
    // the standard is named as given on the command line: show it as the recording did
    String actualOut = out.toString().replace(standard.toString(), STANDARD_FILE);
    String actualErr = err.toString().replace(standard.toString(), STANDARD_FILE);
    if (Boolean.getBoolean("golden.record")) {
      Path folder = Path.of("src", "test", "resources", "golden");
      Files.writeString(folder.resolve(name + ".stdout"), actualOut, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(name + ".stderr"), actualErr, StandardCharsets.UTF_8);
      throw new AssertionError("recorded golden/" + name + ": run again without golden.record");
    }
    assertThat(actualOut).isEqualTo(text("golden/" + name + ".stdout"));
    assertThat(actualErr).isEqualTo(text("golden/" + name + ".stderr"));
  }

  private static String text(String name) throws IOException {
    return new String(resource(name), StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = GoldenOutputTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
