package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problem lines on the command line, per language: in zh the severity in words, the place as the
 * shared location format writes it (第 N 行第 M 列, 「工作表」!C7) and the code once, in parentheses
 * at the end; in en the severity and code, then the place in English.
 */
class ProblemLinesTest {
  @TempDir Path dir;

  @Test
  void zhLinesEndWithTheCodeAndPlaceThingsInChinese() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8).replaceFirst("\"tier\": \"CORE\"", "\"tier\": \"TOP\""),
        StandardCharsets.UTF_8);
    Cli.Run zh = Cli.zh("score", bad.toString());
    assertThat(zh.code()).isEqualTo(1);
    List<String> lines = (zh.out() + zh.err()).lines()
        .filter(l -> l.contains("JSON_INVALID_VALUE")).toList();
    assertThat(lines).isNotEmpty().allSatisfy(l -> {
      assertThat(l).contains("：错误，", "/tier（第 ", " 行第 ", " 列）：")
          .endsWith("（JSON_INVALID_VALUE）")
          .doesNotContain("ERROR", "line ", "column ");
      // the code once
      assertThat(l.indexOf("JSON_INVALID_VALUE")).isEqualTo(l.lastIndexOf("JSON_INVALID_VALUE"));
    });
    Cli.Run en = Cli.run(Cli.ENGLISH, "score", bad.toString());
    assertThat((en.out() + en.err()).lines().filter(l -> l.contains("JSON_INVALID_VALUE")))
        .isNotEmpty().allSatisfy(l -> assertThat(l).contains(": error JSON_INVALID_VALUE at ",
            "/tier (line ", ", column "));
  }
}
