package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;

/**
 * What the contracts check (被测评分函数): the library's {@code Scorer::score}, or a tester's own
 * wrapper around it (say, a service call that scores through a web form's back end).
 */
@FunctionalInterface
public interface ScoringFunction {
  /**
   * Scores an assessment.
   *
   * @param standard the standard
   * @param assessment the assessment
   * @return the outcome
   */
  Result<ScoreReport> score(Standard standard, SelfAssessment assessment);
}
