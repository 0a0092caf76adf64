package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text a school wrote cannot drive the terminal of whoever runs the program: escape sequences, a
 * carriage return and a right-to-left override in a unit name are printed as visible
 * characters, in a score report and in a problem's echo, in both languages. Before, {@code
 * score} printed them raw: {@code ESC [2J} cleared the screen.
 */
class ControlCharactersOutputTest {
  /** What may not reach the terminal: C0 controls but tab and line feed, DEL, C1, bidi controls. */
  private static final Pattern RAW = Pattern.compile(
      "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
  private static final String NAME = "星河\u001b[2J\u001b[31m小学\r总分 100\u202Eabc";

  @TempDir Path dir;

  private Path sampleWith(String from, String to) throws IOException {
    String json = new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8);
    assertThat(json).contains(from);
    // the JSON escapes of the characters, as a school's tool would write them
    return Files.writeString(dir.resolve("01.json"), json.replace(from, to));
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x2000
        ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return sb.toString();
  }

  @Test
  void aUnitNameWithEscapeSequencesIsPrintedVisiblyInTheScoreReport() throws IOException {
    Path in = sampleWith("\"武进区星河实验小学（虚构）\"", "\"" + escaped(NAME) + "\"");
    for (Cli.Run r : new Cli.Run[] {Cli.zh("score", in.toString()),
        Cli.run(Cli.ENGLISH, "score", in.toString())}) {
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(RAW.matcher(r.out() + r.err()).find()).as(r.out()).isFalse();
      // ESC is ␛ (U+241B), the carriage return ␍ (U+240D), the override its code point
      assertThat(r.out()).contains("星河␛[2J␛[31m小学␍总分 100[U+202E]abc");
    }
  }

  @Test
  void aValueWithControlCharactersIsEchoedVisiblyInItsProblem() throws IOException {
    Path in = sampleWith("\"PRIMARY\"", "\"PRI\\u001b[2JMARY\\r\\n\"");
    for (Cli.Run r : new Cli.Run[] {Cli.zh("score", in.toString()),
        Cli.run(Cli.ENGLISH, "score", in.toString())}) {
      assertThat(r.code()).isEqualTo(1);
      assertThat(RAW.matcher(r.out() + r.err()).find()).as(r.err()).isFalse();
      assertThat(r.out() + r.err()).contains("PRI␛[2JMARY␍␊").contains("JSON_INVALID_VALUE");
    }
  }
}
