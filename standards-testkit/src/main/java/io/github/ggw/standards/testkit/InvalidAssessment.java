package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.util.Objects;

/**
 * A deliberately invalid self-assessment and the problem code it must produce when scored
 * against its standard (无效自评用例).
 *
 * @param assessment the assessment
 * @param expected the problem code the scorer must report
 */
public record InvalidAssessment(SelfAssessment assessment, ProblemCode expected) {

  /**
   * Checks that neither component is null.
   *
   * @param assessment the {@code assessment} component, as described on the record
   * @param expected the {@code expected} component, as described on the record
   */
  public InvalidAssessment {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(expected, "expected");
  }

  @Override
  public String toString() {
    return "InvalidAssessment[" + expected + ", claims " + assessment.getClaims() + "]";
  }
}
