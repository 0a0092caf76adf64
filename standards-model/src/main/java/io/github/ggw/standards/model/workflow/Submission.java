package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * One submitted version of a unit's self-assessment (提交的自评材料), with the digest of its
 * canonical JSON form taken at submission. Revision 1 is the first submission; each resubmission
 * after a return adds the next.
 *
 * @param revision the revision number, {@code >= 1}
 * @param digest the SHA-256 digest of the canonical form at submission, not null
 * @param assessment the self-assessment as submitted, not null
 */
public record Submission(
    @Positive int revision,
    @NotNull @Valid Digest digest,
    @NotNull @Valid SelfAssessment assessment) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the revision is below 1
   * @throws NullPointerException if a component is null
   *
   * @param revision the {@code revision} component, as described on the record
   * @param digest the {@code digest} component, as described on the record
   * @param assessment the {@code assessment} component, as described on the record
   */
  public Submission {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(assessment, "assessment");
    if (revision < 1) {
      throw new StandardsException("a revision is at least 1: " + revision,
          String.valueOf(revision));
    }
  }

  /** Never prints the assessment's content. */
  @Override
  public String toString() {
    return "Submission[" + revision + ", " + digest.shortForm() + "]";
  }
}
