package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads documents, given a file, a folder and {@code -}: the exit code and
 * what it says. Commands over a batch take folders; commands over one document refuse a folder
 * (exit 1, naming why) and take a file or standard input.
 */
class GrammarTableTest {
  @TempDir static Path dir;
  private static Path assessment;
  private static Path assessments;
  private static Path standard;
  private static Path submitted;
  private static Path reviewed;
  private static Path cases;
  private static Path menus;

  private static final List<String> SUBMIT = List.of("submit", "--actor", "WJ-PS-001-S",
      "--now", "2022-10-10T09:00:00+08:00");
  private static final List<String> REVIEW = List.of("review", "--actor", "WJ-REV-01", "--now",
      "2022-11-01T10:00:00+08:00", "--key", Cli.demoKey("WJ-OFFICE"));
  private static final List<String> APPROVE = List.of("approve", "--actor", "CZ-APP-01",
      "--key", Cli.demoKey("CZ-CITY-OFFICE"), "--now", "2022-12-15T15:00:00+08:00", "--document", "常教关委〔2022〕4号", "--date",
      "2022-12-20");

  @BeforeAll
  static void files() throws Exception {
    assessments = Files.createDirectories(dir.resolve("assessments"));
    for (String name : ReferenceData.sampleNames()) {
      Files.write(assessments.resolve(name), ReferenceData.sample(name));
    }
    assessment = assessments.resolve("01-excellent-primary.json");
    standard = Files.write(dir.resolve("standard.json"),
        ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD));
    cases = Files.createDirectories(dir.resolve("cases"));
    Cli.Run s = Cli.zh(args(SUBMIT, "--output", cases.toString(), assessment.toString()));
    assertThat(s.code()).as(s.err()).isZero();
    submitted = Files.copy(cases.resolve("WJ-PS-001-2022.case.json"),
        dir.resolve("submitted.case.json"));
    Cli.Run r = Cli.zh(args(REVIEW, "--output", cases.toString(), submitted.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    reviewed = Files.copy(cases.resolve("WJ-PS-001-2022.case.json"),
        dir.resolve("reviewed.case.json"));
    io.github.ggw.standards.json.menu.MenusJson m =
        io.github.ggw.standards.json.menu.MenusJson.create();
    menus = Files.write(dir.resolve("menus.xlsx"), io.github.ggw.standards.sheets.MenuWorkbooks
        .write(new io.github.ggw.standards.sheets.MenuWorkbooks.Menus(
            m.readNeeds(ReferenceData.resource(ReferenceData.EXAMPLE_NEEDS_MENU)).orElseThrow(),
            m.readResources(ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU))
                .orElseThrow()), java.util.Locale.SIMPLIFIED_CHINESE));
  }

  private static String[] args(List<String> head, String... more) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** Input forms: a file, a folder, standard input. */
  enum Form { FILE, FOLDER, STDIN }

  /**
   * Each command with what it reads: the command line before the input, the file, the folder,
   * and whether it takes folders, then what its standard output shows when it succeeds.
   */
  static Stream<Arguments> table() {
    List<Arguments> rows = new ArrayList<>();
    for (Form form : Form.values()) {
      rows.add(Arguments.of("score", form, List.of("score"), "A", true, "已评分"));
      rows.add(Arguments.of("district-summary", form, List.of("district-summary"), "A", true,
          "全区统计"));
      rows.add(Arguments.of("plan-progress", form, List.of("plan-progress"), "A", true,
          "各年度等级分布"));
      rows.add(Arguments.of("certify", form, List.of("certify"), "C", true, "认定名单"));
      rows.add(Arguments.of("check-standard", form, List.of("check-standard"), "S", false,
          "33 个指标"));
      rows.add(Arguments.of("convert-standard", form, List.of("convert-standard", "--format",
          "csv"), "S", false, "code,parent,"));
      rows.add(Arguments.of("submit", form, SUBMIT, "A", false, "\"kind\" : \"case-file\""));
      rows.add(Arguments.of("review", form, REVIEW, "SUBMITTED", false,
          "\"status\" : \"REVIEWED\""));
      rows.add(Arguments.of("approve", form, APPROVE, "REVIEWED", false,
          "\"status\" : \"APPROVED\""));
      rows.add(Arguments.of("match", form, List.of("match"), "M", false, "需求量 44，满足 25"));
    }
    return rows.stream();
  }

  /**
   * Every registered command that reads files (a positional parameter of type Path) is in the
   * table, so a command added later must say how it takes a file, a folder and {@code -}.
   */
  @org.junit.jupiter.api.Test
  void theTableCoversEveryCommandThatReadsFiles() {
    picocli.CommandLine root = StandardsCommand.commandLine(new Environment(java.util.Map.of(),
        java.io.InputStream.nullInputStream(), java.util.Locale.SIMPLIFIED_CHINESE));
    List<String> reading = root.getSubcommands().entrySet().stream()
        .filter(e -> e.getValue().getCommandSpec().positionalParameters().stream()
            .anyMatch(p -> p.auxiliaryTypes()[0] == Path.class))
        .map(java.util.Map.Entry::getKey).toList();
    assertThat(reading).contains("score", "submit", "check-standard");
    assertThat(table().map(a -> (String) a.get()[0]).distinct().toList())
        .containsExactlyInAnyOrderElementsOf(reading);
  }

  @ParameterizedTest(name = "{0} with a {1}")
  @MethodSource("table")
  void everyCommandTakesAFileAFolderAndStandardInput(String command, Form form,
      List<String> head, String what, boolean folders, String shown) throws Exception {
    Path file = switch (what) {
      case "A" -> assessment;
      case "S" -> standard;
      case "C", "REVIEWED" -> reviewed;
      case "M" -> menus;
      default -> submitted;
    };
    Path folder;
    if (what.equals("C")) {
      folder = cases;
    } else {
      folder = Files.createDirectories(dir.resolve(command + "-folder"));
      Files.copy(file, folder.resolve(file.getFileName()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Cli.Run r = switch (form) {
      case FILE -> Cli.zh(args(head, file.toString()));
      case FOLDER -> Cli.zh(args(head, folder.toString()));
      case STDIN -> Cli.run(Cli.NO_LOCALE, Files.readAllBytes(file), args(head, "-"));
    };
    if (form == Form.FOLDER && !folders) {
      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(StandardsCommand.INVALID_INPUT);
      assertThat(r.out() + r.err()).contains(folder + "：错误：无法读取输入：这是文件夹；本命令只读取一个文件（或用 - 表示标准输入）"
          + "（INPUT_UNREADABLE）");
      return;
    }
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains(shown);
    if (form == Form.STDIN && command.equals("check-standard")) {
      assertThat(r.out()).startsWith("-：标准");
    }
    if (form == Form.STDIN && command.equals("score")) {
      assertThat(r.out()).contains("武进区星河实验小学（虚构）", "已评分 1 个单位");
    }
  }
}
