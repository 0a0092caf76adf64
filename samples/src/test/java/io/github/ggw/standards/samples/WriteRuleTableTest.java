package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The write rule of the command-line grammar, for every command that writes files ({@code
 * --output}): run into an empty folder, each leaves exactly the files named (no temporary file),
 * a second file of one name in one run gets {@code -2}, and the count it prints equals the files
 * on disk. A run over a folder that already holds the files of an earlier run replaces them and
 * counts only its own.
 */
class WriteRuleTableTest {
  private static final Pattern COUNT = Pattern.compile("已写入 (\\d+) 个文件到");
  /** The bundled samples' units and year. */
  private static final List<String> UNITS = List.of("JT-VS-002-2022", "LY-SS-021-2022",
      "TN-JS-014-2022", "WJ-PS-001-2022", "XB-KG-003-2022", "ZL-PS-007-2022");

  @TempDir static Path dir;
  private static Path twice;
  private static Path sample;
  private static Path submitted;
  private static Path standard;

  @BeforeAll
  static void inputs() throws Exception {
    twice = Files.createDirectories(dir.resolve("twice"));
    Files.write(twice.resolve("a.json"), ReferenceData.sample("01-excellent-primary.json"));
    Files.write(twice.resolve("b.json"), ReferenceData.sample("01-excellent-primary.json"));
    sample = Files.write(dir.resolve("01.json"),
        ReferenceData.sample("01-excellent-primary.json"));
    standard = Files.write(dir.resolve("changzhou.json"),
        ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD));
    Path cases = dir.resolve("submitted");
    Cli.Run s = Cli.zh("submit", "--actor", "WJ-PS-001-S", "--now", "2022-10-10T09:00:00+08:00",
        "--output", cases.toString(), sample.toString());
    assertThat(s.code()).as(s.err()).isZero();
    submitted = cases.resolve("WJ-PS-001-2022.case.json");
  }

  private static List<String> each(String ext) {
    return UNITS.stream().map(u -> u + ext).toList();
  }

  private static List<String> withBatch(String ext) {
    List<String> out = new ArrayList<>(each(ext));
    out.add("batch" + ext);
    return out;
  }

  /**
   * The rows: a name, the arguments ({@code OUT} stands for the output folder, {@code OUT/x} for
   * a file in it), and the files the run leaves there.
   */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("score text", List.of("score", "--output", "OUT"), each(".txt")),
        Arguments.of("score json", List.of("score", "--format", "json", "--output", "OUT"),
            each(".json")),
        Arguments.of("score html", List.of("score", "--format", "html", "--output", "OUT"),
            withBatch(".html")),
        Arguments.of("score xlsx", List.of("score", "--format", "xlsx", "--output", "OUT"),
            withBatch(".xlsx")),
        Arguments.of("score csv", List.of("score", "--format", "csv", "--output", "OUT"),
            withBatch(".csv")),
        Arguments.of("score twice", List.of("score", "--format", "json", "--output", "OUT",
            "TWICE"), List.of("WJ-PS-001-2022-2.json", "WJ-PS-001-2022.json")),
        Arguments.of("score html twice", List.of("score", "--format", "html", "--output", "OUT",
            "TWICE"), List.of("WJ-PS-001-2022-2.html", "WJ-PS-001-2022.html", "batch.html")),
        Arguments.of("district-summary text", List.of("district-summary", "--output", "OUT"),
            List.of("district-summary.txt")),
        Arguments.of("district-summary json", List.of("district-summary", "--format", "json",
            "--output", "OUT"), List.of("district-summary.json")),
        Arguments.of("district-summary html", List.of("district-summary", "--format", "html",
            "--output", "OUT"), withBatch(".html")),
        Arguments.of("plan-progress", List.of("plan-progress", "--output", "OUT"),
            List.of("plan-progress.txt")),
        Arguments.of("certify csv", List.of("certify", "--format", "csv", "--output", "OUT"),
            List.of("certification-list.csv")),
        Arguments.of("certify json", List.of("certify", "--format", "json", "--output", "OUT"),
            List.of("certification-list.json")),
        Arguments.of("submit", List.of("submit", "--actor", "WJ-PS-001-S", "--now",
            "2022-10-10T09:00:00+08:00", "--output", "OUT", "SAMPLE"),
            List.of("WJ-PS-001-2022.case.json")),
        Arguments.of("review", List.of("review", "--actor", "WJ-REV-01", "--now",
            "2022-11-01T10:00:00+08:00", "--key", Cli.demoKey("WJ-OFFICE"), "--output", "OUT",
            "SUBMITTED"),
            List.of("WJ-PS-001-2022.case.json")),
        Arguments.of("convert-standard", List.of("convert-standard", "STANDARD", "--output",
            "OUT/changzhou.csv"), List.of("changzhou.csv")),
        Arguments.of("convert-standard xlsx", List.of("convert-standard", "STANDARD",
            "--output", "OUT/changzhou.xlsx"), List.of("changzhou.xlsx")),
        Arguments.of("new-standard", List.of("new-standard", "--output", "OUT/sheet.xlsx"),
            List.of("sheet.xlsx")),
        Arguments.of("generate", List.of("generate", "--count", "3", "--output",
            "OUT/batch.ndjson"), List.of("batch.ndjson")));
  }

  private static String[] args(List<String> row, Path out) {
    return row.stream().map(a -> switch (a) {
      case "TWICE" -> twice.toString();
      case "SAMPLE" -> sample.toString();
      case "SUBMITTED" -> submitted.toString();
      case "STANDARD" -> standard.toString();
      default -> a.startsWith("OUT") ? out + a.substring(3) : a;
    }).toArray(String[]::new);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void everyCommandThatWritesFilesKeepsTheWriteRule(String name, List<String> row,
      List<String> files) throws Exception {
    Path out = dir.resolve("out-" + name.replace(' ', '-'));
    Cli.Run r = Cli.zh(args(row, out));
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(names(out)).as("exactly the files written, no temporary file")
        .containsExactlyElementsOf(files.stream().sorted().toList());
    Matcher m = COUNT.matcher(r.out());
    if (m.find()) {
      assertThat(Integer.parseInt(m.group(1))).as("the count printed").isEqualTo(files.size());
    } else {
      assertThat(files).as("a command that prints no count writes one file").hasSize(1);
      assertThat(r.out()).contains(out.resolve(files.get(0)).toString());
    }
    // a second run into the same folder replaces the earlier run's files and counts its own
    Cli.Run again = Cli.zh(args(row, out));
    assertThat(again.code()).isZero();
    assertThat(names(out)).containsExactlyElementsOf(files.stream().sorted().toList());
    Matcher m2 = COUNT.matcher(again.out());
    if (m2.find()) {
      assertThat(Integer.parseInt(m2.group(1))).isEqualTo(files.size());
    }
  }
}
