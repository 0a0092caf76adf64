package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code generate} and {@code score --batch}: streamed, ordered, constant memory. */
class BatchCommandTest {

  @Test
  void generatedAssessmentsScoreAsABatch(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("batch.ndjson");
    assertThat(ScoreCommandTest.run("generate", "--count", "50", "--output", file.toString())
        .code()).isZero();
    assertThat(Files.readAllLines(file)).hasSize(50);
    ScoreCommandTest.Run text = ScoreCommandTest.run("score", "--batch", file.toString(),
        "--lang", "en", "--no-progress");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("batch.ndjson#0 (line 1)  SYN-0", "batch.ndjson#49",
        "Batch: 50 input(s), 50 scored, 0 refused");
    ScoreCommandTest.Run json = ScoreCommandTest.run("score", "--batch", file.toString(),
        "--format", "json", "--threads", "3", "--no-progress", "--lang", "en");
    JsonNode array = JsonMapper.builder().build().readTree(json.out());
    assertThat(array.size()).isEqualTo(50);
    for (int i = 0; i < 50; i++) {
      assertThat(array.get(i).get("report").get("unit").get("id").asString())
          .isEqualTo("SYN-" + i);
    }
    assertThat(json.err()).contains("Batch: 50 input(s)");
  }

  @Test
  void sameSeedWritesTheSameBatch(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.ndjson");
    Path b = dir.resolve("b.ndjson");
    ScoreCommandTest.run("generate", "--count", "20", "--seed", "5", "--output", a.toString());
    ScoreCommandTest.run("generate", "--count", "20", "--seed", "5", "--output", b.toString());
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }

  /**
   * 20,000 generated assessments piped from one JVM into another that scores them with a 64 MB
   * heap: nothing lands on disk, and the scoring JVM must not run out of memory.
   */
  @Test
  void twentyThousandAssessmentsScoreUnderASmallHeapInAForkedJvm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    String main = StandardsCommand.class.getName();
    ProcessBuilder gen = new ProcessBuilder(java, "-cp", cp, main, "generate", "--count",
        "20000").redirectError(ProcessBuilder.Redirect.INHERIT);
    ProcessBuilder score = new ProcessBuilder(java, "-Xmx64m", "-cp", cp, main, "score",
        "--batch", "-", "--lang", "en", "--no-progress")
        .redirectOutput(File.createTempFile("batch", ".txt"));
    List<Process> pipeline = ProcessBuilder.startPipeline(List.of(gen, score));
    Process last = pipeline.get(1);
    assertThat(last.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(score.redirectOutput().file().toPath(), StandardCharsets.UTF_8);
    String err = new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(err).doesNotContain("OutOfMemoryError");
    assertThat(last.exitValue()).as(err).isZero();
    assertThat(out).contains("Batch: 20000 input(s), 20000 scored, 0 refused");
    assertThat(out.lines().filter(l -> l.startsWith("stdin#")).count()).isEqualTo(20000);
  }
}
