package io.github.ggw.standards.rules.workflow;

import static io.github.ggw.standards.rules.workflow.WorkflowFixture.A1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.AS;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.AX;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.CERTIFIED;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.R1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.R2;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.RC;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.RX;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S2;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S3;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U3;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.assessment;
import static io.github.ggw.standards.rules.workflow.WorkflowTest.adjust;
import static io.github.ggw.standards.rules.workflow.WorkflowTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.ImmutableCaseFile;
import io.github.ggw.standards.model.workflow.Submission;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused transition, with the code of the rule it breaks. */
class WorkflowRefusalsTest {
  private static final Workflow W = WorkflowFixture.workflow();
  private static final CaseFile SUBMITTED = W.submit(assessment(U1), S1);
  private static final CaseFile REVIEWED = at(W, 1).review(SUBMITTED, R1, List.of());
  private static final CaseFile RETURNED = at(W, 1).returnForRevision(SUBMITTED, R1,
      List.of("缺少佐证"));
  private static final CaseFile APPROVED = at(W, 2).approve(REVIEWED, A1, List.of(), CERTIFIED);

  static Stream<Arguments> refusals() {
    return Stream.concat(table(), CountedAdjustmentsTest.refusals());
  }

  private static Stream<Arguments> table() {
    return Stream.of(
        // who acts: from the registry, never from the file
        refused(RefusalCode.ACTOR_NOT_REGISTERED, "unknown submitter",
            () -> W.submit(assessment(U1), ActorId.of("NOBODY"))),
        refused(RefusalCode.ACTOR_NOT_REGISTERED, "unknown reviewer",
            () -> at(W, 1).review(SUBMITTED, ActorId.of("NOBODY"), List.of())),
        refused(RefusalCode.UNIT_NOT_REGISTERED, "unit missing from the registry",
            () -> W.submit(assessment(new Unit(UnitId.of("U9"), "丁小学", UnitType.PRIMARY,
                DistrictCode.of("320412"))), S1)),
        refused(RefusalCode.UNIT_RECORD_MISMATCH, "file claims another district",
            () -> W.submit(assessment(new Unit(U1.id(), U1.name(), U1.type(),
                DistrictCode.of("320411"))), S1)),
        refused(RefusalCode.ROLE_NOT_PERMITTED, "a reviewer submits",
            () -> W.submit(assessment(U1), R1)),
        refused(RefusalCode.ROLE_NOT_PERMITTED, "unit staff review",
            () -> at(W, 1).review(SUBMITTED, S1, List.of())),
        refused(RefusalCode.ROLE_NOT_PERMITTED, "a reviewer approves",
            () -> at(W, 2).approve(REVIEWED, R1, List.of(), CERTIFIED)),
        refused(RefusalCode.NOT_UNIT_STAFF, "another unit's staff submit",
            () -> W.submit(assessment(U1), S2)),
        refused(RefusalCode.NOT_UNIT_STAFF, "another unit's staff resubmit",
            () -> at(W, 2).resubmit(RETURNED, assessment(U1), S2)),
        refused(RefusalCode.OWN_UNIT, "a reviewer on the unit's staff reviews it",
            () -> at(W, 1).review(SUBMITTED, RX, List.of())),
        refused(RefusalCode.OWN_UNIT, "a reviewer on the unit's staff returns it",
            () -> at(W, 1).returnForRevision(SUBMITTED, RX, List.of("理由"))),
        refused(RefusalCode.OWN_UNIT, "an approver on the unit's staff approves it",
            () -> at(W, 2).approve(REVIEWED, AX, List.of(), CERTIFIED)),
        refused(RefusalCode.OUTSIDE_JURISDICTION, "a reviewer of another district",
            () -> at(W, 1).review(SUBMITTED, R2, List.of())),
        refused(RefusalCode.OUTSIDE_JURISDICTION, "a district reviewer for a city-run school",
            () -> at(W, 1).review(W.submit(assessment(U3), S3), R1, List.of())),
        refused(RefusalCode.OUTSIDE_JURISDICTION, "the city reviewer for a district school",
            () -> at(W, 1).review(SUBMITTED, RC, List.of())),
        refused(RefusalCode.OUTSIDE_JURISDICTION, "an approver of another city",
            () -> at(W, 2).approve(REVIEWED, AS, List.of(), CERTIFIED)),
        // what is acted on
        refused(RefusalCode.WRONG_STANDARD, "an assessment of another version",
            () -> W.submit(ImmutableSelfAssessment.copyOf(assessment(U1))
                .withStandardVersion(StandardVersion.of("2")), S1)),
        refused(RefusalCode.CASE_MISMATCH, "a resubmission for another year",
            () -> at(W, 2).resubmit(RETURNED, assessment(U1, 2023, "6", "4", "10"), S1)),
        refused(RefusalCode.ASSESSMENT_INVALID, "a claim above the maximum",
            () -> W.submit(assessment(U1, 2022, "7", "4", "10"), S1)),
        // when
        refused(RefusalCode.ALREADY_REVIEWED, "a second review",
            () -> at(W, 2).review(REVIEWED, R1, List.of())),
        refused(RefusalCode.ALREADY_REVIEWED, "a return after the review",
            () -> at(W, 2).returnForRevision(REVIEWED, R1, List.of("理由"))),
        refused(RefusalCode.NOT_REVIEWED, "the city approves before the district reviews",
            () -> at(W, 1).approve(SUBMITTED, A1, List.of(), CERTIFIED)),
        refused(RefusalCode.NOT_REVIEWED, "the city rejects before the district reviews",
            () -> at(W, 1).reject(SUBMITTED, A1, List.of("理由"))),
        refused(RefusalCode.RETURNED_AWAITING_RESUBMISSION, "approving a returned file",
            () -> at(W, 2).approve(RETURNED, A1, List.of(), CERTIFIED)),
        refused(RefusalCode.RETURNED_AWAITING_RESUBMISSION, "reviewing a returned file",
            () -> at(W, 2).review(RETURNED, R1, List.of())),
        refused(RefusalCode.NOT_RETURNED, "resubmitting a file never returned",
            () -> at(W, 1).resubmit(SUBMITTED, assessment(U1), S1)),
        refused(RefusalCode.CASE_CLOSED, "reviewing an approved file",
            () -> at(W, 3).review(APPROVED, R1, List.of())),
        refused(RefusalCode.CASE_CLOSED, "approving twice",
            () -> at(W, 3).approve(APPROVED, A1, List.of(), CERTIFIED)),
        refused(RefusalCode.CASE_CLOSED, "resubmitting an approved file",
            () -> at(W, 3).resubmit(APPROVED, assessment(U1), S1)),
        refused(RefusalCode.TIME_BEFORE_LAST_EVENT, "a review before the submission",
            () -> at(W, -1).review(SUBMITTED, R1, List.of())),
        // integrity
        refused(RefusalCode.INTEGRITY_BROKEN, "evidence changed after submission",
            () -> at(W, 1).review(withEvidenceChanged(SUBMITTED), R1, List.of())),
        refused(RefusalCode.INTEGRITY_BROKEN, "evidence changed before the approval",
            () -> at(W, 2).approve(withEvidenceChanged(REVIEWED), A1, List.of(), CERTIFIED)),
        refused(RefusalCode.REPLAY_MISMATCH, "an edited designation",
            () -> at(W, 3).replay(withDesignation(APPROVED, "常教关委〔2022〕9号"))),
        refused(RefusalCode.NOT_REVIEWED, "a trail that skips the review",
            () -> at(W, 3).replay(withoutReview(APPROVED))),
        // the decision itself
        refused(RefusalCode.REASON_REQUIRED, "an adjustment without a reason",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("1.1", "5", " ")))),
        refused(RefusalCode.REASON_REQUIRED, "a return without reasons",
            () -> at(W, 1).returnForRevision(SUBMITTED, R1, List.of())),
        refused(RefusalCode.REASON_REQUIRED, "a rejection with a blank reason",
            () -> at(W, 2).reject(REVIEWED, A1, List.of(""))),
        refused(RefusalCode.REASON_REQUIRED, "a reason of 501 characters",
            () -> at(W, 2).reject(REVIEWED, A1, List.of("理".repeat(501)))),
        refused(RefusalCode.PERSONAL_DATA_IN_REASON, "a reason with a mobile number",
            () -> at(W, 2).reject(REVIEWED, A1, List.of("请联系家长 138-1234-5678"))),
        refused(RefusalCode.PERSONAL_DATA_IN_REASON, "an adjustment whose reason has an ID",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("2.4", "3",
                "学生11010519491231002X材料不全")))),
        refused(RefusalCode.PERSONAL_DATA_IN_DOCUMENT_NUMBER, "a document number with a mobile",
            () -> at(W, 2).approve(REVIEWED, A1, List.of(), new Designation(
                DesignationKind.QUALITY_CERTIFIED, "常教关委〔2022〕138 1234 5678号",
                LocalDate.of(2022, 11, 20)))),
        refused(RefusalCode.ASSESSMENT_INVALID, "an assessment built with an identity number",
            () -> W.submit(withNarrative(assessment(U1), "联系人 110105-19491231-002X"), S1)),
        refused(RefusalCode.ADJUSTMENT_UNKNOWN_ITEM, "an item the sheet lacks",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("9.9", "1", "理由")))),
        refused(RefusalCode.ADJUSTMENT_UNKNOWN_ITEM, "a dimension, not a leaf",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("1", "5", "理由")))),
        refused(RefusalCode.ADJUSTMENT_COMPUTED_ITEM, "an item computed from evidence",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("1.2", "2", "理由")))),
        refused(RefusalCode.ADJUSTMENT_ABOVE_MAX, "6.5 of 6",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("1.1", "6.5", "理由")))),
        refused(RefusalCode.ADJUSTMENT_OFF_STEP, "9.5 on a step of 1",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("2.1", "9.5", "理由")))),
        refused(RefusalCode.ADJUSTMENT_OFF_STEP, "5.25 on a step of 0.5, at city level",
            () -> at(W, 2).approve(REVIEWED, A1, List.of(adjust("1.1", "5.25", "理由")),
                CERTIFIED)),
        refused(RefusalCode.ADJUSTMENT_DUPLICATE, "one item twice",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("1.1", "5", "理由"),
                adjust("1.1", "4", "理由")))),
        refused(RefusalCode.ADJUSTMENT_UNCHANGED, "6 to 6",
            () -> at(W, 1).review(SUBMITTED, R1, List.of(adjust("1.1", "6", "理由")))),
        // 6 + 4 + 7 = 17 < 18
        refused(RefusalCode.NOT_ELIGIBLE, "a city total of 17 against a threshold of 18",
            () -> at(W, 2).approve(REVIEWED, A1, List.of(adjust("2.1", "7", "理由")),
                CERTIFIED)),
        refused(RefusalCode.DESIGNATION_BEFORE_REVIEW, "a document dated before the review",
            () -> at(W, 2).approve(REVIEWED, A1, List.of(), new Designation(
                DesignationKind.QUALITY_CERTIFIED, "常教关委〔2022〕1号",
                LocalDate.of(2022, 10, 9)))),
        // signed decisions (SignedFixture: offices O1 of 320412 and OC of the city)
        refused(RefusalCode.SIGNATURE_REQUIRED, "a signed workflow reviewing without a key",
            () -> SignedFixture.at(1, null).review(SIGNED_SUBMITTED, R1, List.of())),
        refused(RefusalCode.KEY_NOT_REGISTERED, "a key no office holds",
            () -> SignedFixture.at(1, SignedFixture.KX).review(SIGNED_SUBMITTED, R1, List.of())),
        refused(RefusalCode.OFFICE_NOT_PERMITTED, "a reviewer signing with the city's key",
            () -> SignedFixture.at(1, SignedFixture.KC).review(SIGNED_SUBMITTED, R1, List.of())),
        refused(RefusalCode.ACTOR_NOT_OF_OFFICE, "a reviewer of the district not of its office",
            () -> SignedFixture.at(1, SignedFixture.K1).review(SIGNED_SUBMITTED,
                SignedFixture.R3, List.of())),
        refused(RefusalCode.KEY_NOT_VALID, "a key used after its revocation (T0 + 30 min)",
            () -> SignedFixture.at(1, SignedFixture.K1OLD).review(SIGNED_SUBMITTED, R1,
                List.of())),
        refused(RefusalCode.DEMO_KEY_REFUSED, "a demo key under a registry not marked demo",
            () -> SignedFixture.at(1, SignedFixture.KDEMO).review(SIGNED_SUBMITTED, R1,
                List.of())),
        refused(RefusalCode.SIGNATURE_MISSING, "an unsigned file replayed by a signed workflow",
            () -> SignedFixture.at(3, null).replay(at(W, 1).review(SIGNED_SUBMITTED, R1,
                List.of()))),
        refused(RefusalCode.KEY_NOT_OF_OFFICE, "a review signed with the city's key id",
            () -> SignedFixture.at(3, null).replay(resigned(SIGNED_REVIEWED, 1,
                SignedFixture.KC.keyId(), null))),
        refused(RefusalCode.SIGNATURE_INVALID, "a review whose signature was made by another key (\"Zm9yZ2Vy\")",
            () -> SignedFixture.at(3, null).replay(resigned(SIGNED_REVIEWED, 1,
                null, SignedFixture.mac("Zm9yZ2Vy", null)))),
        // times: the window of 2022 runs from 2022-01-01 to 2023-12-31 in Asia/Shanghai
        refused(RefusalCode.TIME_OUTSIDE_REVIEW_WINDOW, "a 2022 assessment submitted in 2021",
            () -> W.withClock(Clock.fixed(Instant.parse("2021-12-31T15:59:59Z"),
                ZoneOffset.UTC)).submit(assessment(U1), S1)),
        refused(RefusalCode.TIME_OUTSIDE_REVIEW_WINDOW, "a review in 2024",
            () -> W.withClock(Clock.fixed(Instant.parse("2023-12-31T16:00:00Z"),
                ZoneOffset.UTC)).review(SUBMITTED, R1, List.of())),
        refused(RefusalCode.TIME_IN_FUTURE, "a file read with a clock before its last event",
            () -> W.replay(APPROVED)),
        // review 2022-10-10, approval T0 + 48 h = 2022-10-12 in Asia/Shanghai
        refused(RefusalCode.DESIGNATION_BEFORE_APPROVAL, "a document dated between the two",
            () -> at(W, 48).approve(REVIEWED, A1, List.of(), new Designation(
                DesignationKind.QUALITY_CERTIFIED, "常教关委〔2022〕1号",
                LocalDate.of(2022, 10, 11)))),
        refused(RefusalCode.DOCUMENT_NUMBER_OUT_OF_PATTERN, "the year 2099 in a 2022 number",
            () -> at(W, 2).approve(REVIEWED, A1, List.of(), new Designation(
                DesignationKind.QUALITY_CERTIFIED, "常教关委〔2099〕1号",
                LocalDate.of(2022, 12, 20)))));
  }

  private static final CaseFile SIGNED_SUBMITTED = SignedFixture.workflow()
      .submit(assessment(U1), S1);
  private static final CaseFile SIGNED_REVIEWED = SignedFixture.at(1, SignedFixture.K1)
      .review(SIGNED_SUBMITTED, R1, List.of());

  /** The file with an event's signature replaced: another key id, or another value. */
  private static CaseFile resigned(CaseFile f, int index, String keyId, String signature) {
    List<AuditEvent> trail = new ArrayList<>(f.getAuditTrail());
    AuditEvent e = trail.get(index);
    EventSignature original = e.signature().orElseThrow();
    // the recorded office stays; only the key id or the signature changes
    trail.set(index, e.signed(e.office().orElseThrow(), new EventSignature(original.alg(),
        keyId == null ? original.keyId() : keyId,
        signature == null ? original.signature() : signature)));
    return ImmutableCaseFile.builder().from(f).auditTrail(trail).build();
  }

  private static Arguments refused(RefusalCode code, String name, Executable transition) {
    return Arguments.of(code, name, transition);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusals")
  void refusedTransitionNamesTheRuleBroken(RefusalCode code, String name, Executable transition) {
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class, transition);
    assertThat(e.getCode()).as(name).isEqualTo(code);
    assertThat(e).isInstanceOf(StandardsException.class);
    assertThat(e.getMessage()).startsWith(code.name() + ": ");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
  }

  @Test
  void everyCodeIsExercisedByTheTable() {
    List<Object> exercised = refusals().map(a -> a.get()[0]).distinct().toList();
    assertThat(exercised).containsExactlyInAnyOrder((Object[]) RefusalCode.values());
  }

  @ParameterizedTest
  @EnumSource(RefusalCode.class)
  void everyCodeHasAMessageInBothLanguages(RefusalCode code) {
    String[] args = {"A", "B", "C", "D"};
    RefusedTransitionException e = RefusedTransitionException.of(code, args);
    assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("{");
    assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain("{")
        .isNotEqualTo(e.getMessage(Locale.ENGLISH));
  }

  @Test
  void invalidAssessmentCarriesTheScorersProblems() {
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> W.submit(assessment(U1, 2022, "7", "4", "10"), S1));
    assertThat(e.problems()).extracting(p -> p.getCode())
        .contains(ProblemCode.CLAIM_ABOVE_MAX);
  }

  @Test
  void replayRefusalNamesTheEvent() {
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> at(W, 3).replay(withoutReview(APPROVED)));
    assertThat(e.getEvent()).hasValue(2);
    RefusedTransitionException edited = assertThrows(RefusedTransitionException.class,
        () -> at(W, 3).replay(withDesignation(APPROVED, "常教关委〔2022〕9号")));
    assertThat(edited.getEvent()).hasValue(3);
  }

  @Test
  void arbitraryUnitCodesInTheFileCannotBorrowAnotherDistrict() {
    // the file says 320411 (Xinbei) so that R2 could review it; the registry says 320412
    Unit claimed = new Unit(U1.id(), U1.name(), U1.type(), DistrictCode.of("320411"));
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> W.submit(assessment(claimed), S1));
    assertThat(e.getArguments()).containsExactly("U1", "甲小学, PRIMARY, 320412");
  }

  /** The assessment with its first claim's narrative replaced. */
  static SelfAssessment withNarrative(SelfAssessment a, String narrative) {
    List<io.github.ggw.standards.model.assessment.Claim> claims = new ArrayList<>(a.getClaims());
    var c = claims.get(0);
    claims.set(0, new io.github.ggw.standards.model.assessment.Claim(c.code(), c.points(),
        narrative));
    return ImmutableSelfAssessment.copyOf(a).withClaims(claims);
  }

  @Test
  void aRefusalNeverEchoesAPersonalNumber() {
    // an actor id typed as an identity number (check character X: weighted sum 167, mod 11 = 2)
    RefusedTransitionException actor = assertThrows(RefusedTransitionException.class,
        () -> W.submit(assessment(U1), ActorId.of("110105-19491231-002X")));
    assertThat(actor.getCode()).isEqualTo(RefusalCode.ACTOR_NOT_REGISTERED);
    assertThat(actor.getArguments()).containsExactly("[masked]");
    RefusedTransitionException document = assertThrows(RefusedTransitionException.class,
        () -> at(W, 2).approve(REVIEWED, A1, List.of(), new Designation(
            DesignationKind.QUALITY_CERTIFIED, "１３８１２３４５６７８", LocalDate.of(2022, 11, 20))));
    RefusedTransitionException invalid = assertThrows(RefusedTransitionException.class,
        () -> W.submit(withNarrative(assessment(U1), "电话 139 8765 4321"), S1));
    assertThat(invalid.problems()).extracting(p -> p.getCode())
        .containsExactly(ProblemCode.PERSONAL_DATA_MOBILE_NUMBER);
    for (RefusedTransitionException e : List.of(actor, document, invalid)) {
      for (String text : List.of(e.getMessage(), e.getMessage(Locale.SIMPLIFIED_CHINESE),
          e.getMessage(Locale.ENGLISH), String.valueOf(e.getOffendingValue().orElse("")))) {
        String digits = io.github.ggw.standards.model.problem.PersonalNumbers.normalise(text);
        assertThat(digits).doesNotContain("11010519491231002").doesNotContain("13812345678")
            .doesNotContain("13987654321");
      }
    }
  }

  /** The file with one more training in its current submission, digests unchanged. */
  static CaseFile withEvidenceChanged(CaseFile f) {
    Submission s = f.getCurrentSubmission();
    SelfAssessment changed = ImmutableSelfAssessment.copyOf(s.assessment())
        .withEvidence(addTraining(s.assessment()));
    List<Submission> subs = new ArrayList<>(f.getSubmissions());
    subs.set(subs.size() - 1, new Submission(s.revision(), s.digest(), changed));
    return ImmutableCaseFile.builder().from(f).submissions(subs).build();
  }

  private static List<io.github.ggw.standards.model.evidence.Evidence> addTraining(
      SelfAssessment a) {
    List<io.github.ggw.standards.model.evidence.Evidence> ev = new ArrayList<>(a.getEvidence());
    ev.add(WorkflowFixture.training(a.getYear(), 7));
    return ev;
  }

  private static CaseFile withDesignation(CaseFile f, String documentNumber) {
    var a = f.getCityApproval().orElseThrow();
    Designation d = new Designation(a.designation().orElseThrow().kind(), documentNumber,
        a.designation().orElseThrow().conferredOn());
    return ImmutableCaseFile.builder().from(f).cityApproval(
        new io.github.ggw.standards.model.workflow.CityApproval(a.approver(), a.decidedAt(),
            a.digestSeen(), a.decision(), a.adjustments(), a.score(), Optional.of(d),
            a.reasons())).build();
  }

  /** The approved file with its review event cut out and the trail renumbered. */
  private static CaseFile withoutReview(CaseFile f) {
    AuditEvent submit = f.getAuditTrail().get(0);
    AuditEvent approve = f.getAuditTrail().get(2);
    AuditEvent renumbered = new AuditEvent(2, approve.at(), approve.actor(), approve.role(),
        approve.transition(), Optional.of(submit.to()), approve.to(), approve.revision(),
        approve.digest(), approve.changes(), approve.reasons(), approve.designation());
    return ImmutableCaseFile.builder().from(f).auditTrail(Arrays.asList(submit, renumbered))
        .build();
  }
}
