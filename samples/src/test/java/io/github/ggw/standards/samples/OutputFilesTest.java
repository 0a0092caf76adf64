package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one writer of {@code --output} files: temporary name then move, never overwriting a file
 * of the same run (-2, -3 … with a warning), the count printed equal to the files written; and
 * the commands writing through it.
 */
class OutputFilesTest {
  private static final byte[] SAMPLE = ReferenceData.sample("01-excellent-primary.json");

  @TempDir Path dir;

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aSecondFileOfTheSameNameInOneRunGetsANumberAndAWarning() throws Exception {
    StringWriter warnings = new StringWriter();
    OutputFiles files = new OutputFiles(new Words(Locale.SIMPLIFIED_CHINESE),
        new PrintWriter(warnings, true));
    Path out = dir.resolve("out");
    assertThat(files.write(out.resolve("a.json"), bytes("1"))).isEqualTo(out.resolve("a.json"));
    assertThat(files.write(out.resolve("a.json"), bytes("2")))
        .isEqualTo(out.resolve("a-2.json"));
    assertThat(files.write(out.resolve("a.json"), bytes("3")))
        .isEqualTo(out.resolve("a-3.json"));
    assertThat(files.write(out.resolve("U-2022.case.json"), bytes("4")))
        .isEqualTo(out.resolve("U-2022.case.json"));
    assertThat(files.write(out.resolve("U-2022.case.json"), bytes("5")))
        .isEqualTo(out.resolve("U-2022-2.case.json"));
    assertThat(files.write(out.resolve("README"), bytes("6"))).isEqualTo(out.resolve("README"));
    assertThat(files.write(out.resolve("README"), bytes("7")))
        .isEqualTo(out.resolve("README-2"));
    assertThat(files.count()).isEqualTo(7);
    assertThat(files.files()).hasSize(7);
    assertThat(names(out)).as("every file written, and no temporary file left")
        .containsExactly("README", "README-2", "U-2022-2.case.json", "U-2022.case.json",
            "a-2.json", "a-3.json", "a.json");
    assertThat(Files.readString(out.resolve("a.json"))).isEqualTo("1");
    assertThat(Files.readString(out.resolve("a-3.json"))).isEqualTo("3");
    assertThat(warnings.toString().lines().toList()).hasSize(4)
        .contains("本次运行已写过 " + out.resolve("a.json") + "，改为写入 "
            + out.resolve("a-2.json"));
  }

  @Test
  void aFileOfAnEarlierRunIsReplaced() throws Exception {
    Path earlier = Files.writeString(dir.resolve("report.txt"), "earlier run");
    StringWriter warnings = new StringWriter();
    OutputFiles files = new OutputFiles(new Words(Locale.ENGLISH), new PrintWriter(warnings));
    assertThat(files.write(earlier, bytes("this run"))).isEqualTo(earlier);
    assertThat(Files.readString(earlier)).isEqualTo("this run");
    assertThat(warnings.toString()).isEmpty();
    assertThat(names(dir)).containsExactly("report.txt");
  }

  @Test
  void aFailedWriteLeavesNeitherTheFileNorATemporaryOne() throws Exception {
    OutputFiles files = new OutputFiles(new Words(Locale.ENGLISH),
        new PrintWriter(new StringWriter()));
    Path target = dir.resolve("half.json");
    assertThatThrownBy(() -> files.write(target, out -> {
      out.write(bytes("{\"half\":"));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class);
    assertThat(names(dir)).isEmpty();
    assertThat(files.count()).isZero();
    assertThatThrownBy(() -> files.write(Files.writeString(dir.resolve("file"), "x")
        .resolve("inside.json"), bytes("x"))).isInstanceOf(IOException.class);
    assertThat(files.count()).isZero();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---- through the commands

  @Test
  void scoreOfTwoCopiesOfOneUnitWritesTwoFilesAndSaysSo() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("a.json"), SAMPLE);
    Files.write(in.resolve("b.json"), SAMPLE);
    Path out = dir.resolve("out");
    Cli.Run r = Cli.zh("score", "--format", "json", "--output", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(names(out)).containsExactly("WJ-PS-001-2022-2.json", "WJ-PS-001-2022.json");
    assertThat(r.out()).as("standard output keeps the summary")
        .isEqualTo("已评分 2 个单位，0 份材料未通过校验\n已写入 2 个文件到 " + out + "\n");
    assertThat(r.err()).contains("本次运行已写过 " + out.resolve("WJ-PS-001-2022.json"));

    Cli.Run html = Cli.zh("score", "--format", "html", "--output", out.toString(),
        in.toString());
    assertThat(html.code()).isZero();
    assertThat(html.out()).contains("已写入 3 个文件到 " + out);
    assertThat(names(out)).contains("WJ-PS-001-2022.html", "WJ-PS-001-2022-2.html",
        "batch.html");
  }

  @Test
  void scoreWithOutputPrintsTheSummaryNotTheReports() throws Exception {
    Path out = dir.resolve("text");
    Cli.Run r = Cli.zh("score", "--output", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("扣分理由").endsWith("已写入 6 个文件到 " + out + "\n");
    assertThat(names(out)).hasSize(6).allMatch(n -> n.endsWith(".txt"));
    assertThat(Files.readString(out.resolve("WJ-PS-001-2022.txt"), StandardCharsets.UTF_8))
        .contains("扣分理由", "总分 100.9");
  }

  @Test
  void anOutputFolderThatIsAFileIsRefusedBeforeAnyWorkAndTheFileIsLeftAlone() throws Exception {
    Path file = Files.writeString(dir.resolve("existing.json"), "{}");
    for (List<String> args : List.of(List.of("score"), List.of("district-summary"),
        List.of("certify", "--format", "csv"))) {
      List<String> all = new java.util.ArrayList<>(args);
      all.addAll(List.of("--output", file.toString()));
      Cli.Run r = Cli.zh(all.toArray(String[]::new));
      assertThat(r.code()).as(args.toString()).isEqualTo(1);
      // no summary of a run that did not happen: "scored 6" was printed before the failed write
      assertThat(r.out()).as(args.toString()).isEmpty();
      assertThat(r.err()).as(args.toString())
          .isEqualTo("无法读写 " + file + "：已存在，且不是文件夹\n");
      assertThat(Files.readString(file)).isEqualTo("{}");
    }
  }

  @Test
  void districtSummaryAndCertifyWriteIntoTheFolderAndCount() throws Exception {
    Path out = dir.resolve("out");
    Cli.Run summary = Cli.zh("district-summary", "--output", out.toString());
    assertThat(summary.code()).isZero();
    assertThat(summary.out()).isEqualTo("已写入 1 个文件到 " + out + "\n");
    assertThat(Files.readString(out.resolve("district-summary.txt"), StandardCharsets.UTF_8))
        .contains("全区统计：共 6 个单位");
    Cli.Run certify = Cli.zh("certify", "--format", "csv", "--output", out.toString());
    assertThat(certify.code()).isZero();
    assertThat(certify.out()).contains("已写入：" + out.resolve("certification-list.csv"),
        "读取档案 5 份，认定单位 2 个");
    assertThat(names(out)).containsExactly("certification-list.csv", "district-summary.txt");
  }

  @Test
  void oneDocumentCommandsNameTheFile() throws Exception {
    Path json = Files.write(dir.resolve("changzhou.json"),
        ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD));
    Path csv = dir.resolve("sheets").resolve("changzhou.csv");
    Cli.Run converted = Cli.zh("convert-standard", json.toString(), "--output", csv.toString());
    assertThat(converted.code()).as(converted.err()).isZero();
    assertThat(converted.out()).contains("已由 " + json + " 写出 " + csv);
    assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);

    Path ndjson = dir.resolve("batch.ndjson");
    Cli.Run generated = Cli.zh("generate", "--count", "3", "--output", ndjson.toString());
    assertThat(generated.code()).isZero();
    assertThat(generated.out()).isEqualTo("已生成 3 份自评材料，写入 " + ndjson + "\n");
    assertThat(Files.readAllLines(ndjson)).hasSize(3);
    Cli.Run toStdout = Cli.zh("generate", "--count", "3");
    assertThat(toStdout.out().lines().toList())
        .isEqualTo(Files.readAllLines(ndjson, StandardCharsets.UTF_8));
    assertThat(names(dir)).containsExactly("batch.ndjson", "changzhou.json", "sheets");
  }

  @Test
  void aWorkflowCommandWritesTheCaseFileAndKeepsTheSummaryOnStandardOutput() throws Exception {
    Path in = Files.write(dir.resolve("01.json"), SAMPLE);
    Path out = dir.resolve("cases");
    Cli.Run r = Cli.zh("submit", "--actor", "WJ-PS-001-S", "--now",
        "2022-10-10T09:00:00+08:00", "--output", out.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("已写入：" + out.resolve("WJ-PS-001-2022.case.json"))
        .contains("已提交，待区级审核");
    assertThat(r.err()).isEmpty();
    assertThat(names(out)).containsExactly("WJ-PS-001-2022.case.json");
  }
}
