package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.check.ReferenceAssessmentChecker;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.util.List;

/**
 * The straightforward screening the prepared one is compared with: {@link
 * ReferenceAssessmentChecker#screen}, the checks and the plausibility pre-pass as they were before
 * the scoring plan (a pass per check, identities as list keys of a hash map), kept in the tests
 * for {@code DifferentialScoringTest} too, over one standard.
 */
final class ScreeningReference {
  private final Standard standard;
  private final MeasureRegistry measures;

  ScreeningReference(Standard standard, MeasureRegistry measures) {
    this.standard = standard;
    this.measures = measures;
  }

  Standard standard() {
    return standard;
  }

  /** What the reference found: the problems and the evidence that counts. */
  record Found(List<Problem> problems, List<Evidence> counted, List<Integer> notCounted,
      List<Problem> plausibility) {}

  Found screen(SelfAssessment assessment) {
    AssessmentChecker.Screened s = ReferenceAssessmentChecker.screen(standard, assessment,
        measures);
    return new Found(s.problems(), s.plausibility().counted(), s.plausibility().notCounted(),
        s.plausibility().problems());
  }
}
