package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one input resolver: files, folders and {@code -}; kinds by content, then by name; refusals
 * as localised problems; and the commands that use it, on a file, a folder and standard input.
 */
class InputResolverTest {
  private static final byte[] SAMPLE = ReferenceData.sample("01-excellent-primary.json");
  private static final byte[] XLSX = {'P', 'K', 3, 4, 0, 0, 0};

  @TempDir Path dir;

  private static InputResolver resolver(Set<InputKind> kinds, byte[] stdin) {
    return resolver(Locale.SIMPLIFIED_CHINESE, kinds, stdin);
  }

  /** The reasons of refusals are in the run's language (the problem's argument). */
  private static InputResolver resolver(Locale language, Set<InputKind> kinds, byte[] stdin) {
    Environment env = new Environment(Map.of(), new ByteArrayInputStream(stdin), language);
    return new InputResolver(new Words(language), kinds, true, 1 << 20, env);
  }

  private static InputResolver json() {
    return resolver(EnumSet.of(InputKind.JSON), new byte[0]);
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    return Files.write(f, bytes);
  }

  private Path write(String name, String text) throws Exception {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Problem problem(Input in) {
    assertThat(in.isRefused()).as(in.name()).isTrue();
    assertThat(in.problems()).hasSize(1);
    return in.problems().get(0);
  }

  @Test
  void aFileIsOneInputNamedAsGivenAndReadWhenLoaded() throws Exception {
    Path f = write("a.json", SAMPLE);
    InputResolver r = json();
    List<Input> inputs = r.resolve(List.of(f));
    assertThat(inputs).singleElement().satisfies(in -> {
      assertThat(in.name()).isEqualTo(f.toString());
      assertThat(in.kind()).isEqualTo(InputKind.JSON);
      assertThat(in.bytes()).as("not read before it is needed").isNull();
      assertThat(r.load(in).bytes()).isEqualTo(SAMPLE);
    });
  }

  @Test
  void theKindIsDecidedByContentThenByName() throws Exception {
    InputResolver both = resolver(EnumSet.of(InputKind.JSON, InputKind.CSV), new byte[0]);
    byte[] bom = "\uFEFF \r\n\t[ ]".getBytes(StandardCharsets.UTF_8);
    assertThat(both.resolveOne(write("bom.txt", bom)).kind()).isEqualTo(InputKind.JSON);
    assertThat(both.resolveOne(write("object.csv", "  {}")).kind()).isEqualTo(InputKind.JSON);
    assertThat(both.resolveOne(write("table.json", "code,parent\n1,")).kind())
        .as("undecided by content: by the name").isEqualTo(InputKind.JSON);
    assertThat(both.resolveOne(write("table.csv", "code,parent\n1,")).kind())
        .isEqualTo(InputKind.CSV);
    assertThat(both.resolveOne(write("table", "code,parent\n1,")).kind())
        .as("neither: CSV, which this command reads").isEqualTo(InputKind.CSV);
    assertThat(json().resolveOne(write("notes", "not json")).kind())
        .as("neither, and the command reads JSON only: its reader says what is wrong")
        .isEqualTo(InputKind.JSON);
    InputResolver sheets = resolver(EnumSet.of(InputKind.XLSX, InputKind.JSON), new byte[0]);
    assertThat(sheets.resolveOne(write("book.json", XLSX)).kind()).isEqualTo(InputKind.XLSX);
    assertThat(sheets.resolveOne(write("undecided", "x,y")).isRefused()).isTrue();
  }

  @Test
  void emptyOrScalarStandardInputIsJsonForACommandThatReadsJsonAndWorkbooks() throws Exception {
    // score reads JSON and XLSX: empty input, null, a string or a number is JSON, whose reader
    // then names the problem (INPUT_EMPTY, JSON_WRONG_TYPE); other text cannot be told apart
    for (String stdin : new String[] {"", " \n", "null\n", "\"x\"", "42", "\uFEFFtrue"}) {
      Input in = resolver(EnumSet.of(InputKind.JSON, InputKind.XLSX),
          stdin.getBytes(StandardCharsets.UTF_8)).resolveOne(Path.of("-"));
      assertThat(in.isRefused()).as(stdin).isFalse();
      assertThat(in.kind()).as(stdin).isEqualTo(InputKind.JSON);
    }
    Input text = resolver(EnumSet.of(InputKind.JSON, InputKind.XLSX),
        "a,b\n".getBytes(StandardCharsets.UTF_8)).resolveOne(Path.of("-"));
    assertThat(problem(text).getCode()).isEqualTo(ProblemCode.INPUT_UNREADABLE);
    // end to end: what the same bytes give as a file
    Cli.Run nul = Cli.run(Map.of(), "null\n".getBytes(StandardCharsets.UTF_8), "score", "-");
    assertThat(nul.out() + nul.err()).contains("INPUT_EMPTY");
    Cli.Run string = Cli.run(Map.of(), "\"x\"".getBytes(StandardCharsets.UTF_8), "score", "-");
    assertThat(string.out() + string.err()).contains("JSON_WRONG_TYPE");
  }

  @Test
  void aKindTheCommandDoesNotReadIsRefusedNamingTheKindsItReads() throws Exception {
    Problem p = problem(json().resolveOne(write("book.xlsx", XLSX)));
    assertThat(p.getCode()).isEqualTo(ProblemCode.INPUT_UNREADABLE);
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("无法读取输入：这是 XLSX 文件；本命令读取 JSON 文件");
  }

  @Test
  void aFolderIsItsFilesOfTheKindsReadSortedByPath() throws Exception {
    write("b.json", SAMPLE);
    write("a.json", SAMPLE);
    write("C.JSON", SAMPLE);
    write("notes.txt", "x");
    write(".hidden.json", SAMPLE);
    write("~$lock.json", SAMPLE);
    write("sub/d.json", SAMPLE);
    List<Input> inputs = json().resolve(List.of(dir));
    assertThat(inputs).extracting(Input::name).containsExactly(
        dir.resolve("C.JSON").toString(), dir.resolve("a.json").toString(),
        dir.resolve("b.json").toString());
    assertThat(inputs).allMatch(in -> !in.isRefused() && in.kind() == InputKind.JSON);
  }

  @Test
  void inputsKeepTheOrderOfTheArguments() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.write(folder.resolve("y.json"), SAMPLE);
    Files.write(folder.resolve("x.json"), SAMPLE);
    Path z = write("z.json", SAMPLE);
    List<Input> inputs = resolver(EnumSet.of(InputKind.JSON), SAMPLE)
        .resolve(List.of(z, Path.of("-"), folder));
    assertThat(inputs).extracting(Input::name).containsExactly(z.toString(), "stdin",
        folder.resolve("x.json").toString(), folder.resolve("y.json").toString());
  }

  @Test
  void anEmptyFolderIsRefused() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("readme.txt"), "nothing to read");
    Problem p = problem(json().resolve(List.of(empty)).get(0));
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("无法读取输入：文件夹中没有本命令能读取的文件（JSON）");
    Problem en = problem(resolver(Locale.ENGLISH, EnumSet.of(InputKind.JSON), new byte[0])
        .resolve(List.of(empty)).get(0));
    assertThat(en.getMessage(Locale.ENGLISH))
        .isEqualTo("The input cannot be read: the folder holds no file this command reads (JSON)");
  }

  @Test
  void aMissingFileIsRefusedWhenResolvedOrWhenLoaded() throws Exception {
    InputResolver r = json();
    Problem missing = problem(r.resolve(List.of(dir.resolve("missing.json"))).get(0));
    assertThat(missing.getMessage(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("无法读取输入：找不到该文件或文件夹");
    Path gone = write("gone.json", SAMPLE);
    Input found = r.resolveOne(gone);
    Files.delete(gone);
    assertThat(problem(r.load(found)).getCode()).isEqualTo(ProblemCode.INPUT_UNREADABLE);
  }

  @Test
  void aFileLargerThanTheLimitIsRefused() throws Exception {
    Environment env = new Environment(Map.of(), new ByteArrayInputStream(new byte[20]),
        Locale.ENGLISH);
    InputResolver small = new InputResolver(new Words(Locale.ENGLISH),
        EnumSet.of(InputKind.JSON), true, 10, env);
    Path f = write("big.json", "{\"kind\": \"self-assessment\"}");
    assertThat(problem(small.load(small.resolveOne(f))).getCode())
        .isEqualTo(ProblemCode.INPUT_LIMIT_EXCEEDED);
    assertThat(problem(small.resolveOne(Path.of("-"))).getCode())
        .isEqualTo(ProblemCode.INPUT_LIMIT_EXCEEDED);
  }

  @Test
  void aFolderWhereTheCommandTakesOneFileIsRefused() {
    Problem p = problem(json().resolveOne(dir));
    assertThat(p.getMessage(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("无法读取输入：这是文件夹；本命令只读取一个文件（或用 - 表示标准输入）");
  }

  @Test
  void dashIsOneDocumentOnStandardInputReadOnce() {
    InputResolver r = resolver(EnumSet.of(InputKind.JSON), SAMPLE);
    List<Input> inputs = r.resolve(List.of(Path.of("-"), Path.of("-")));
    assertThat(inputs.get(0).name()).isEqualTo("stdin");
    assertThat(inputs.get(0).kind()).isEqualTo(InputKind.JSON);
    assertThat(r.load(inputs.get(0)).bytes()).isEqualTo(SAMPLE);
    assertThat(problem(inputs.get(1)).getMessage(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("无法读取输入：标准输入只能读取一次（- 出现了不止一次）");
  }

  // ---- through the commands

  @Test
  void scoreTakesAFileAFolderAndStandardInput() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("inbox"));
    Files.write(folder.resolve("b.json"), ReferenceData.sample("02-failing-junior.json"));
    Files.write(folder.resolve("a.json"), SAMPLE);
    Path file = write("one.json", ReferenceData.sample("04-boundary-kindergarten.json"));
    Cli.Run r = Cli.run(Cli.NO_LOCALE, SAMPLE, "score", "--format", "json", file.toString(),
        folder.toString(), "-");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode array = JsonMapper.builder().build().readTree(r.out());
    assertThat(array.valueStream().map(n -> n.get("source").asString()).toList())
        .containsExactly(file.toString(), folder.resolve("a.json").toString(),
            folder.resolve("b.json").toString(), "stdin");
    assertThat(array.get(3).get("report").get("unit").get("id").asString())
        .isEqualTo("WJ-PS-001");
    assertThat(r.err()).contains("已评分 4 个单位，0 份材料未通过校验");
  }

  @Test
  void scoreFromStandardInputAloneInText() {
    Cli.Run r = Cli.run(Cli.NO_LOCALE, SAMPLE, "score", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("武进区星河实验小学（虚构）", "总分 100.9", "已评分 1 个单位");
  }

  @Test
  void refusedInputsAreLocalisedProblemLinesAndExitOne() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path book = write("book.xlsx", XLSX);
    Cli.Run r = Cli.zh("score", empty.toString(), book.toString(),
        dir.resolve("missing.json").toString());
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out()).contains(
        empty + "：错误：无法读取输入：文件夹中没有本命令能读取的文件（JSON、XLSX）（INPUT_UNREADABLE）",
        // score reads workbooks: a zip signature without entries is a damaged one
        book + "：错误：工作簿已损坏，无法读取；请在 Excel 或 WPS 中打开后重新另存为 .xlsx"
            + "（WORKBOOK_MALFORMED）",
        "missing.json：错误：无法读取输入：找不到该文件或文件夹（INPUT_UNREADABLE）",
        "已评分 0 个单位，3 份材料未通过校验");
    Cli.Run en = Cli.run(Cli.ENGLISH, "score", empty.toString());
    assertThat(en.out()).contains("The input cannot be read: the folder holds no file this "
        + "command reads (JSON, XLSX)");
  }

  @Test
  void checkStandardReadsACsvStandardFromStandardInput() throws Exception {
    Path json = write("changzhou.json", ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD));
    Cli.Run csv = Cli.zh("convert-standard", "--format", "csv", json.toString());
    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out()).startsWith("\uFEFFcode,parent,title,");
    Cli.Run r = Cli.run(Cli.NO_LOCALE, csv.out().getBytes(StandardCharsets.UTF_8),
        "check-standard", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("-：标准 changzhou-quality-basic 2021.1 · 33 个指标");
    Cli.Run folder = Cli.zh("check-standard", dir.toString());
    assertThat(folder.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(folder.out()).contains("这是文件夹；本命令只读取一个文件");
  }

  @Test
  void districtSummaryAndCertifyTakeStandardInput() {
    Cli.Run summary = Cli.run(Cli.NO_LOCALE, SAMPLE, "district-summary", "-");
    assertThat(summary.code()).as(summary.err()).isZero();
    assertThat(summary.out()).contains("全区统计：共 1 个单位");
    String name = ReferenceData.caseFileNames().get(0);
    Cli.Run certify = Cli.run(Cli.NO_LOCALE, ReferenceData.caseFile(name), "certify", "-");
    assertThat(certify.code()).as(certify.err()).isZero();
    assertThat(certify.out()).contains("读取档案 1 份");
  }

  @Test
  void submitTakesTheAssessmentFromStandardInput() {
    Cli.Run r = Cli.run(Cli.NO_LOCALE, SAMPLE, "submit", "--actor", "WJ-PS-001-S", "--now",
        "2022-10-10T09:00:00+08:00", "-");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode file = JsonMapper.builder().build().readTree(r.out());
    assertThat(file.get("kind").asString()).isEqualTo("case-file");
    assertThat(r.err()).contains("已提交，待区级审核");
  }
}
