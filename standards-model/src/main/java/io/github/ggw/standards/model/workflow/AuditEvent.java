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
    Optional<@Valid Designation> designation) {

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
    if (sequence < 1 || revision < 1) {
      throw new StandardsException("sequence and revision start at 1",
          sequence + "/" + revision);
    }
  }
}
