package io.github.ggw.standards.samples;

import static io.github.ggw.standards.samples.ScoreCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.samples.ScoreCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workflow commands {@code submit}, {@code review}, {@code approve} and {@code certify}
 * acting on case files in JSON, with the exit codes of the command-line contract.
 */
class WorkflowCommandsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path dir;
  private Path assessment;
  private Path caseFile;

  @BeforeEach
  void writeSample() throws Exception {
    assessment = Files.createDirectories(dir.resolve("in")).resolve("01.json");
    Files.write(assessment, ReferenceData.sample("01-excellent-primary.json"));
    caseFile = dir.resolve("WJ-PS-001-2022.case.json");
    Path keys = Files.createDirectories(dir.resolve("keys"));
    for (String office : List.of("WJ-OFFICE", "CZ-CITY-OFFICE")) {
      Files.write(keys.resolve(office + ".p12"), ReferenceData.demoKey(office));
    }
  }

  /** The run's environment: the demo keys' password, no locale (zh-CN). */
  private static final java.util.Map<String, String> KEY_ENV =
      java.util.Map.of("STANDARDS_KEY_PASSWORD", ReferenceData.DEMO_KEY_PASSWORD);

  private Run signed(String... args) {
    Cli.Run r = Cli.run(KEY_ENV, args);
    return new Run(r.code(), r.out(), r.err());
  }

  private String key(String office) {
    return dir.resolve("keys").resolve(office + ".p12").toString();
  }

  private Run submit() {
    return run("submit", "--actor", "WJ-PS-001-S", "--now", "2022-10-10T09:00:00+08:00",
        "--output", dir.toString(), assessment.toString());
  }

  private Run review(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("review", "--actor", "WJ-REV-01",
        "--key", key("WJ-OFFICE"), "--now", "2022-11-01T10:00:00+08:00", "--output",
        dir.toString()));
    args.addAll(List.of(extra));
    args.add(caseFile.toString());
    return signed(args.toArray(String[]::new));
  }

  private Run approve(String actor) {
    return signed("approve", "--actor", actor, "--key", key("CZ-CITY-OFFICE"),
        "--now", "2022-12-15T15:00:00+08:00",
        "--document", "常教关委〔2022〕4号", "--date", "2022-12-20", "--output", dir.toString(),
        caseFile.toString());
  }

  @Test
  void submitReviewApproveAndCertifyAFolder() throws Exception {
    assertThat(submit().code()).isZero();
    assertThat(caseFile).exists();
    Run reviewed = review("--adjust", "2.4:3.5:缺少活动总结");
    assertThat(reviewed.code()).isZero();
    // the side-by-side table: 2.4 claimed 4, self 4, district 3.5
    assertThat(reviewed.out()).containsPattern("2\\.4 .* 4 +4 +3\\.5")
        .contains("审核分", "2.4：4 → 3.5（缺少活动总结）", "区级审核通过，经办：WJ-REV-01（区级审核人）");
    Run approved = approve("CZ-APP-01");
    assertThat(approved.code()).isZero();
    assertThat(approved.out()).contains("认定称号：优质化达标校，文号 常教关委〔2022〕4号，日期 2022-12-20");

    Run certify = run("certify", dir.toString());
    assertThat(certify.code()).isZero();
    assertThat(certify.out()).contains("认定名单", "320412", "WJ-PS-001", "常教关委〔2022〕4号",
        "读取档案 1 份，认定单位 1 个，0 份档案未通过核验");
    Run csv = run("certify", "--format", "csv", dir.toString());
    assertThat(csv.out()).startsWith("district,unitId,unitName,")
        .contains("320412,WJ-PS-001,武进区星河实验小学（虚构）,PRIMARY,2022,");
    JsonNode list = JSON.readTree(run("certify", "--format", "json", dir.toString()).out());
    assertThat(list.get("entries").get(0).get("unitId").asString()).isEqualTo("WJ-PS-001");
  }

  @Test
  void submitWithoutOutputWritesTheCaseFileToStandardOutput() {
    Run r = run("submit", "--actor", "WJ-PS-001-S", "--now", "2022-10-10T09:00:00+08:00",
        assessment.toString());
    assertThat(r.code()).isZero();
    JsonNode file = JSON.readTree(r.out());
    assertThat(file.get("kind").asString()).isEqualTo("case-file");
    assertThat(file.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(file.get("auditTrail").get(0).get("at").asString())
        .isEqualTo("2022-10-10T01:00:00Z");
    assertThat(r.err()).contains("已提交，待区级审核");
  }

  @Test
  void refusedTransitionsExitOneAndNameTheRule() {
    assertThat(submit().code()).isZero();
    Run ownUnit = run("review", "--actor", "WJ-REV-02", "--now", "2022-11-01T10:00:00+08:00",
        caseFile.toString());
    assertThat(ownUnit.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(ownUnit.err()).contains("OWN_UNIT", "不得审核或审批本单位");
    Run otherDistrict = run("review", "--lang", "en", "--actor", "XB-REV-01", "--now",
        "2022-11-01T10:00:00+08:00", caseFile.toString());
    assertThat(otherDistrict.err()).contains("OUTSIDE_JURISDICTION",
        "XB-REV-01 acts for 320411, but unit WJ-PS-001 belongs to 320412");
    Run early = approve("CZ-APP-01");
    assertThat(early.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(early.out() + early.err()).contains("NOT_REVIEWED");
    Run computed = review("--adjust", "1.3:2:材料不足");
    assertThat(computed.out() + computed.err()).contains("ADJUSTMENT_COMPUTED_ITEM");
    assertThat(run("submit", "--actor", "TN-JS-014-S", assessment.toString()).err())
        .contains("NOT_UNIT_STAFF");
  }

  @Test
  void returnAndResubmit() {
    assertThat(submit().code()).isZero();
    Run returned = review("--return", "缺少年度工作计划");
    assertThat(returned.code()).isZero();
    assertThat(returned.out()).contains("已退回修改", "理由：缺少年度工作计划");
    Run resubmitted = run("submit", "--actor", "WJ-PS-001-S", "--now",
        "2022-11-02T09:00:00+08:00", "--case", caseFile.toString(), "--output", dir.toString(),
        assessment.toString());
    assertThat(resubmitted.code()).isZero();
    assertThat(resubmitted.out()).contains("第 2 版", "修改后重新提交");
  }

  @Test
  void anEditedCaseFileIsRefusedAsInvalidInput() throws Exception {
    assertThat(submit().code()).isZero();
    String text = Files.readString(caseFile, StandardCharsets.UTF_8);
    Files.writeString(caseFile, text.replaceFirst("\"annualFundingYuan\" : 6000",
        "\"annualFundingYuan\" : 9000"), StandardCharsets.UTF_8);
    Run r = review();
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out() + r.err()).contains("CASE_FILE_DIGEST_MISMATCH", "/submissions/0/digest");
    Run certify = run("certify", dir.toString());
    assertThat(certify.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(certify.out()).contains("CASE_FILE_DIGEST_MISMATCH",
        "读取档案 1 份，认定单位 0 个，1 份档案未通过核验");
  }

  @Test
  void certifyWithoutArgumentsListsTheBundledCaseFilesByDistrictThenCode() {
    Run r = run("certify", "--lang", "en");
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo("Certification list");
    assertThat(lines[3]).matches("320402 +CZ-SS-001 .*");
    assertThat(lines[4]).matches("320412 +WJ-PS-001 .*");
    assertThat(r.out()).contains("5 case file(s) read, 2 unit(s) certified, 0 file(s) refused");
    // columns align by display width: the document column starts at one display column
    int first = DisplayWidth.of(lines[3].substring(0, lines[3].indexOf("常教关委")));
    int second = DisplayWidth.of(lines[4].substring(0, lines[4].indexOf("常教关委")));
    assertThat(first).isEqualTo(second);
  }

  @Test
  void usageErrorsOfTheWorkflowCommandsExitTwo() {
    for (List<String> args : List.<List<String>>of(
        List.of("review", "--actor", "WJ-REV-01", "--adjust", "2.4-3.5", "x.json"),
        List.of("review", "--actor", "WJ-REV-01", "--adjust", "2.4:3.5:r", "--return", "r",
            "x.json"),
        List.of("approve", "--actor", "CZ-APP-01", "x.json"),
        List.of("approve", "--actor", "CZ-APP-01", "--reject", "r", "--document", "d",
            "x.json"),
        List.of("submit", "--actor", "bad actor", "x.json"),
        List.of("review", "x.json"),
        List.of("certify", "--format", "xlsx"))) {
      assertThat(run(args.toArray(String[]::new)).code()).as("%s", args)
          .isEqualTo(StandardsCommand.USAGE);
    }
  }

  @Test
  void aMissingCaseFileIsInvalidInput() {
    Run r = review();
    assertThat(r.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(r.out() + r.err()).contains("INPUT_UNREADABLE").doesNotContain("\tat ");
  }

  @Test
  void aDecisionWithoutItsKeyOrWithAWrongPasswordIsRefused() {
    assertThat(submit().code()).isZero();
    Run noKey = run("review", "--actor", "WJ-REV-01", "--now", "2022-11-01T10:00:00+08:00",
        caseFile.toString());
    assertThat(noKey.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(noKey.err()).contains("SIGNATURE_REQUIRED");
    Cli.Run wrong = Cli.run(java.util.Map.of("STANDARDS_KEY_PASSWORD", "wrong"), "review",
        "--actor", "WJ-REV-01", "--key", key("WJ-OFFICE"), "--now",
        "2022-11-01T10:00:00+08:00", caseFile.toString());
    assertThat(wrong.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(wrong.err()).contains("KEY_FILE_PASSWORD_WRONG");
    // the city's key is not the Wujin office's
    Run cityKey = signed("review", "--actor", "WJ-REV-01", "--key", key("CZ-CITY-OFFICE"),
        "--now", "2022-11-01T10:00:00+08:00", caseFile.toString());
    assertThat(cityKey.err()).contains("OFFICE_NOT_PERMITTED");
  }

  @Test
  void keygenWritesAProtectedKeyAndPrintsItsPublicHalfForTheRegistry() throws Exception {
    for (String name : List.of("new.p12", "new.pem")) {
      Path out = dir.resolve(name);
      Cli.Run r = Cli.run(java.util.Map.of("STANDARDS_KEY_PASSWORD", "s3cret"), "keygen",
          "--office", "WJ-OFFICE", "--output", out.toString(), "--valid-from",
          "2023-01-01T00:00:00+08:00");
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode printed = JSON.readTree(r.out());
      assertThat(printed.get("validFrom").asString()).isEqualTo("2022-12-31T16:00:00Z");
      var pair = io.github.ggw.standards.json.workflow.Sm2KeyPair.read(Files.readAllBytes(out),
          "s3cret".toCharArray()).orElseThrow();
      assertThat(printed.get("keyId").asString()).isEqualTo(pair.keyId());
      assertThat(printed.get("publicKey").asString()).isEqualTo(pair.publicKeyBase64());
      assertThat(r.out() + r.err()).doesNotContain("s3cret");
    }
    assertThat(Files.readString(dir.resolve("new.pem")))
        .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    // without a password (no variable, no console in tests) nothing is written
    Cli.Run none = Cli.run(java.util.Map.of(), "keygen", "--office", "WJ-OFFICE", "--output",
        dir.resolve("none.p12").toString());
    assertThat(none.code()).isEqualTo(StandardsCommand.INVALID_INPUT);
    assertThat(dir.resolve("none.p12")).doesNotExist();
  }

  @Test
  void keygenTakesTheLanguageOptionAndItsHelpPromisesNoStandardOutputForm() throws Exception {
    Path out = dir.resolve("en.p12");
    Cli.Run en = Cli.run(java.util.Map.of("STANDARDS_KEY_PASSWORD", "s3cret"), "keygen",
        "--lang", "en", "--office", "WJ-OFFICE", "--output", out.toString());
    assertThat(en.code()).as(en.err()).isZero();
    assertThat(en.err()).contains("Private key written").doesNotContainPattern("\\p{IsHan}");
    // --output is required: the help does not describe a form without it
    Cli.Run help = Cli.run(java.util.Map.of(), "keygen", "--help");
    assertThat(help.out()).contains("--output=FILE", "输出：写入 --output 指定的文件")
        .doesNotContain("不加 --output 时");
    Cli.Run helpEn = Cli.run(java.util.Map.of(), "keygen", "--lang", "en", "--help");
    assertThat(helpEn.out()).contains("--lang=LANG").doesNotContain("without --output");
  }

  /** The README's walk-through, step by step, with the demo keys where the README names them. */
  @Test
  void theReadmeWalkThroughRunsWithTheShippedDemoKeys() throws Exception {
    Path r = Path.of("..", "standards-json/src/main/resources/io/github/ggw/standards/json/"
        + "reference");
    String s = r.resolve("samples/01-excellent-primary.json").toString();
    Path cases = dir.resolve("cases");
    String file = cases.resolve("WJ-PS-001-2022.case.json").toString();
    assertThat(signed("submit", "--actor", "WJ-PS-001-S", "--now", "2022-11-20T09:00:00+08:00",
        "--output", cases.toString(), s).code()).isZero();
    Run review = signed("review", "--actor", "WJ-REV-01", "--key",
        r.resolve("keys/WJ-OFFICE.p12").toString(), "--adjust", "2.4:3.5:缺少活动总结", "--now",
        "2022-12-05T10:00:00+08:00", "--output", cases.toString(), file);
    assertThat(review.code()).as(review.err()).isZero();
    Run approve = signed("approve", "--actor", "CZ-APP-01", "--key",
        r.resolve("keys/CZ-CITY-OFFICE.p12").toString(), "--document", "常教关委〔2022〕4号",
        "--date", "2022-12-20", "--now", "2022-12-20T15:00:00+08:00", "--output",
        cases.toString(), file);
    assertThat(approve.code()).as(approve.err()).isZero();
    Run certify = signed("certify", cases.toString());
    assertThat(certify.code()).isZero();
    assertThat(certify.out()).contains("WJ-PS-001", "常教关委〔2022〕4号");
    assertThat(signed("review", "--actor", "WJ-REV-02", file).err()).contains("OWN_UNIT");
  }
}
