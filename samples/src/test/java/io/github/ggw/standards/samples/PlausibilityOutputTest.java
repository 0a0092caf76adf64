package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The score report lists plausibility warnings with the items they touched, in the text, JSON
 * and HTML outputs: sample 02 with a copy of its first training appended.
 */
class PlausibilityOutputTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  /** Sample 02 with its first training repeated at the end; returns the file. */
  private Path withRepeatedTraining() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(ReferenceData.sample("02-failing-junior.json"));
    ArrayNode evidence = (ArrayNode) doc.get("evidence");
    JsonNode training = null;
    for (JsonNode e : evidence) {
      if (e.get("type").asString().equals("training")) {
        training = e;
        break;
      }
    }
    assertThat(training).as("sample 02 has a training").isNotNull();
    evidence.add(training.deepCopy());
    return Files.writeString(dir.resolve("02-repeated.json"), MAPPER.writeValueAsString(doc));
  }

  @Test
  void textJsonAndHtmlListTheWarningWithItsItems() throws Exception {
    Path in = withRepeatedTraining();
    Path plain = Files.write(dir.resolve("02.json"),
        ReferenceData.sample("02-failing-junior.json"));
    Cli.Run text = Cli.zh("score", in.toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("EVIDENCE_REPEATED", "只计一次（涉及指标：");
    Cli.Run before = Cli.zh("score", plain.toString());
    String total = "总分 ";
    assertThat(line(text.out(), total)).isEqualTo(line(before.out(), total));

    Cli.Run json = Cli.zh("score", "--format", "json", in.toString());
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("\"EVIDENCE_REPEATED\"", "涉及指标：");

    Path out = dir.resolve("html");
    Cli.Run html = Cli.run(Cli.ENGLISH, "score", "--format", "html", "--output",
        out.toString(), in.toString());
    assertThat(html.code()).as(html.err()).isZero();
    assertThat(Files.readString(out.resolve("TN-JS-014-2022.html")))
        .contains("EVIDENCE_REPEATED", "is counted once (items reading it: ");
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("(none)");
  }
}
