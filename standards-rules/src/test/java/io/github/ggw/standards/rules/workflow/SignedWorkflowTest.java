package io.github.ggw.standards.rules.workflow;

import static io.github.ggw.standards.rules.workflow.WorkflowFixture.A1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.CERTIFIED;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.R1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.Transition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A signed workflow signs each decision for its key's office, in a chain, and replays it. */
class SignedWorkflowTest {
  private final CaseFile submitted = SignedFixture.workflow().submit(assessment(U1), S1);
  private final CaseFile returned = SignedFixture.at(1, SignedFixture.K1)
      .returnForRevision(submitted, R1, List.of("缺少年度工作计划"));
  private final CaseFile resubmitted = SignedFixture.at(2, null)
      .resubmit(returned, assessment(U1), S1);
  private final CaseFile reviewed = SignedFixture.at(3, SignedFixture.K1)
      .review(resubmitted, R1, List.of());
  private final CaseFile approved = SignedFixture.at(4, SignedFixture.KC)
      .approve(reviewed, A1, List.of(), CERTIFIED);

  @Test
  void decisionsAreSignedForTheOfficeOfTheirKeyAndSubmissionsAreNot() {
    List<AuditEvent> trail = approved.getAuditTrail();
    assertThat(trail).extracting(AuditEvent::transition).containsExactly(Transition.SUBMITTED,
        Transition.RETURNED, Transition.RESUBMITTED, Transition.REVIEWED, Transition.APPROVED);
    assertThat(trail).extracting(e -> e.office().map(Object::toString).orElse("-"))
        .containsExactly("-", "O1", "-", "O1", "OC");
    assertThat(trail).extracting(e -> e.signature().map(EventSignature::keyId).orElse("-"))
        .containsExactly("-", SignedFixture.K1.keyId(), "-", SignedFixture.K1.keyId(),
            SignedFixture.KC.keyId());
  }

  @Test
  void eachSignatureCoversThePayloadChainedToThePreviousSignature() {
    List<AuditEvent> trail = approved.getAuditTrail();
    AuditEvent review = trail.get(3);
    AuditEvent approval = trail.get(4);
    // the approval's payload, rebuilt by hand: city stage, office OC, the review's signature
    DecisionPayload payload = new DecisionPayload("U1", 2022, "test-sheet", "1",
        SignedFixture.PORT.digest(WorkflowFixture.sheet()), Stage.CITY, SignedFixture.OC, A1,
        approval.at(), approval.digest(), List.of(), List.of(), Transition.APPROVED,
        approved.getCityApproval().orElseThrow().score().roundedTotal(),
        approved.getCityApproval().orElseThrow().score().rating(), Optional.of(CERTIFIED),
        Optional.of(review.signature().orElseThrow().signature()));
    assertThat(approval.signature().orElseThrow().signature())
        .isEqualTo(SignedFixture.mac(SignedFixture.KC.publicBase64(), payload));
    // the same payload without the chain is another signature
    DecisionPayload unchained = new DecisionPayload("U1", 2022, "test-sheet", "1",
        payload.standardDigest(), Stage.CITY, SignedFixture.OC, A1, approval.at(),
        approval.digest(), List.of(), List.of(), Transition.APPROVED, payload.total(), payload.band(),
        Optional.of(CERTIFIED), Optional.empty());
    assertThat(approval.signature().orElseThrow().signature())
        .isNotEqualTo(SignedFixture.mac(SignedFixture.KC.publicBase64(), unchained));
  }

  @Test
  void aSignedFileReplaysToItselfAndASignatureMovedToAnotherEventDoesNot() {
    assertThat(SignedFixture.at(10, null).replay(approved)).isEqualTo(approved);
    // the return's signature put on the review: same office and key, other content
    List<AuditEvent> trail = new java.util.ArrayList<>(approved.getAuditTrail());
    trail.set(3, trail.get(3).signed(SignedFixture.O1, trail.get(1).signature().orElseThrow()));
    CaseFile moved = io.github.ggw.standards.model.workflow.ImmutableCaseFile.builder()
        .from(approved).auditTrail(trail).build();
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> SignedFixture.at(10, null).replay(moved));
    assertThat(e.getCode()).isEqualTo(RefusalCode.SIGNATURE_INVALID);
    assertThat(e.getEvent()).hasValue(4);
  }

  @Test
  void anUnsignedWorkflowCannotBeGivenAKey() {
    assertThrows(IllegalStateException.class,
        () -> WorkflowFixture.workflow().signingWith(SignedFixture.K1));
    assertThat(WorkflowFixture.workflow().isSigned()).isFalse();
    assertThat(SignedFixture.workflow().isSigned()).isTrue();
  }
}
