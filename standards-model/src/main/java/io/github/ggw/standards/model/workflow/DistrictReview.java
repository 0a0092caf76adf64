package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The district's review of the current submission (区级审核把关): who reviewed, when, the digest
 * of the submission they saw, the points they changed with reasons, and the resulting district
 * stage score (审核分). A return for revision is not a review: it is recorded in the audit trail
 * and the file waits for resubmission.
 *
 * @param reviewer the reviewer, not null
 * @param reviewedAt when, from the workflow's clock, not null
 * @param digestSeen the digest of the submission reviewed, not null
 * @param adjustments the points changed, at most one per item, possibly empty (reviewed as
 *     submitted)
 * @param score the district stage score, of stage {@link Stage#DISTRICT}
 */
public record DistrictReview(
    @NotNull @Valid ActorId reviewer,
    @NotNull Instant reviewedAt,
    @NotNull @Valid Digest digestSeen,
    @Size(max = 2000) List<@NotNull @Valid PointsChange> adjustments,
    @NotNull @Valid StageScore score) {

  /**
   * Checks the components and copies the list.
   *
   * @throws StandardsException if the score is not of the district stage
   * @throws NullPointerException if a component is null
   *
   * @param reviewer the {@code reviewer} component, as described on the record
   * @param reviewedAt the {@code reviewedAt} component, as described on the record
   * @param digestSeen the {@code digestSeen} component, as described on the record
   * @param adjustments the {@code adjustments} component, as described on the record
   * @param score the {@code score} component, as described on the record
   */
  public DistrictReview {
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
    Objects.requireNonNull(digestSeen, "digestSeen");
    adjustments = ImmutableList.copyOf(adjustments);
    Objects.requireNonNull(score, "score");
    if (score.stage() != Stage.DISTRICT) {
      throw new StandardsException("a district review holds a district stage score",
          score.stage().name());
    }
  }
}
