package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One unit and year, one file, across the files of one run: {@code score} warns and writes both
 * under distinct names (exit 0); {@code certify}, {@code district-summary} and {@code
 * plan-progress} report a conflict naming both files and exit 1 without writing anything,
 * unless the two files have the same content (then counted once, with a warning).
 */
class DuplicateFilesTest {
  private static final byte[] SAMPLE = ReferenceData.sample("01-excellent-primary.json");
  private static final String NAME = "武进区星河实验小学（虚构）";

  @TempDir Path dir;

  /** Sample 01 with another unit name: the same unit and year, other content. */
  private static byte[] other() {
    String text = new String(SAMPLE, StandardCharsets.UTF_8);
    assertThat(text).contains(NAME);
    return text.replace(NAME, "武进区星河实验小学（虚构，重报）").getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void scoreWarnsNamingBothWritesTwoFilesAndCountsThem() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = Files.write(in.resolve("a.json"), SAMPLE);
    Path b = Files.write(in.resolve("b.json"), other());
    Path out = dir.resolve("out");
    Cli.Run r = Cli.zh("score", "--format", "html", "--output", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("警告：单位 WJ-PS-001 的 2022 年度有两份自评材料：" + a + " 与 "
        + b);
    // two unit pages and the batch page: 2 + 1 = 3 files, and 3 on disk
    assertThat(names(out)).containsExactly("WJ-PS-001-2022-2.html", "WJ-PS-001-2022.html",
        "batch.html");
    assertThat(r.out()).contains("已写入 3 个文件到 " + out);
    assertThat(Files.readString(out.resolve("WJ-PS-001-2022-2.html"))).contains("重报");
    assertThat(Files.readString(out.resolve("WJ-PS-001-2022.html"))).doesNotContain("重报");
  }

  @ParameterizedTest
  @ValueSource(strings = {"district-summary", "plan-progress"})
  void twoDifferentFilesOfOneUnitAndYearAreAConflictNamingBoth(String command) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = Files.write(in.resolve("a.json"), SAMPLE);
    Path b = Files.write(in.resolve("b.json"), other());
    Path out = dir.resolve("out");
    Cli.Run r = Cli.zh(command, "--output", out.toString(), in.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.err()).contains("冲突：单位 WJ-PS-001 的 2022 年度有两份不同的文件：" + a + " 与 "
        + b + "，均不采用");
    assertThat(Files.exists(out)).as("nothing written").isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"district-summary", "plan-progress"})
  void twoFilesOfTheSameContentAreCountedOnceWithAWarning(String command) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = Files.write(in.resolve("a.json"), SAMPLE);
    Path b = Files.write(in.resolve("b.json"), SAMPLE);
    Cli.Run r = Cli.run(Cli.ENGLISH, command, in.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out() + r.err()).contains("Warning: " + b + " has the same content as " + a
        + " (unit WJ-PS-001, 2022); counted once");
    if (command.equals("district-summary")) {
      assertThat(r.out()).contains("District summary of 1 unit(s)");
    }
  }

  /** Submits sample 01 at a time into a folder of its own and returns the case file. */
  private Path submitted(String bytesName, byte[] bytes, String now) throws IOException {
    Path in = Files.write(dir.resolve(bytesName), bytes);
    Path out = dir.resolve("submit-" + bytesName);
    Cli.Run s = Cli.zh("submit", "--actor", "WJ-PS-001-S", "--now", now, "--output",
        out.toString(), in.toString());
    assertThat(s.code()).as(s.err()).isZero();
    return out.resolve("WJ-PS-001-2022.case.json");
  }

  @Test
  void certifyOverTwoDifferentCaseFilesOfOneUnitAndYearExitsOneNamingBoth() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path first = Files.copy(submitted("a.json", SAMPLE, "2022-10-10T09:00:00+08:00"),
        cases.resolve("first.case.json"));
    Path second = Files.copy(submitted("b.json", SAMPLE, "2022-10-11T09:00:00+08:00"),
        cases.resolve("second.case.json"));
    Path out = dir.resolve("list");
    Cli.Run r = Cli.zh("certify", "--output", out.toString(), cases.toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.err()).contains("冲突：单位 WJ-PS-001 的 2022 年度有两份不同的文件：" + first
        + " 与 " + second);
    assertThat(Files.exists(out)).as("no list written").isFalse();
  }

  @Test
  void certifyCountsTwoCopiesOfOneCaseFileOnce() throws Exception {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    byte[] approved = ReferenceData.caseFile("WJ-PS-001-2022.case.json");
    Path a = Files.write(cases.resolve("a.case.json"), approved);
    Path b = Files.write(cases.resolve("b.case.json"), approved);
    Cli.Run r = Cli.zh("certify", cases.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("警告：" + b + " 与 " + a + " 内容相同（单位 WJ-PS-001，2022 年度），只计一次");
    // two files read, one unit certified
    assertThat(r.out()).contains("读取档案 2 份，认定单位 1 个，0 份档案未通过核验");
  }
}
