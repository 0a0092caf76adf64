package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Usage errors (exit 2) in the run's language: picocli's own, mapped by exception type, and each
 * command's own, in Chinese by default and in English with {@code --lang en} or an English locale;
 * always with where to find the usage, and never picocli's English in a Chinese run.
 */
class UsageErrorsTest {

  private static void assertUsageError(Cli.Run r, String command, String message,
      boolean english) {
    assertThat(r.code()).as(r.err()).isEqualTo(StandardsCommand.USAGE);
    assertThat(r.out()).isEmpty();
    String help = "standards" + (command.isEmpty() ? "" : " " + command) + " --help";
    if (english) {
      assertThat(r.err()).contains(message, "Run " + help + " for the usage.");
      assertThat(HelpLanguageTest.hasHan(r.err())).as(r.err()).isFalse();
    } else {
      assertThat(r.err()).contains(message, "运行 " + help + " 查看用法。")
          .doesNotContain("Unknown", "Missing", "Invalid", "Usage", "expected", "exclusive",
              "should be");
    }
  }

  /** Every command: an unknown option. */
  static Stream<String> subcommands() {
    return HelpLanguageTest.commands().filter(c -> !c.isEmpty());
  }

  /** What a command requires besides the unknown option (else picocli names that first). */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "generate", List.of("--count", "1"),
      "check-standard", List.of("x.json"),
      "convert-standard", List.of("x.json"),
      "submit", List.of("--actor", "WJ-PS-001-S", "x.json"),
      "review", List.of("--actor", "WJ-REV-01", "x.json"),
      "approve", List.of("--actor", "CZ-APP-01", "x.json"),
      "template", List.of("--output", "x.xlsx"),
      "menu-template", List.of("--output", "x.xlsx"),
      "new-standard", List.of("--output", "x.xlsx"),
      "keygen", List.of("--office", "WJ-OFFICE", "--output", "x.p12"));

  private static String[] withBogus(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--bogus"));
    args.addAll(REQUIRED.getOrDefault(command, List.of()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @ParameterizedTest(name = "standards {0} --bogus")
  @MethodSource("subcommands")
  void anUnknownOptionOfEveryCommand(String command) {
    assertUsageError(Cli.zh(withBogus(command)), command, "未知选项：--bogus", false);
    assertUsageError(Cli.zh(withBogus(command, "--lang", "en")), command,
        "Unknown option: --bogus", true);
    assertUsageError(Cli.run(Cli.ENGLISH, withBogus(command)), command,
        "Unknown option: --bogus", true);
    assertUsageError(Cli.run(Cli.ENGLISH, withBogus(command, "--lang", "zh-CN")), command,
        "未知选项：--bogus", false);
    assertUsageError(Cli.run(java.util.Map.of("LANG", "C"), withBogus(command)), command,
        "未知选项：--bogus", false);
    assertThat(HelpLanguageTest.hasHan(Cli.run(java.util.Map.of("LANG", "C"), withBogus(command))
        .err())).isTrue();
  }

  /** Each command's own usage error, and one of each kind picocli finds. */
  static Stream<Arguments> errors() {
    return Stream.of(
        // the commands' own
        Arguments.of("score", List.of("--threads", "0"), "--threads 须为 1 至 64：0",
            "--threads must be 1 to 64: 0"),
        Arguments.of("score", List.of("--format", "html"),
            "--format html 输出的是文件：请用 --output 指定文件夹",
            "--format html writes files: give --output DIR"),
        Arguments.of("score", List.of("--batch", "-", "a.json"),
            "--batch 只读取它自己的那一个文件", "--batch reads its one FILE"),
        Arguments.of("score", List.of("--batch", "-", "--output", "out"),
            "--batch 的结果写到标准输出", "--batch writes to standard output"),
        Arguments.of("generate", List.of("--count=-1"), "--count 须为 0 至 100000000：-1",
            "--count must be 0 to 100000000: -1"),
        Arguments.of("generate", List.of("--count", "1", "--year", "1990"),
            "在 1990 年度不适用", "is not in force in 1990"),
        Arguments.of("convert-standard", List.of("a.json"), "请指明写出什么",
            "name what to write"),
        Arguments.of("convert-standard", List.of("a.json", "b.txt"),
            "OUT 须以 .csv、.json 或 .xlsx 结尾", "OUT must end in .csv, .json or .xlsx"),
        Arguments.of("convert-standard", List.of("a.json", "--format", "xlsx"),
            "--format xlsx 写出的是工作簿：请用 OUT 或 --output 指定文件",
            "--format xlsx writes a workbook: name the file with OUT or --output FILE"),
        Arguments.of("new-standard", List.of("--output", "sheet.csv"),
            "--output 须为 .xlsx 文件：sheet.csv", "--output must name an .xlsx file: sheet.csv"),
        Arguments.of("new-standard", List.of(), "缺少必需的选项：--output",
            "Missing required option: --output"),
        Arguments.of("convert-standard", List.of("a.json", "b.csv", "--output", "c.csv"),
            "OUT 与 --output 只能给出一个", "give OUT or --output FILE, not both"),
        Arguments.of("review", List.of("--actor", "WJ-REV-01", "--adjust", "2.4:3.5:r",
            "--return", "r", "x.json"), "--return 与 --adjust 不能同时使用",
            "--return and --adjust exclude each other"),
        Arguments.of("approve", List.of("--actor", "CZ-APP-01", "x.json"),
            "审批通过须给出 --document（文号）和 --date（日期）",
            "an approval needs --document and --date"),
        Arguments.of("approve", List.of("--actor", "CZ-APP-01", "--reject", "r", "--document",
            "d", "x.json"), "--reject 不能与 --adjust、--document、--date 同时使用",
            "--reject excludes --adjust, --document and --date"),
        Arguments.of("district-summary", List.of("--format", "xlsx"),
            "--format xlsx 输出的是文件", "--format xlsx writes files"),
        // picocli's, mapped
        Arguments.of("", List.of("nonsense"), "未知命令：nonsense", "Unknown command: nonsense"),
        Arguments.of("", List.of("scor"), "您是不是想输入：score", "Did you mean: score"),
        Arguments.of("check-standard", List.of(), "缺少必需的参数：FILE",
            "Missing required parameter: FILE"),
        Arguments.of("submit", List.of("x.json"), "缺少必需的选项：--actor",
            "Missing required option: --actor"),
        Arguments.of("certify", List.of("--format"), "选项 --format 缺少取值（FORMAT）",
            "Option --format needs a value (FORMAT)"),
        Arguments.of("work-points", List.of("twenty"), "YEAR 的取值“twenty”无效：应为整数",
            "Invalid value for YEAR: twenty (give a whole number)"),
        Arguments.of("score", List.of("--lang", "fr"), "--lang 的取值“fr”无效：可用 zh-CN 或 en",
            "Invalid value for --lang: fr (give zh-CN or en"),
        Arguments.of("approve", List.of("--actor", "CZ-APP-01", "--date", "2022-13-01",
            "x.json"), "--date 的取值“2022-13-01”无效：应为日期，格式 YYYY-MM-DD",
            "Invalid value for --date: 2022-13-01 (give a date as YYYY-MM-DD"),
        Arguments.of("review", List.of("--actor", "WJ-REV-01", "--adjust", "2.4-3.5", "x.json"),
            "--adjust 的取值“2.4-3.5”无效：应写成 编号:分值:理由",
            "Invalid value for --adjust: 2.4-3.5 (give CODE:POINTS:REASON"),
        Arguments.of("submit", List.of("--actor", "bad actor", "x.json"),
            "--actor 的取值“bad actor”无效", "Invalid value for --actor: bad actor"),
        Arguments.of("plan-progress", List.of("--format", "html"),
            "--format 的取值“html”无效，本命令可用：text、json",
            "Invalid value for --format: html; this command takes text, json"),
        Arguments.of("score", List.of("--strict", "--lenient"),
            "--strict、--lenient 不能同时使用，只能选一个",
            "--strict, --lenient exclude each other: give only one"),
        Arguments.of("check-standard", List.of("--lenient", "--strict", "x.json"),
            "--strict、--lenient 不能同时使用", "--strict, --lenient exclude each other"),
        Arguments.of("district-summary", List.of("--format", "json", "--format", "text"),
            "选项 --format 只能给出一次", "Option --format may be given only once"),
        Arguments.of("work-points", List.of("2020", "2021"), "多余的参数：2021",
            "Unexpected argument: 2021"));
  }

  @ParameterizedTest(name = "standards {0} {1}")
  @MethodSource("errors")
  void aUsageErrorIsInTheRunsLanguage(String command, List<String> args, String zh,
      String en) {
    List<String> all = new ArrayList<>();
    if (!command.isEmpty()) {
      all.add(command);
    }
    all.addAll(args);
    assertUsageError(Cli.zh(all.toArray(String[]::new)), command, zh, false);
    assertUsageError(Cli.run(Cli.ENGLISH, all.toArray(String[]::new)), command, en, true);
    if (!command.isEmpty()) {
      all.add("--lang");
      all.add("EN");
      assertUsageError(Cli.zh(all.toArray(String[]::new)), command, en, true);
    }
  }
}
