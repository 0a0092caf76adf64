package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a case file's append-only audit trail (审计记录): who acted, in which role, when,
 * what they did and what changed, and why. An event holds everything needed to replay its
 * transition, so a case file read back can be rebuilt from its trail and compared.
 *
 * @param sequence the 1-based position in the trail
 * @param at when, from the workflow's clock (an instant; show it in Asia/Shanghai), not null
 * @param actor who acted, not null
 * @param role the role the registry gave the actor, not null
 * @param transition what was done, not null
 * @param from the status before; empty for the first submission
 * @param to the status after, not null
 * @param revision the submission revision acted on (the new one for a (re)submission), {@code >=
 *     1}
 * @param digest the digest recorded at (re)submission, or seen by the reviewer or approver
 * @param changes the points changed (审核/认定调整), possibly empty
 * @param reasons the reasons of a return or rejection, each per {@link Reasons}; possibly empty
 * @param designation the designation conferred by an approval; empty otherwise
 * @param office the office a review, return, approval or rejection was made for; empty for a
 *     (re)submission and in a file of an unsigned workflow
 * @param signature the office's signature of a review, return, approval or rejection (see
 *     docs/workflow.md, “Offices and signed decisions”); empty for a (re)submission and in a file
 *     of an unsigned workflow
 */
public record AuditEvent(
    @Positive int sequence,
    @NotNull Instant at,
    @NotNull @Valid ActorId actor,
    @NotNull Role role,
    @NotNull Transition transition,
    Optional<CaseStatus> from,
    @NotNull CaseStatus to,
    @Positive int revision,
    @NotNull @Valid Digest digest,
    @Size(max = 2000) List<@NotNull @Valid PointsChange> changes,
    @Size(max = 50) List<@NotNull String> reasons,
    Optional<@Valid Designation> designation,
    Optional<@Valid OfficeId> office,
    Optional<@Valid EventSignature> signature) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws StandardsException if the sequence or revision is below 1 or a reason is blank or
   *     too long
   * @throws NullPointerException if a component is null
   *
   * @param sequence the {@code sequence} component, as described on the record
   * @param at the {@code at} component, as described on the record
   * @param actor the {@code actor} component, as described on the record
   * @param role the {@code role} component, as described on the record
   * @param transition the {@code transition} component, as described on the record
   * @param from the {@code from} component, as described on the record
   * @param to the {@code to} component, as described on the record
   * @param revision the {@code revision} component, as described on the record
   * @param digest the {@code digest} component, as described on the record
   * @param changes the {@code changes} component, as described on the record
   * @param reasons the {@code reasons} component, as described on the record
   * @param designation the {@code designation} component, as described on the record
   * @param office the {@code office} component, as described on the record
   * @param signature the {@code signature} component, as described on the record
   */
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(digest, "digest");
    changes = ImmutableList.copyOf(changes);
    reasons = Reasons.checkAll(reasons);
    Objects.requireNonNull(designation, "designation");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(signature, "signature");
    if (sequence < 1 || revision < 1) {
      throw new StandardsException("sequence and revision start at 1",
          sequence + "/" + revision);
    }
  }

  /**
   * An event without office and signature: a (re)submission, or a decision of an unsigned
   * workflow.
   *
   * @param sequence the {@code sequence} component, as described on the record
   * @param at the {@code at} component, as described on the record
   * @param actor the {@code actor} component, as described on the record
   * @param role the {@code role} component, as described on the record
   * @param transition the {@code transition} component, as described on the record
   * @param from the {@code from} component, as described on the record
   * @param to the {@code to} component, as described on the record
   * @param revision the {@code revision} component, as described on the record
   * @param digest the {@code digest} component, as described on the record
   * @param changes the {@code changes} component, as described on the record
   * @param reasons the {@code reasons} component, as described on the record
   * @param designation the {@code designation} component, as described on the record
   * @throws StandardsException as the canonical constructor
   */
  public AuditEvent(int sequence, Instant at, ActorId actor, Role role, Transition transition,
      Optional<CaseStatus> from, CaseStatus to, int revision, Digest digest,
      List<PointsChange> changes, List<String> reasons, Optional<Designation> designation) {
    this(sequence, at, actor, role, transition, from, to, revision, digest, changes, reasons,
        designation, Optional.empty(), Optional.empty());
  }

  /**
   * Whether the transition is a decision an office signs: a review, return, approval or
   * rejection.
   *
   * @return true for those four
   */
  public boolean isDecision() {
    return transition == Transition.REVIEWED || transition == Transition.RETURNED
        || transition == Transition.APPROVED || transition == Transition.REJECTED;
  }

  /**
   * This event signed for an office.
   *
   * @param by the office, not null
   * @param with the signature, not null
   * @return an equal event but for its office and signature
   */
  public AuditEvent signed(OfficeId by, EventSignature with) {
    return new AuditEvent(sequence, at, actor, role, transition, from, to, revision, digest,
        changes, reasons, designation, Optional.of(by), Optional.of(with));
  }
}
