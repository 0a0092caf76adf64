package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.OfficeId;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.Transition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an office signs when it decides (签名内容): exactly the members docs/workflow.md lists under
 * “Offices and signed decisions”. The signature is over the canonical JSON of this value, made by
 * the {@link DecisionSignatures} port; {@code previousSignature} chains a decision to the previous
 * signed event of the file (across returns and resubmissions).
 *
 * @param unitId the unit's code, not null
 * @param year the assessment year
 * @param standardId the standard's identifier, not null
 * @param standardVersion the standard's version, not null
 * @param standardDigest the digest of the standard's canonical form, not null
 * @param stage the deciding stage: {@link Stage#DISTRICT} for a review or return, {@link
 *     Stage#CITY} for an approval or rejection
 * @param office the office decided for, not null
 * @param actor the actor who decided, not null
 * @param at the decision's time (an instant, written in UTC ISO-8601), not null
 * @param submissionDigest the digest of the submission decided on, not null
 * @param adjustments the points changed by this decision, possibly empty
 * @param reasons the written reasons of a return or rejection (退回或不予认定的理由), in the order
 *     recorded; empty for a review or approval (whose reasons, if any, are those of its
 *     adjustments)
 * @param decision the transition: {@code REVIEWED}, {@code RETURNED}, {@code APPROVED} or {@code
 *     REJECTED}
 * @param total the rounded total of the stage's score (for a return, of the submission returned)
 * @param band the rating band of that score
 * @param designation the designation an approval confers; empty otherwise
 * @param previousSignature the base64 signature of the previous signed event; empty for the
 *     first
 */
public record DecisionPayload(
    String unitId,
    int year,
    String standardId,
    String standardVersion,
    Digest standardDigest,
    Stage stage,
    OfficeId office,
    ActorId actor,
    Instant at,
    Digest submissionDigest,
    List<PointsChange> adjustments,
    List<String> reasons,
    Transition decision,
    Points total,
    Rating band,
    Optional<Designation> designation,
    Optional<String> previousSignature) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws NullPointerException if a component is null
   *
   * @param unitId the {@code unitId} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param standardId the {@code standardId} component, as described on the record
   * @param standardVersion the {@code standardVersion} component, as described on the record
   * @param standardDigest the {@code standardDigest} component, as described on the record
   * @param stage the {@code stage} component, as described on the record
   * @param office the {@code office} component, as described on the record
   * @param actor the {@code actor} component, as described on the record
   * @param at the {@code at} component, as described on the record
   * @param submissionDigest the {@code submissionDigest} component, as described on the record
   * @param adjustments the {@code adjustments} component, as described on the record
   * @param reasons the {@code reasons} component, as described on the record
   * @param decision the {@code decision} component, as described on the record
   * @param total the {@code total} component, as described on the record
   * @param band the {@code band} component, as described on the record
   * @param designation the {@code designation} component, as described on the record
   * @param previousSignature the {@code previousSignature} component, as described on the
   *     record
   */
  public DecisionPayload {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(standardId, "standardId");
    Objects.requireNonNull(standardVersion, "standardVersion");
    Objects.requireNonNull(standardDigest, "standardDigest");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(submissionDigest, "submissionDigest");
    adjustments = List.copyOf(adjustments);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(designation, "designation");
    Objects.requireNonNull(previousSignature, "previousSignature");
  }
}
