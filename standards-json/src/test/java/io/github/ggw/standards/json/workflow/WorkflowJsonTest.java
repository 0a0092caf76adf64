package io.github.ggw.standards.json.workflow;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.CaseFileSamples;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.workflow.CertificationList;
import io.github.ggw.standards.rules.workflow.DiscrepancyReport;
import io.github.ggw.standards.rules.workflow.Workflow;
import io.github.ggw.standards.rules.workflow.YearOverYear;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Case files, registries and workflow reports in JSON and CSV: round trips, and every way an
 * edited file is refused (nothing approved can be forged by editing JSON).
 */
class WorkflowJsonTest {
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private final WorkflowJson json = CaseFileSamples.JSON;
  private final Workflow workflow = json.workflow(CaseFileSamples.STANDARD,
      ReferenceData.changzhouRegistry(), Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
  private final CaseFile approved = CaseFileSamples.wujin2022();
  private final String approvedJson = json.writeCaseFile(approved);

  private Result<CaseFile> read(String text) {
    return json.readCaseFile(text.getBytes(StandardCharsets.UTF_8), workflow);
  }

  private static String edit(String text, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) TREE.readTree(text);
    change.accept(root);
    return TREE.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static List<ProblemCode> codes(Result<?> r) {
    return r.problems().stream().map(Problem::getCode).toList();
  }

  @Test
  void caseFileRoundTripsThroughJson() {
    Result<CaseFile> r = read(approvedJson);
    assertThat(r.problems()).isEmpty();
    assertThat(r.orElseThrow()).isEqualTo(approved);
    assertThat(json.writeCaseFile(r.orElseThrow())).isEqualTo(approvedJson);
    JsonNode tree = TREE.readTree(approvedJson);
    assertThat(tree.get("kind").asString()).isEqualTo("case-file");
    // format 2: every decision carries its office and signature
    assertThat(tree.get("formatVersion").asInt()).isEqualTo(2);
    assertThat(tree.at("/auditTrail/1/office").asString()).isEqualTo("WJ-OFFICE");
    assertThat(tree.at("/auditTrail/1/signature/alg").asString()).isEqualTo("SM2-SM3");
    assertThat(tree.at("/auditTrail/0/signature").isMissingNode()).isTrue();
    assertThat(tree.get("submissions").get(0).get("assessment").get("kind").asString())
        .isEqualTo("self-assessment");
  }

  @Test
  void editedEvidenceIsRefusedWithTheDigestsItBreaksAndTheirLines() {
    String edited = approvedJson.replaceFirst("\"annualFundingYuan\" : 6000",
        "\"annualFundingYuan\" : 6001");
    assertThat(edited).isNotEqualTo(approvedJson);
    Result<CaseFile> r = read(edited);
    assertThat(r.isValid()).isFalse();
    assertThat(codes(r)).containsOnly(ProblemCode.CASE_FILE_DIGEST_MISMATCH);
    assertThat(r.problems()).extracting(p -> p.getLocation().getPointer().orElseThrow())
        .containsExactly("/submissions/0/digest", "/auditTrail/0/digest",
            "/auditTrail/1/digest", "/auditTrail/2/digest", "/districtReview/digestSeen",
            "/cityApproval/digestSeen");
    assertThat(r.problems().get(0).getLocation().getLine()).isPresent();
    assertThat(r.problems().get(0).getMessageZh()).contains("提交后佐证材料或自评分被改动");
  }

  /** Edits that try to forge or alter a decision, each refused when read back. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // the city's total raised by hand
    "city total|/cityApproval/score/roundedTotal|101|CASE_FILE_REPLAY_REFUSED",
    // the designation's number changed in the approval only
    "document number|/cityApproval/designation/documentNumber|常教关委〔2022〕9号|"
        + "CASE_FILE_REPLAY_REFUSED",
    // a reviewer's points changed without a trace in the trail
    "review points|/districtReview/adjustments/0/after|2|CASE_FILE_REPLAY_REFUSED",
    // the approval claimed by a reviewer, in the trail and the approval alike
    "approver|/auditTrail/2/actor + /cityApproval/approver|WJ-REV-01|CASE_FILE_REPLAY_REFUSED",
    // the review claimed by the unit's own seconded teacher
    "own reviewer|/auditTrail/1/actor + /districtReview/reviewer|WJ-REV-02|"
        + "CASE_FILE_REPLAY_REFUSED",
    // an approval dated before the review
    "time order|/auditTrail/2/at + /cityApproval/decidedAt|2022-10-01T00:00:00Z|"
        + "CASE_FILE_REPLAY_REFUSED",
    // the review's role relabelled in the trail only: the event no longer replays as recorded
    "role|/auditTrail/1/role|CITY_APPROVER|CASE_FILE_REPLAY_REFUSED",
  })
  void forgedDecisionsAreRefused(String name, String pointers, String value,
      ProblemCode expected) {
    String edited = edit(approvedJson, root -> {
      for (String pointer : pointers.split(" \\+ ")) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
        String member = pointer.substring(slash + 1);
        if (parent.get(member).isNumber()) {
          parent.put(member, new java.math.BigDecimal(value));
        } else {
          parent.put(member, value);
        }
      }
    });
    Result<CaseFile> r = read(edited);
    assertThat(r.isValid()).as(name).isFalse();
    assertThat(codes(r)).as(name).containsExactly(expected);
    assertThat(r.problems().get(0).getLocation().getPointer().orElseThrow())
        .startsWith("/auditTrail/");
    // the rule broken in words of each language, never a Java object dump: the Chinese
    // message holds no run of English words, the English one no Chinese
    Problem p = r.problems().get(0);
    assertThat(p.getMessageZh()).as(name).doesNotContain("AuditEvent", "Optional")
        .doesNotContainPattern("[A-Za-z]+ [a-z]+ [a-z]+");
    assertThat(p.getMessageEn()).as(name).doesNotContain("AuditEvent", "Optional")
        .doesNotContainPattern("\\p{IsHan}");
  }

  @Test
  void aReviewedFileCannotBeTurnedIntoAnApprovedOneByEditingItsStatus() {
    CaseFile reviewed = CaseFileSamples.wujin2021();
    String edited = edit(json.writeCaseFile(reviewed), root -> {
      root.put("status", "APPROVED");
      ((ObjectNode) root.get("auditTrail").get(1)).put("to", "APPROVED");
    });
    Result<CaseFile> r = read(edited);
    assertThat(r.isValid()).isFalse();
    // the model refuses an approved file without a city decision
    assertThat(codes(r)).containsExactly(ProblemCode.JSON_INVALID_VALUE);
  }

  @Test
  void anApprovalWithoutTheReviewInTheTrailIsRefusedAtThatEvent() {
    String edited = edit(approvedJson, root -> {
      var trail = (tools.jackson.databind.node.ArrayNode) root.get("auditTrail");
      trail.remove(1);
      ((ObjectNode) trail.get(1)).put("sequence", 2);
    });
    Result<CaseFile> r = read(edited);
    assertThat(codes(r)).containsExactly(ProblemCode.CASE_FILE_REPLAY_REFUSED);
    assertThat(r.problems().get(0).getArguments()).startsWith("2", "NOT_REVIEWED");
    assertThat(r.problems().get(0).getLocation().getPointer()).contains("/auditTrail/1");
  }

  @Test
  void aFileForAnotherRegistryIsRefused() {
    UnitRegistry empty = UnitRegistry.of(List.of(), List.of());
    Workflow elsewhere = json.workflow(CaseFileSamples.STANDARD, empty, workflow.getClock());
    Result<CaseFile> r = json.readCaseFile(approvedJson.getBytes(StandardCharsets.UTF_8),
        elsewhere);
    assertThat(codes(r)).containsExactly(ProblemCode.CASE_FILE_REPLAY_REFUSED);
    assertThat(r.problems().get(0).getArguments()).contains("ACTOR_NOT_REGISTERED");
  }

  @Test
  void problemsInsideTheEmbeddedAssessmentPointIntoIt() {
    String edited = edit(approvedJson, root ->
        ((ObjectNode) root.get("submissions").get(0).get("assessment")).remove("year"));
    Result<CaseFile> r = read(edited);
    assertThat(codes(r)).containsExactly(ProblemCode.JSON_MISSING_PROPERTY);
    assertThat(r.problems().get(0).getLocation().getPointer())
        .contains("/submissions/0/assessment/year");
    assertThat(r.problems().get(0).getLocation().getLine()).isPresent();
  }

  @Test
  void unknownAndMissingMembersOfTheCaseFileAreLocated() {
    Result<CaseFile> unknown = read(edit(approvedJson, root -> root.put("approvedBy", "x")));
    assertThat(codes(unknown)).containsExactly(ProblemCode.JSON_UNKNOWN_PROPERTY);
    Result<CaseFile> missing = read(edit(approvedJson, root ->
        ((ObjectNode) root.get("auditTrail").get(0)).remove("role")));
    assertThat(codes(missing)).containsExactly(ProblemCode.JSON_MISSING_PROPERTY);
    assertThat(missing.problems().get(0).getLocation().getPointer())
        .contains("/auditTrail/0/role");
    Result<CaseFile> kind = read(edit(approvedJson, root -> root.put("kind", "standard")));
    assertThat(codes(kind)).containsExactly(ProblemCode.JSON_WRONG_KIND);
  }

  @Test
  void registryRoundTripsAndRefusesInconsistencies() {
    UnitRegistry bundled = ReferenceData.changzhouRegistry();
    assertThat(bundled.getUnits()).hasSize(7);
    assertThat(bundled.getActors()).hasSize(16);
    String text = json.writeRegistry(bundled);
    assertThat(json.readRegistry(text.getBytes(StandardCharsets.UTF_8)).orElseThrow())
        .isEqualTo(bundled);
    String twice = edit(text, root -> ((tools.jackson.databind.node.ArrayNode) root
        .get("actors")).add(root.get("actors").get(0)));
    Result<UnitRegistry> r = json.readRegistry(twice.getBytes(StandardCharsets.UTF_8));
    assertThat(codes(r)).containsExactly(ProblemCode.JSON_INVALID_VALUE);
    String staffless = edit(text, root -> ((ObjectNode) root.get("actors").get(0))
        .putArray("staffOf"));
    assertThat(codes(json.readRegistry(staffless.getBytes(StandardCharsets.UTF_8))))
        .containsExactly(ProblemCode.JSON_INVALID_VALUE);
  }

  @Test
  void certificationListAsJsonHasItsKindAndEntries() {
    CertificationList list = CertificationList.of(List.copyOf(CaseFileSamples.all().values()));
    JsonNode tree = TREE.readTree(json.writeCertificationList(list));
    assertThat(tree.get("kind").asString()).isEqualTo("certification-list");
    assertThat(tree.get("filesConsidered").asInt()).isEqualTo(5);
    assertThat(tree.get("entries").get(1).get("designation").get("documentNumber").asString())
        .isEqualTo("常教关委〔2022〕4号");
  }

  @Test
  void reportsAreWrittenAsJsonWithTheirKind() {
    List<CaseFile> all = List.copyOf(CaseFileSamples.all().values());
    JsonNode d = TREE.readTree(json.writeDiscrepancies(DiscrepancyReport.of(all,
        Points.parse("0.5"))));
    assertThat(d.get("kind").asString()).isEqualTo("discrepancy-report");
    // 320402 (city-run), 320411, 320412 (two years), 320413
    assertThat(d.get("report").get("districts").size()).isEqualTo(4);
    JsonNode y = TREE.readTree(json.writeYearOverYear(YearOverYear.of(List.of(
        CaseFileSamples.wujin2021(), approved))));
    assertThat(y.get("kind").asString()).isEqualTo("year-over-year");
    assertThat(y.get("report").get("years").get(1).get("totalChange").decimalValue())
        .isEqualByComparingTo(approved.getLatestScore().roundedTotal().toBigDecimal()
            .subtract(CaseFileSamples.wujin2021().getLatestScore().roundedTotal().toBigDecimal()));
  }
}
