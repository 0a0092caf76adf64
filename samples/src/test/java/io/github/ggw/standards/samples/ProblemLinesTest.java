package io.github.ggw.standards.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.workflow.RefusalCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Problem, warning and refusal lines of every command that prints them, in both languages (the
 * forms of docs/input.md, "Problem lines"): in zh the severity in words, the place as the shared
 * location format writes it and the code once, in parentheses at the end, with no English
 * severity word and no {@code line}/{@code column}; in en the severity and code first, the place
 * in English and no CJK character outside quoted data.
 */
class ProblemLinesTest {
  @TempDir static Path dir;
  private static final Set<String> CODES = Stream.concat(
      Arrays.stream(ProblemCode.values()).map(Enum::name),
      Arrays.stream(RefusalCode.values()).map(Enum::name)).collect(Collectors.toSet());
  private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9_]+\\b");
  private static final LanguageLeak LEAK = LanguageLeak.withCommandLine(
      LanguageLeakTest.commandLineWords());

  private static Path badAssessment;
  private static Path overClaim;
  private static Path badBatch;
  private static Path badStandard;
  private static Path badCase;
  private static Path submitted;
  private static Path badNeeds;
  private static Path resources;

  private static final List<String> SUBMIT = List.of("submit", "--actor", "WJ-PS-001-S",
      "--now", "2022-10-10T09:00:00+08:00");
  private static final List<String> REVIEW = List.of("review", "--actor", "WJ-REV-01", "--now",
      "2022-11-01T10:00:00+08:00", "--key", Cli.demoKey("WJ-OFFICE"));
  private static final List<String> APPROVE = List.of("approve", "--actor", "CZ-APP-01",
      "--key", Cli.demoKey("CZ-CITY-OFFICE"), "--now", "2022-12-15T15:00:00+08:00",
      "--document", "常教关委〔2022〕4号", "--date", "2022-12-20");

  @BeforeAll
  static void files() throws Exception {
    String sample = new String(ReferenceData.sample("01-excellent-primary.json"),
        StandardCharsets.UTF_8);
    // three elders of the core tier become "TOP", a tier that does not exist
    badAssessment = Files.writeString(dir.resolve("bad.json"),
        sample.replace("\"tier\": \"CORE\"", "\"tier\": \"TOP\""), StandardCharsets.UTF_8);
    overClaim = Files.write(dir.resolve("overclaim.json"),
        ReferenceData.sample("05-overclaim-vocational.json"));
    badBatch = Files.writeString(dir.resolve("batch.json"),
        "[" + Files.readString(badAssessment) + "]", StandardCharsets.UTF_8);
    String standard = new String(ReferenceData.resource(ReferenceData.CHANGZHOU_STANDARD),
        StandardCharsets.UTF_8);
    // cut in the middle: a syntax error at a line and column
    badStandard = Files.writeString(dir.resolve("standard.json"),
        standard.substring(0, standard.length() / 2), StandardCharsets.UTF_8);
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path good = Files.write(dir.resolve("01.json"),
        ReferenceData.sample("01-excellent-primary.json"));
    Cli.Run s = Cli.zh(args(SUBMIT, "--output", cases.toString(), good.toString()));
    assertThat(s.code()).as(s.err()).isZero();
    submitted = cases.resolve("WJ-PS-001-2022.case.json");
    String caseFile = Files.readString(submitted);
    badCase = Files.writeString(dir.resolve("bad.case.json"),
        caseFile.substring(0, caseFile.length() / 2), StandardCharsets.UTF_8);
    badNeeds = Files.writeString(dir.resolve("needs.json"), new String(ReferenceData.resource(
        ReferenceData.EXAMPLE_NEEDS_MENU), StandardCharsets.UTF_8)
        .replace("\"TUTORING\"", "\"TUTOR\""), StandardCharsets.UTF_8);
    resources = Files.write(dir.resolve("resources.json"),
        ReferenceData.resource(ReferenceData.EXAMPLE_RESOURCE_MENU));
  }

  private static String[] args(List<String> head, String... more) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /**
   * Every command that prints problems or refusals, with input that makes it print some: the
   * name of the row and the command line (the output folder or file is added per language).
   */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("score", List.of("score", p(badAssessment))),
        Arguments.of("score (warnings)", List.of("score", p(overClaim))),
        Arguments.of("score --batch", List.of("score", "--batch", p(badBatch))),
        Arguments.of("score --standard", List.of("score", "--standard", p(badStandard),
            p(overClaim))),
        Arguments.of("generate", List.of("generate", "--count", "1", "--standard",
            p(badStandard), "--output", "OUT")),
        Arguments.of("check-standard", List.of("check-standard", p(badStandard))),
        Arguments.of("convert-standard", List.of("convert-standard", "--format", "csv",
            p(badStandard))),
        Arguments.of("submit", List.of(args(SUBMIT, "--output", "OUT", p(badAssessment)))),
        Arguments.of("review", List.of(args(REVIEW, "--output", "OUT", p(badCase)))),
        Arguments.of("approve (refused)", List.of(args(APPROVE, "--output", "OUT", p(submitted)))),
        Arguments.of("certify", List.of("certify", p(badCase))),
        Arguments.of("district-summary", List.of("district-summary", p(badAssessment))),
        Arguments.of("plan-progress", List.of("plan-progress", p(badAssessment))),
        Arguments.of("match", List.of("match", p(badNeeds), p(resources))),
        Arguments.of("template", List.of("template", "--from", p(badAssessment), "--output",
            "OUT.xlsx")));
  }

  private static String p(Path file) {
    return file.toString();
  }

  private static List<String> argsIn(List<String> command, String language)
      throws Exception {
    List<String> out = new ArrayList<>();
    Path folder = Files.createDirectories(dir.resolve("out-" + language + "-"
        + Math.abs(command.hashCode())));
    for (String a : command) {
      out.add(a.equals("OUT") ? folder.toString()
          : a.equals("OUT.xlsx") ? folder.resolve("t.xlsx").toString() : a);
    }
    return out;
  }

  /** The lines of a run that name a problem or refusal code. */
  private static List<String> codedLines(Cli.Run r) {
    return (r.out() + "\n" + r.err()).lines().filter(l -> !codesOf(l).isEmpty()).toList();
  }

  private static List<String> codesOf(String line) {
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      if (CODES.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void zhLinesEndWithTheCodeOnceAndSayTheRestInChinese(String name, List<String> command)
      throws Exception {
    Cli.Run r = Cli.zh(argsIn(command, "zh").toArray(String[]::new));
    List<String> lines = codedLines(r);
    assertThat(lines).as(r.out() + r.err()).isNotEmpty();
    assertThat(lines).allSatisfy(l -> {
      List<String> codes = codesOf(l);
      assertThat(codes).as(l).hasSize(1);
      assertThat(l).endsWith("（" + codes.get(0) + "）")
          .doesNotContainPattern("\\b(ERROR|WARNING|INFO|error|warning|note|line|column|at)\\b")
          .doesNotContain("Refused", "Warning");
      assertThat(LEAK.latinLeaks(l)).as(l).isEmpty();
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void enLinesNameTheCodeFirstAndHoldNoChineseOutsideQuotedData(String name, List<String> command)
      throws Exception {
    Cli.Run r = Cli.run(Cli.ENGLISH, argsIn(command, "en").toArray(String[]::new));
    List<String> lines = codedLines(r);
    assertThat(lines).as(r.out() + r.err()).isNotEmpty();
    assertThat(lines).allSatisfy(l -> {
      assertThat(l).containsPattern(
          "(: (error|warning|note) [A-Z0-9_]+(: | at ))|^Warning [A-Z0-9_]+(: | at )"
          + "|^Refused [A-Z0-9_]+: ");
      assertThat(LanguageLeak.cjkLeaks(l)).as(l).isEmpty();
    });
  }

  @Test
  void aProblemLineInEachLanguage() throws Exception {
    // sample 01's first core-tier elder is evidence 1, its "tier" member on line 28 from
    // column 15 (the 'T' of "TOP" after 14 characters: 6 spaces, "tier" quoted, colon, space)
    Cli.Run zh = Cli.zh("score", p(badAssessment));
    assertThat(zh.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(zh.out().lines().findFirst().orElseThrow()).isEqualTo(p(badAssessment)
        + "：错误：/evidence/1/tier（第 28 行第 15 列）：取值无效：“TOP”不是可选值；"
        + "可选：核心层、骨干层、参与层（JSON_INVALID_VALUE）");
    Cli.Run en = Cli.run(Cli.ENGLISH, "score", p(badAssessment));
    assertThat(en.out().lines().findFirst().orElseThrow()).startsWith(p(badAssessment)
        + ": error JSON_INVALID_VALUE at /evidence/1/tier (line 28, column 15): Invalid value: ");
  }

  @Test
  void aWarningAndARefusalInEachLanguage() throws Exception {
    // sample 05 claims 5 points for item 5.1, whose evidence supports 3
    Cli.Run zh = Cli.zh("score", p(overClaim));
    // the place names the item, so the message follows without its own "指标 5.1："
    assertThat(zh.out()).contains("警告：/claims/18/points（第 260 行第 17 列），指标 5.1："
        + "自评 5 分，佐证材料仅支持 3 分（CLAIM_OVER_COMPUTED）").doesNotContain("指标 5.1：指标 5.1");
    Cli.Run en = Cli.run(Cli.ENGLISH, "score", p(overClaim));
    assertThat(en.out()).contains("Warning CLAIM_OVER_COMPUTED at /claims/18/points (line 260,"
        + " column 17), item 5.1: ").doesNotContain("item 5.1: Item 5.1:");
    Path out = Files.createDirectories(dir.resolve("refusal"));
    Cli.Run refusedZh = Cli.zh(args(APPROVE, "--output", out.toString(), p(submitted)));
    assertThat(refusedZh.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(refusedZh.err().lines().filter(l -> l.startsWith("操作被拒绝："))
        .findFirst()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .matches("操作被拒绝：.+（NOT_REVIEWED）")
        .satisfies(l -> assertThat(LEAK.latinLeaks(l)).isEmpty());
    Cli.Run refusedEn = Cli.run(Cli.ENGLISH, args(APPROVE, "--output", out.toString(),
        p(submitted)));
    assertThat(refusedEn.err()).containsPattern("(?m)^Refused NOT_REVIEWED: [A-Z]");
  }
}
