package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.menu.MenusJson;
import io.github.ggw.standards.json.menu.MenusJsonTest;
import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.LocationFormat;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.rules.workflow.RefusalCode;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
import io.github.ggw.standards.rules.workflow.Workflow;
import io.github.ggw.standards.sheets.BrokenSheets;
import io.github.ggw.standards.sheets.BrokenWorkbooks;
import io.github.ggw.standards.sheets.MenuWorkbooks;
import io.github.ggw.standards.sheets.MenuWorkbooksTest;
import io.github.ggw.standards.sheets.StandardsCsv;
import io.github.ggw.standards.sheets.Workbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The language-leak test of DESIGN.md "Language": every message produced from the hostile
 * corpus and the multi-error files (through every JSON reader and the scorer), the broken-sheet
 * table of the CSV standard reader, the broken-workbook table, the broken menu documents and menu
 * workbooks, every refusal and
 * every bundle entry (problem bundles, locations, labels, evidence
 * kinds, rule texts, refusals, report labels, cli and help), rendered in zh-CN, holds no run of
 * three or more Latin letters outside the allow-list ({@link LanguageLeak}); rendered in en, no
 * CJK character outside quoted data.
 */
class LanguageLeakTest {
  private static final Path JSON_TESTS = Path.of("..", "standards-json", "src", "test",
      "resources");
  private static final StandardsJson JSON = StandardsJson.create();
  private static final WorkflowJson WORKFLOW = WorkflowJson.create(JSON);
  private static final PlansJson PLANS = PlansJson.create(JSON);
  private static final Scorer SCORER = Scorer.create();
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static final LanguageLeak LEAK = LanguageLeak.withCommandLine(commandLineWords());

  /** The command names, parameter labels and option values of the program. */
  static Set<String> commandLineWords() {
    picocli.CommandLine root = StandardsCommand.commandLine(new Environment(Map.of(),
        InputStream.nullInputStream(), ZH));
    Set<String> words = new TreeSet<>(root.getSubcommands().keySet());
    List<picocli.CommandLine> all = new ArrayList<>(List.of(root));
    all.addAll(root.getSubcommands().values());
    for (picocli.CommandLine c : all) {
      for (picocli.CommandLine.Model.ArgSpec a : c.getCommandSpec().args()) {
        words.add(a.paramLabel().replaceAll("[<>.]", ""));
        if (a.completionCandidates() != null) {
          a.completionCandidates().forEach(words::add);
        }
      }
    }
    return words;
  }

  /** The bundles people read, by base name; the zh file is the base name with {@code _zh}. */
  static final List<String> BUNDLES = List.of(
      "io/github/ggw/standards/model/problem/input",
      "io/github/ggw/standards/model/problem/standard",
      "io/github/ggw/standards/model/problem/assessment",
      "io/github/ggw/standards/model/problem/workflow",
      "io/github/ggw/standards/model/problem/sheets",
      "io/github/ggw/standards/model/problem/trust",
      "io/github/ggw/standards/model/problem/locations",
      "io/github/ggw/standards/model/labels",
      "io/github/ggw/standards/model/evidence/kinds",
      "io/github/ggw/standards/rules/texts",
      "io/github/ggw/standards/rules/workflow/refusals",
      "io/github/ggw/standards/json/internal/values",
      "io/github/ggw/standards/sheets/internal/csv",
      "io/github/ggw/standards/sheets/internal/files",
      "io/github/ggw/standards/report/report",
      "io/github/ggw/standards/samples/cli",
      "io/github/ggw/standards/samples/help");

  /** Every reader of the library, each turning bytes into its problems. */
  private static final Map<String, Function<byte[], List<Problem>>> READERS = readers();

  private static Map<String, Function<byte[], List<Problem>>> readers() {
    Workflow workflow = WORKFLOW.workflow(ReferenceData.changzhouStandard(),
        ReferenceData.changzhouRegistry(),
        Clock.fixed(Instant.parse("2023-06-30T00:00:00Z"), ZoneOffset.UTC));
    Map<String, Function<byte[], List<Problem>>> r = new LinkedHashMap<>();
    r.put("assessment", LanguageLeakTest::readAndScore);
    r.put("standard", b -> JSON.readStandard(b).problems());
    r.put("profile", b -> JSON.readProfile(b).problems());
    r.put("report", b -> JSON.readReport(b).problems());
    r.put("case file", b -> WORKFLOW.readCaseFile(b, workflow).problems());
    r.put("registry", b -> WORKFLOW.readRegistry(b).problems());
    r.put("action plan", b -> PLANS.readActionPlan(b).problems());
    r.put("work plan", b -> PLANS.readWorkPlan(b).problems());
    r.put("designations", b -> PLANS.readDesignations(b).problems());
    return r;
  }

  private static List<Problem> readAndScore(byte[] input) {
    Result<SelfAssessment> read = JSON.readAssessment(input);
    if (!read.isValid()) {
      return read.problems();
    }
    return SCORER.score(ReferenceData.changzhouStandard(), read.orElseThrow()).problems();
  }

  /** The JSON files of a folder of the JSON module's test resources. */
  private static List<Path> jsonFiles(String folder) {
    try (Stream<Path> s = Files.walk(JSON_TESTS.resolve(folder))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A problem as a person reads it: its place and its message, in one language. */
  private static String rendered(Problem p, Locale locale) {
    return LocationFormat.of(locale).format(p.getLocation()) + " " + p.getMessage(locale);
  }

  /** The leaks of the problems of one source, as lines naming the source and code. */
  private static void check(String source, List<Problem> problems, List<String> leaks) {
    for (Problem p : problems) {
      String zh = rendered(p, ZH);
      List<String> latin = LEAK.latinLeaks(zh);
      if (!latin.isEmpty()) {
        leaks.add(source + " " + p.getCode() + " zh " + latin + ": " + zh);
      }
      List<String> constants = LEAK.constantLeaks(p.getMessage(ZH),
          p.getOffendingValue().orElse(null));
      if (!constants.isEmpty()) {
        leaks.add(source + " " + p.getCode() + " zh constants " + constants + ": " + zh);
      }
      String en = rendered(p, EN);
      List<String> cjk = LanguageLeak.cjkLeaks(en);
      if (!cjk.isEmpty()) {
        leaks.add(source + " " + p.getCode() + " en " + cjk + ": " + en);
      }
    }
  }

  /** Fails listing the leaks, and writes them to target/language-leaks.txt to read whole. */
  private static void assertNoLeaks(List<String> leaks) {
    if (!leaks.isEmpty()) {
      try {
        Files.write(Path.of("target", "language-leaks.txt"), leaks, StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    assertThat(LEAK.latinLeaks("取值无效：Cannot deserialize value")).contains("Cannot");
    assertThat(LEAK.latinLeaks("应为 Unit")).containsExactly("Unit");
    assertThat(LEAK.latinLeaks("/claims/2/points（第 14 行第 17 列）：未知成员“foo”（JSON_UNKNOWN_PROPERTY）"))
        .isEmpty();
    assertThat(LEAK.latinLeaks("请用 YYYY-MM-DD 格式，另存为 UTF-8 的 CSV 文件 a.csv，运行 standards score --lang en"))
        .isEmpty();
    assertThat(LEAK.latinLeaks("等级：FIRST_PRIZE")).containsExactly("FIRST", "PRIZE");
    assertThat(LEAK.constantLeaks("否决项 4.1 不产生任何后果：后果“CAP_BAND”", null))
        .containsExactly("CAP_BAND");
    assertThat(LEAK.constantLeaks("本标准不适用于 VOCATIONAL 类单位（JSON_INVALID_VALUE）", null))
        .containsExactly("VOCATIONAL");
    assertThat(LEAK.constantLeaks("取值无效：“CORE”不能用于此处", "CORE")).isEmpty();
    assertThat(LEAK.constantLeaks("后果为限定等级（STANDARD_VETO_NO_EFFECT）", null)).isEmpty();
    assertThat(LanguageLeak.cjkLeaks("Unknown member \"名称\"")).isEmpty();
    assertThat(LanguageLeak.cjkLeaks("应为 text")).containsExactly("应", "为");
  }

  @Test
  void everyMessageFromTheHostileCorpusThroughEveryReader() {
    List<String> leaks = new ArrayList<>();
    for (Path file : jsonFiles("corpus")) {
      byte[] input = bytes(file);
      READERS.forEach((reader, read) -> check(file.getFileName() + " as " + reader,
          read.apply(input), leaks));
    }
    assertNoLeaks(leaks);
  }

  @Test
  void everyMessageFromTheMultiErrorFilesThroughEveryReader() {
    List<String> leaks = new ArrayList<>();
    for (Path file : jsonFiles("multi-error")) {
      byte[] input = bytes(file);
      READERS.forEach((reader, read) -> check(file.getFileName() + " as " + reader,
          read.apply(input), leaks));
    }
    assertNoLeaks(leaks);
  }

  /**
   * Findings that name a value of the model (a veto's effect and band, a quota's or band's
   * rating, a unit type): zh names it by its label, en by its code.
   */
  @Test
  void findingsThatNameAValueOfTheModelNameItsLabelInZh() {
    String standard = new String(ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD),
        StandardCharsets.UTF_8);
    // the first veto caps a band without naming one; a quota on the lowest band; the excellent
    // band from 900, above the highest total
    String broken = standard.replaceFirst("\"type\": \"veto\",",
        "\"type\": \"veto\", \"effect\": \"CAP_BAND\",")
        .replace("\"ratingBands\": [", "\"quotas\": [{\"rating\": \"FAIL\", "
            + "\"maxSharePercent\": 10}],\n  \"ratingBands\": [")
        .replace("\"lowerBound\": 90", "\"lowerBound\": 900");
    List<Problem> findings = JSON.readStandard(broken.getBytes(StandardCharsets.UTF_8))
        .problems();
    assertThat(findings).extracting(Problem::getCode).contains(
        io.github.ggw.standards.model.problem.ProblemCode.STANDARD_VETO_NO_EFFECT,
        io.github.ggw.standards.model.problem.ProblemCode.STANDARD_QUOTA_INVALID,
        io.github.ggw.standards.model.problem.ProblemCode.STANDARD_BAND_UNREACHABLE);
    assertThat(findings).extracting(p -> p.getMessage(ZH)).anySatisfy(m -> assertThat(m)
        .contains("后果为“限定等级”，限定等级“capBand”为“无”")).anySatisfy(m -> assertThat(m)
        .startsWith("等级“不合格”的名额比例无效")).anySatisfy(m -> assertThat(m)
        .startsWith("下限为 900 的等级（“优秀”）无法达到"));
    assertThat(findings).extracting(p -> p.getMessage(EN)).anySatisfy(m -> assertThat(m)
        .contains("effect CAP_BAND with capBand none"));
    // a standard for every type but primary schools, and sample 01 of a primary school
    String noPrimary = standard.replaceFirst("\"PRIMARY\",\\s*", "");
    io.github.ggw.standards.model.standard.Standard others = JSON.readStandard(
        noPrimary.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    List<Problem> scored = SCORER.score(others, JSON.readAssessment(
        ReferenceData.sample("01-excellent-primary.json")).orElseThrow()).problems();
    assertThat(scored).extracting(p -> p.getMessage(ZH)).contains(
        "本标准不适用于小学（适用：幼儿园、初中、普通高中、中职校）");
    List<String> leaks = new ArrayList<>();
    check("broken standard", findings, leaks);
    check("sample 01 under a standard without primary schools", scored, leaks);
    assertNoLeaks(leaks);
  }

  @Test
  void everyRefusal() {
    List<String> leaks = new ArrayList<>();
    for (RefusalCode code : RefusalCode.values()) {
      // arguments as the workflow passes them: ids, counts, Chinese labels, quoted text
      RefusedTransitionException e = RefusedTransitionException.of(code, "u-01", "3",
          "区级审核", "“示例”", "2023-06-30");
      String zh = e.getMessage(ZH);
      List<String> latin = LEAK.latinLeaks(zh.replace("u-01", ""));
      if (!latin.isEmpty()) {
        leaks.add(code + " zh " + latin + ": " + zh);
      }
      String en = e.getMessage(EN);
      if (!LanguageLeak.cjkLeaks(en.replace("区级审核", "").replace("“示例”", "")).isEmpty()) {
        leaks.add(code + " en: " + en);
      }
    }
    assertNoLeaks(leaks);
  }

  private static Properties bundle(String name) {
    Properties p = new Properties();
    try (InputStream in = LanguageLeakTest.class.getClassLoader()
        .getResourceAsStream(name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundle text with its placeholders taken out (they hold data, checked elsewhere). */
  private static String template(String text) {
    return text.replaceAll("\\{[0-9]+(,[^}]*)?}", " ");
  }

  @Test
  void everyBundleEntry() {
    List<String> leaks = new ArrayList<>();
    for (String name : BUNDLES) {
      Properties en = bundle(name);
      Properties zh = bundle(name + "_zh");
      for (String key : new TreeSet<>(zh.stringPropertyNames())) {
        List<String> latin = LEAK.latinLeaks(template(zh.getProperty(key)));
        if (!latin.isEmpty()) {
          leaks.add(name + "_zh " + key + " " + latin + ": " + zh.getProperty(key));
        }
      }
      for (String key : new TreeSet<>(en.stringPropertyNames())) {
        if (!LanguageLeak.cjkLeaks(template(en.getProperty(key))).isEmpty()) {
          leaks.add(name + " " + key + ": " + en.getProperty(key));
        }
      }
    }
    assertNoLeaks(leaks);
  }

  @Test
  void everyMessageFromTheBrokenSheetTable() {
    StandardsCsv csv = StandardsCsv.create();
    List<String> leaks = new ArrayList<>();
    List<BrokenSheets.Finding> findings = BrokenSheets.findings();
    assertThat(findings).as("the table is read").hasSizeGreaterThanOrEqualTo(25);
    for (BrokenSheets.Finding f : findings) {
      List<Problem> problems = csv.readStandard(f.sheet().getBytes(StandardCharsets.UTF_8))
          .problems();
      assertThat(problems).as(f.what()).extracting(p -> p.getCode().name()).contains(f.code());
      check("sheet: " + f.what(), problems, leaks);
    }
    assertNoLeaks(leaks);
  }

  @Test
  void everyMessageFromTheBrokenWorkbookTable() {
    List<String> leaks = new ArrayList<>();
    for (BrokenWorkbooks.Case c : BrokenWorkbooks.all()) {
      Result<SelfAssessment> r = Workbooks.read(c.bytes().get(),
          ReferenceData.changzhouStandard());
      check("workbook: " + c.name(), r.problems(), leaks);
    }
    assertNoLeaks(leaks);
  }

  @Test
  void everyMessageFromTheBrokenStandardWorkbookTable() {
    io.github.ggw.standards.sheets.StandardWorkbooks xlsx =
        io.github.ggw.standards.sheets.StandardWorkbooks.create();
    List<String> leaks = new ArrayList<>();
    List<io.github.ggw.standards.sheets.BrokenStandardWorkbooks.Case> cases =
        io.github.ggw.standards.sheets.BrokenStandardWorkbooks.all();
    assertThat(cases).as("the table is read").hasSizeGreaterThanOrEqualTo(30);
    for (io.github.ggw.standards.sheets.BrokenStandardWorkbooks.Case c : cases) {
      List<Problem> problems = xlsx.readStandard(c.bytes().get()).problems();
      assertThat(problems).as(c.name()).extracting(Problem::getCode).contains(c.code());
      check("standard workbook: " + c.name(), problems, leaks);
    }
    assertNoLeaks(leaks);
  }

  @Test
  void everyMessageFromTheBrokenMenus() throws IOException {
    MenusJson menus = MenusJson.create();
    List<String> leaks = new ArrayList<>();
    for (Arguments a : MenusJsonTest.brokenMenus().toList()) {
      Object[] m = a.get();
      byte[] doc = ((String) m[2]).getBytes(StandardCharsets.UTF_8);
      Result<?> r = (Boolean) m[1] ? menus.readNeeds(doc) : menus.readResources(doc);
      assertThat(r.problems()).as((String) m[0]).isNotEmpty();
      check("menu: " + m[0], r.problems(), leaks);
    }
    for (Arguments a : MenuWorkbooksTest.brokenWorkbooks().toList()) {
      Object[] m = a.get();
      Result<MenuWorkbooks.Menus> r = MenuWorkbooks.read((byte[]) m[1]);
      assertThat(r.problems()).as((String) m[0]).isNotEmpty();
      check("menu workbook: " + m[0], r.problems(), leaks);
    }
    assertNoLeaks(leaks);
  }
}
