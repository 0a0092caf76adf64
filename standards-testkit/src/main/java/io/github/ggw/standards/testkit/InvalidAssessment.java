package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.util.Objects;

/**
 * A deliberately invalid self-assessment and how it was broken (无效自评用例); the kind names the
 * problem code it must produce when read and scored against its standard.
 *
 * @param assessment the assessment
 * @param kind how it was broken
 */
public record InvalidAssessment(SelfAssessment assessment, InvalidKind kind) {

  /**
   * Checks that neither component is null.
   *
   * @param assessment the {@code assessment} component, as described on the record
   * @param kind the {@code kind} component, as described on the record
   */
  public InvalidAssessment {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * The problem code the scorer must report, as an error: the kind's code.
   *
   * @return the code
   */
  public ProblemCode expected() {
    return kind.code();
  }

  @Override
  public String toString() {
    return "InvalidAssessment[" + kind + " (" + kind.code() + "), claims "
        + assessment.getClaims() + "]";
  }
}
