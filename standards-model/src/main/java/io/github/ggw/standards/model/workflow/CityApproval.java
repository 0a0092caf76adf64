package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The city's decision on a reviewed file (市级审批): who decided, when, the digest of the
 * submission they saw, the points they changed with reasons, the city stage score (认定分), and
 * either the designation conferred or the reasons for rejection.
 *
 * <p>Local invariants: an approval has a designation and no reasons; a rejection has reasons, no
 * designation and no adjustments (its score is the district's, carried over as the city stage).
 *
 * @param approver the approver, not null
 * @param decidedAt when, from the workflow's clock, not null
 * @param digestSeen the digest of the submission decided on, not null
 * @param decision approved or rejected, not null
 * @param adjustments the points changed at city level, possibly empty (approved as reviewed)
 * @param score the city stage score, of stage {@link Stage#CITY}
 * @param designation the designation conferred; present exactly when approved
 * @param reasons the reasons for a rejection, each per {@link Reasons}; empty when approved
 */
public record CityApproval(
    @NotNull @Valid ActorId approver,
    @NotNull Instant decidedAt,
    @NotNull @Valid Digest digestSeen,
    @NotNull CityDecision decision,
    @Size(max = 2000) List<@NotNull @Valid PointsChange> adjustments,
    @NotNull @Valid StageScore score,
    Optional<@Valid Designation> designation,
    @Size(max = 50) List<@NotNull String> reasons) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws StandardsException if the invariants of the class comment are broken, the score is
   *     not of the city stage, or a reason is blank or too long
   * @throws NullPointerException if a component is null
   *
   * @param approver the {@code approver} component, as described on the record
   * @param decidedAt the {@code decidedAt} component, as described on the record
   * @param digestSeen the {@code digestSeen} component, as described on the record
   * @param decision the {@code decision} component, as described on the record
   * @param adjustments the {@code adjustments} component, as described on the record
   * @param score the {@code score} component, as described on the record
   * @param designation the {@code designation} component, as described on the record
   * @param reasons the {@code reasons} component, as described on the record
   */
  public CityApproval {
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(digestSeen, "digestSeen");
    Objects.requireNonNull(decision, "decision");
    adjustments = ImmutableList.copyOf(adjustments);
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(designation, "designation");
    reasons = Reasons.checkAll(reasons);
    if (score.stage() != Stage.CITY) {
      throw new StandardsException("a city approval holds a city stage score",
          score.stage().name());
    }
    boolean approved = decision == CityDecision.APPROVED;
    if (approved != designation.isPresent() || approved != reasons.isEmpty()
        || !approved && !adjustments.isEmpty()) {
      throw new StandardsException("an approval has a designation and no reasons; a rejection "
          + "has reasons, no designation and no adjustments", decision.name());
    }
  }
}
