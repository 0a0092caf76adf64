package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import java.util.Objects;

/**
 * A standard with a self-assessment valid for it (评分用例), as generated.
 *
 * @param standard the standard
 * @param assessment an assessment answering it
 */
public record ScoringCase(Standard standard, SelfAssessment assessment) {

  /**
   * Checks that neither component is null.
   *
   * @param standard the {@code standard} component, as described on the record
   * @param assessment the {@code assessment} component, as described on the record
   */
  public ScoringCase {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(assessment, "assessment");
  }

  /** A short, readable form for counterexamples: sizes, the unit type and the claims. */
  @Override
  public String toString() {
    return "ScoringCase[standard " + standard.getId() + " with "
        + standard.getAllCriteria().count() + " criteria (" + standard.getNotApplicableMode()
        + "), unit type " + assessment.getUnit().type() + ", evidence "
        + assessment.getEvidence() + ", claims " + assessment.getClaims() + "]";
  }
}
