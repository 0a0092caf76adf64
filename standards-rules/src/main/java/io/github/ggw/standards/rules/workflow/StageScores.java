package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.ItemPoints;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score of a stage (阶段得分): the assessment's claims with the stage's changes applied,
 * scored by the {@link Scorer}, and turned into the stage score a case file keeps.
 */
final class StageScores {
  private StageScores() {}

  /**
   * Scores a stage: the assessment's claims with the changes applied in order.
   *
   * @param scorer the scorer
   * @param standard the standard
   * @param stage the stage
   * @param a the submitted assessment
   * @param changes the changes of this and earlier stages, in order; a later one wins
   * @return the stage score
   * @throws RefusedTransitionException {@code ASSESSMENT_INVALID} when the scorer refuses it
   */
  static StageScore score(Scorer scorer, Standard standard, Stage stage, SelfAssessment a,
      List<PointsChange> changes) {
    Map<CriterionCode, PointsChange> set = new LinkedHashMap<>();
    changes.forEach(c -> set.put(c.code(), c));
    // a change of counts sets the claim's counts (its points left to them), any other its points
    SelfAssessment claims = set.isEmpty() ? a : ImmutableSelfAssessment.copyOf(a).withClaims(
        a.getClaims().stream().map(c -> !set.containsKey(c.code()) ? c
            : set.get(c.code()).counts().isEmpty()
                ? new Claim(c.code(), set.get(c.code()).after(), c.narrative())
                : c.withCounts(set.get(c.code()).counts())).toList());
    Result<ScoreReport> o = scorer.score(standard, claims);
    if (!o.isValid()) {
      throw RefusedTransitionException.invalid(o.problems());
    }
    return of(stage, o.value().orElseThrow());
  }

  static StageScore of(Stage stage, ScoreReport r) {
    return new StageScore(stage,
        r.items().stream().map(i -> new ItemPoints(i.code(), i.depth(), i.maxPoints(),
            i.awarded())).toList(),
        r.total(), r.roundedTotal(), r.rating(), r.eligibility().eligible(), r.isVetoed());
  }

  static StageScore as(Stage stage, StageScore s) {
    return new StageScore(stage, s.items(), s.total(), s.roundedTotal(), s.rating(), s.eligible(),
        s.vetoed());
  }
}
