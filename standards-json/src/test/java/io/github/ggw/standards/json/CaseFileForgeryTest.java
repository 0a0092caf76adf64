package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.workflow.Sm2KeyPair;
import io.github.ggw.standards.json.workflow.WorkflowJson;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.model.workflow.Office;
import io.github.ggw.standards.model.workflow.OfficeId;
import io.github.ggw.standards.model.workflow.OfficeKey;
import io.github.ggw.standards.model.workflow.OfficeLevel;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The forgery table: a TEST registry whose offices hold keys generated here (never the demo
 * keys), a genuine signed file under it, and every way of forging or moving a decision, each
 * refused when read with its code and place.
 *
 * <p>TEST registry: the bundled units and actors plus WJ-REV-03 (a Wujin reviewer whose office
 * does not list them); offices WJ-OFFICE (DISTRICT 320412: WJ-REV-01, WJ-REV-02; key {@code
 * wujin}) and CZ-CITY-OFFICE (CITY 320400: CZ-APP-01; keys {@code city}, {@code revoked}
 * revoked on 2022-12-01T00:00Z, and {@code later} valid from 2023-01-01T00:00Z); not demo. The
 * genuine file is sample 01 of WJ-PS-001 for 2022: submitted 2022-10-10, reviewed by WJ-REV-01
 * on 2022-11-01 with 2.4 lowered to 3.5, approved by CZ-APP-01 on 2022-12-15 under
 * 常教关委〔2022〕4号 of 2022-12-20; it is read with a clock at 2025-01-01T00:00Z.
 */
class CaseFileForgeryTest {
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final WorkflowJson JSON = CaseFileSamples.JSON;
  private static final Sm2KeyPair WUJIN = Sm2KeyPair.generate();
  private static final Sm2KeyPair CITY = Sm2KeyPair.generate();
  private static final Sm2KeyPair REVOKED = Sm2KeyPair.generate();
  private static final Sm2KeyPair LATER = Sm2KeyPair.generate();
  private static final Sm2KeyPair STRANGER = Sm2KeyPair.generate();
  private static final ActorId WJ_REV_03 = ActorId.of("WJ-REV-03");
  private static final Instant READ_AT = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant ALWAYS = Instant.parse("2021-01-01T00:00:00Z");

  /** The registry the files are read under. */
  private static final UnitRegistry TEST = registry(
      List.of(key(WUJIN)), List.of(ActorId.of("WJ-REV-01"), ActorId.of("WJ-REV-02")),
      List.of(key(CITY), REVOKED.officeKey(ALWAYS,
              Optional.of(Instant.parse("2022-12-01T00:00:00Z"))),
          LATER.officeKey(Instant.parse("2023-01-01T00:00:00Z"), Optional.empty())),
      Office.DEFAULT_DOCUMENT_PATTERN);

  private static final CaseFile GENUINE = make(TEST, WUJIN, ActorId.of("WJ-REV-01"), CITY,
      CaseFileSamples.CERTIFIED_2022);

  private static OfficeKey key(Sm2KeyPair k) {
    return k.officeKey(ALWAYS, Optional.empty());
  }

  /** The TEST registry's units and actors with the offices given. */
  private static UnitRegistry registry(List<OfficeKey> wujinKeys, List<ActorId> wujinActors,
      List<OfficeKey> cityKeys, String pattern) {
    UnitRegistry bundled = ReferenceData.changzhouRegistry();
    List<Actor> actors = new ArrayList<>(bundled.getActors());
    actors.add(new Actor(WJ_REV_03, "武进区审核人（测试）", Role.DISTRICT_REVIEWER,
        Optional.of(DistrictCode.of("320412")), Set.of()));
    Office wujin = new Office(OfficeId.of("WJ-OFFICE"), OfficeLevel.DISTRICT,
        DistrictCode.of("320412"), LocalizedText.of("武进", "Wujin"), wujinActors, wujinKeys,
        Optional.empty());
    Office city = new Office(OfficeId.of("CZ-CITY-OFFICE"), OfficeLevel.CITY,
        DistrictCode.of("320400"), LocalizedText.of("常州", "Changzhou"),
        List.of(ActorId.of("CZ-APP-01")), cityKeys, Optional.of(pattern));
    return UnitRegistry.of(bundled.getUnits(), actors, List.of(wujin, city), false);
  }

  private static Workflow at(UnitRegistry registry, String time, Sm2KeyPair key) {
    Workflow w = JSON.workflow(CaseFileSamples.STANDARD, registry,
        Clock.fixed(OffsetDateTime.parse(time).toInstant(), Workflow.ZONE));
    return key == null ? w : w.signingWith(key.signer());
  }

  /** Sample 01 of WJ-PS-001 taken through the workflow of a registry with the keys given. */
  private static CaseFile make(UnitRegistry registry, Sm2KeyPair reviewKey, ActorId reviewer,
      Sm2KeyPair approveKey, Designation designation) {
    CaseFile submitted = at(registry, "2022-10-10T09:00:00+08:00", null)
        .submit(CaseFileSamples.sample("01-excellent-primary.json"),
            ActorId.of("WJ-PS-001-S"));
    CaseFile reviewed = at(registry, "2022-11-01T10:00:00+08:00", reviewKey).review(submitted,
        reviewer, List.of(CaseFileSamples.adjust("2.4", "3.5", "主题教育活动缺少活动总结，酌减0.5分")));
    return at(registry, "2022-12-15T15:00:00+08:00", approveKey).approve(reviewed,
        ActorId.of("CZ-APP-01"), List.of(), designation);
  }

  private static Result<CaseFile> read(String json, UnitRegistry registry, Instant at) {
    return JSON.readCaseFile(json.getBytes(StandardCharsets.UTF_8),
        JSON.workflow(CaseFileSamples.STANDARD, registry, Clock.fixed(at, ZoneOffset.UTC)));
  }

  private static String text(CaseFile f) {
    return JSON.writeCaseFile(f);
  }

  private static String edit(String json, Consumer<ObjectNode> change) {
    ObjectNode root = (ObjectNode) TREE.readTree(json);
    change.accept(root);
    return TREE.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectNode event(ObjectNode root, int index) {
    return (ObjectNode) root.get("auditTrail").get(index);
  }

  /** Edits the evidence and records the digest of the edited submission everywhere. */
  private static String reDigested() {
    String edited = text(GENUINE).replaceFirst("\"annualFundingYuan\" : 6000",
        "\"annualFundingYuan\" : 2000");
    byte[] assessment = TREE.writeValueAsString(TREE.readTree(edited)
        .at("/submissions/0/assessment")).getBytes(UTF);
    String digest = JSON.canonical().digest(StandardsJson.create().readAssessment(assessment)
        .orElseThrow()).toString();
    return edited.replace(GENUINE.getCurrentSubmission().digest().toString(), digest);
  }

  /** The genuine file as it stood after its signed review. */
  private static CaseFile reviewed() {
    return io.github.ggw.standards.model.workflow.ImmutableCaseFile.builder().from(GENUINE)
        .status(CaseStatus.REVIEWED).cityApproval(Optional.empty())
        .auditTrail(GENUINE.getAuditTrail().subList(0, 2)).build();
  }

  /** The reviewed file approved on 2022-12-15 by a workflow of a registry, with a key. */
  private static String approvedBy(UnitRegistry registry, Sm2KeyPair key,
      Designation designation) {
    return text(at(registry, "2022-12-15T15:00:00+08:00", key).approve(reviewed(),
        ActorId.of("CZ-APP-01"), List.of(), designation));
  }

  /** A forger's registry: TEST with the city office holding the keys given. */
  private static UnitRegistry cityHolding(Sm2KeyPair key, String pattern) {
    return registry(List.of(key(STRANGER.equals(key) ? CITY : STRANGER)),
        List.of(ActorId.of("WJ-REV-01")), List.of(key(key)), pattern);
  }

  static Stream<Arguments> forgeries() {
    return Stream.of(
        forged("content edited and every digest recomputed", CaseFileForgeryTest::reDigested,
            ProblemCode.CASE_FILE_SIGNATURE_INVALID, "/auditTrail/1/signature/signature"),
        forged("a reason of the review reworded in the trail and the review",
            () -> edit(text(GENUINE), root -> {
              ((ObjectNode) event(root, 1).get("changes").get(0)).put("reason", "酌减");
              ((ObjectNode) root.at("/districtReview/adjustments/0")).put("reason", "酌减");
            }), ProblemCode.CASE_FILE_SIGNATURE_INVALID, "/auditTrail/1/signature/signature"),
        forged("a return's reason reworded (the return's signature covers its reasons)",
            () -> edit(text(returned()), root -> ((tools.jackson.databind.node.ArrayNode)
                event(root, 1).get("reasons")).set(0, "材料格式不规范，请调整格式")),
            ProblemCode.CASE_FILE_SIGNATURE_INVALID, "/auditTrail/1/signature/signature"),
        forged("a rejection's reason reworded in the trail and the city's decision",
            () -> edit(text(rejected()), root -> {
              ((tools.jackson.databind.node.ArrayNode) event(root, 2).get("reasons"))
                  .set(0, "材料格式不规范（已核实无弄虚作假）");
              ((tools.jackson.databind.node.ArrayNode) root.at("/cityApproval/reasons"))
                  .set(0, "材料格式不规范（已核实无弄虚作假）");
            }), ProblemCode.CASE_FILE_SIGNATURE_INVALID, "/auditTrail/2/signature/signature"),
        forged("the reviewed file approved by the right approver without the city's key",
            () -> text(Workflow.create(CaseFileSamples.STANDARD, TEST, JSON.canonical(),
                Clock.fixed(Instant.parse("2022-12-15T07:00:00Z"), ZoneOffset.UTC))
                .approve(reviewed(), ActorId.of("CZ-APP-01"), List.of(),
                    CaseFileSamples.CERTIFIED_2022)),
            ProblemCode.CASE_FILE_SIGNATURE_MISSING, "/auditTrail/2"),
        forged("an unsigned review in a signed file",
            () -> edit(text(GENUINE), root -> event(root, 1).remove("signature")),
            ProblemCode.CASE_FILE_SIGNATURE_MISSING, "/auditTrail/1"),
        forged("the approval re-signed with another office's key (Wujin's)",
            () -> approvedBy(cityHolding(WUJIN, Office.DEFAULT_DOCUMENT_PATTERN), WUJIN,
                CaseFileSamples.CERTIFIED_2022),
            ProblemCode.CASE_FILE_KEY_NOT_OF_OFFICE, "/auditTrail/2/signature/keyId"),
        forged("the approval signed with a key not in the registry",
            () -> approvedBy(cityHolding(STRANGER, Office.DEFAULT_DOCUMENT_PATTERN), STRANGER,
                CaseFileSamples.CERTIFIED_2022),
            ProblemCode.CASE_FILE_KEY_NOT_OF_OFFICE, "/auditTrail/2/signature/keyId"),
        forged("the approval's signature copied from another file of the unit",
            () -> edit(text(remadeOther()), root -> event(root, 2).set("signature",
                TREE.readTree(text(GENUINE)).at("/auditTrail/2/signature"))),
            ProblemCode.CASE_FILE_SIGNATURE_INVALID, "/auditTrail/2/signature/signature"),
        forged("a key used after its revokedOn (2022-12-01)",
            () -> approvedBy(cityHolding(REVOKED, Office.DEFAULT_DOCUMENT_PATTERN), REVOKED,
                CaseFileSamples.CERTIFIED_2022),
            ProblemCode.CASE_FILE_KEY_NOT_VALID, "/auditTrail/2/at"),
        forged("a key used before its validFrom (2023-01-01)",
            () -> approvedBy(cityHolding(LATER, Office.DEFAULT_DOCUMENT_PATTERN), LATER,
                CaseFileSamples.CERTIFIED_2022),
            ProblemCode.CASE_FILE_KEY_NOT_VALID, "/auditTrail/2/at"),
        forged("the whole trail moved to 2015 for a 2022 assessment",
            () -> edit(text(GENUINE), root -> {
              for (int i = 0; i < 3; i++) {
                event(root, i).put("at", "2015-0" + (i + 1) + "-10T02:00:00Z");
              }
              ((ObjectNode) root.get("districtReview")).put("reviewedAt", "2015-02-10T02:00:00Z");
              ((ObjectNode) root.get("cityApproval")).put("decidedAt", "2015-03-10T02:00:00Z");
            }), ProblemCode.CASE_FILE_TIME_OUTSIDE_WINDOW, "/auditTrail/0/at"),
        forged("the approval moved to 2024, after the window's end (2023-12-31)",
            () -> edit(text(GENUINE), root -> {
              event(root, 2).put("at", "2024-06-10T02:00:00Z");
              ((ObjectNode) root.get("cityApproval")).put("decidedAt", "2024-06-10T02:00:00Z");
            }), ProblemCode.CASE_FILE_TIME_OUTSIDE_WINDOW, "/auditTrail/2/at"),
        forged("a document number out of the issuer's pattern (常教关委〔2099〕1号)",
            () -> approvedBy(cityHolding(CITY, "常教关委〔2099〕{N}号"), CITY,
                new Designation(DesignationKind.QUALITY_CERTIFIED, "常教关委〔2099〕1号",
                    LocalDate.of(2022, 12, 20))),
            ProblemCode.CASE_FILE_DOCUMENT_NUMBER_PATTERN,
            "/auditTrail/2/designation/documentNumber"),
        forged("a designation dated before its approval (2022-12-10 < 2022-12-15)",
            () -> edit(text(GENUINE), root -> {
              ((ObjectNode) event(root, 2).get("designation")).put("conferredOn", "2022-12-10");
              ((ObjectNode) root.at("/cityApproval/designation"))
                  .put("conferredOn", "2022-12-10");
            }), ProblemCode.CASE_FILE_DESIGNATION_BEFORE_APPROVAL,
            "/auditTrail/2/designation/conferredOn"),
        forged("a review by a district reviewer the signing office does not list",
            () -> text(make(registry(List.of(key(WUJIN)), List.of(ActorId.of("WJ-REV-01"),
                WJ_REV_03), List.of(key(CITY)), Office.DEFAULT_DOCUMENT_PATTERN), WUJIN,
                WJ_REV_03, CITY, CaseFileSamples.CERTIFIED_2022)),
            ProblemCode.CASE_FILE_ACTOR_NOT_OF_OFFICE, "/auditTrail/1/actor"),
        forged("the review put under the city's office",
            () -> edit(text(GENUINE), root -> event(root, 1).put("office", "CZ-CITY-OFFICE")),
            ProblemCode.CASE_FILE_OFFICE_NOT_PERMITTED, "/auditTrail/1/office"),
        forged("a file of the first, unsigned format",
            () -> edit(text(GENUINE), root -> {
              root.put("formatVersion", 1);
              for (int i = 0; i < 3; i++) {
                event(root, i).remove("office");
                event(root, i).remove("signature");
              }
            }), ProblemCode.CASE_FILE_UNSIGNED, "/formatVersion"));
  }

  private static final java.nio.charset.Charset UTF = StandardCharsets.UTF_8;

  private static Workflow reader() {
    return JSON.workflow(CaseFileSamples.STANDARD, TEST, Clock.fixed(READ_AT, ZoneOffset.UTC));
  }

  /** Sample 01 of WJ-PS-001 submitted and returned by Wujin's reviewer with its key. */
  private static CaseFile returned() {
    CaseFile submitted = at(TEST, "2022-10-10T09:00:00+08:00", null)
        .submit(CaseFileSamples.sample("01-excellent-primary.json"),
            ActorId.of("WJ-PS-001-S"));
    return at(TEST, "2022-11-01T10:00:00+08:00", WUJIN).returnForRevision(submitted,
        ActorId.of("WJ-REV-01"), List.of("活动总结缺失，请补充"));
  }

  /** The genuine file's review rejected by the city's approver with its key. */
  private static CaseFile rejected() {
    return at(TEST, "2022-12-15T15:00:00+08:00", CITY).reject(reviewed(),
        ActorId.of("CZ-APP-01"), List.of("佐证材料不实，弄虚作假"));
  }

  private static CaseFile remadeOther() {
    // sample 01 again, with 2.4 lowered to 3 instead of 3.5: same unit, office and key, other
    // content, so the genuine approval's signature covers another payload
    CaseFile submitted = at(TEST, "2022-10-10T09:00:00+08:00", null)
        .submit(CaseFileSamples.sample("01-excellent-primary.json"),
            ActorId.of("WJ-PS-001-S"));
    CaseFile reviewed = at(TEST, "2022-11-01T10:00:00+08:00", WUJIN).review(submitted,
        ActorId.of("WJ-REV-01"), List.of(CaseFileSamples.adjust("2.4", "3", "酌减1分")));
    return at(TEST, "2022-12-15T15:00:00+08:00", CITY).approve(reviewed,
        ActorId.of("CZ-APP-01"), List.of(), CaseFileSamples.CERTIFIED_2022);
  }

  private static Arguments forged(String name, Supplier<String> file, ProblemCode code,
      String pointer) {
    return Arguments.of(name, file, code, pointer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgeries")
  void eachForgeryIsRefusedWithItsCodeAndPlace(String name, Supplier<String> file,
      ProblemCode code, String pointer) {
    Result<CaseFile> r = read(file.get(), TEST, READ_AT);
    assertThat(r.isValid()).as(name).isFalse();
    assertThat(r.problems()).as(name).extracting(Problem::getCode).containsExactly(code);
    assertThat(r.problems().get(0).getLocation().getPointer()).as(name).contains(pointer);
    assertThat(r.problems().get(0).getLocation().getLine()).as(name).isPresent();
    // every placeholder filled (a pattern such as 常教关委〔{YYYY}〕{N}号 keeps its own braces)
    assertThat(r.problems().get(0).getMessageZh()).as(name).doesNotContainPattern("\\{\\d\\}");
  }

  /**
   * The limit docs/workflow.md states: a key's validity is judged at the time the decision
   * states, so whoever still holds a revoked key can date a decision before its revocation.
   */
  @Test
  void aRevokedKeyStillSignsADecisionDatedBeforeItsRevocation() {
    // REVOKED is the city's key until 2022-12-01; the approval says 2022-11-20
    String backdated = text(at(TEST, "2022-11-20T15:00:00+08:00", REVOKED).approve(reviewed(),
        ActorId.of("CZ-APP-01"), List.of(), CaseFileSamples.CERTIFIED_2022));
    Result<CaseFile> r = read(backdated, TEST, READ_AT);
    assertThat(r.problems()).isEmpty();
    assertThat(r.orElseThrow().getStatus()).isEqualTo(CaseStatus.APPROVED);
  }

  @Test
  void theTableHasAtLeastTwelveRows() {
    assertThat(forgeries().count()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void theGenuineFileVerifiesUnderItsRegistryAndNotInTheFuture() {
    Result<CaseFile> r = read(text(GENUINE), TEST, READ_AT);
    assertThat(r.problems()).isEmpty();
    assertThat(r.orElseThrow()).isEqualTo(GENUINE);
    // read at 2022-12-01, before the approval of 2022-12-15: that event is in the future
    Result<CaseFile> early = read(text(GENUINE), TEST, Instant.parse("2022-12-01T00:00:00Z"));
    assertThat(early.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.CASE_FILE_TIME_IN_FUTURE);
    assertThat(early.problems().get(0).getLocation().getPointer()).contains("/auditTrail/2/at");
  }

  @Test
  void theTestKeysAreNotDemoKeysAndTheBundledFilesNeedADemoRegistry() {
    for (Sm2KeyPair k : List.of(WUJIN, CITY, REVOKED, LATER, STRANGER)) {
      assertThat(io.github.ggw.standards.rules.workflow.DemoKeys.isDemo(k.keyId())).isFalse();
    }
    UnitRegistry bundled = ReferenceData.changzhouRegistry();
    UnitRegistry notDemo = UnitRegistry.of(bundled.getUnits(), bundled.getActors(),
        bundled.getOffices(), false);
    Result<CaseFile> r = read(new String(ReferenceData.caseFile("WJ-PS-001-2022.case.json"),
        UTF), notDemo, READ_AT);
    assertThat(r.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.CASE_FILE_DEMO_KEY);
    assertThat(r.problems().get(0).getLocation().getPointer())
        .contains("/auditTrail/1/signature/keyId");
    assertThat(read(new String(ReferenceData.caseFile("WJ-PS-001-2022.case.json"), UTF),
        bundled, READ_AT).problems()).isEmpty();
  }
}
