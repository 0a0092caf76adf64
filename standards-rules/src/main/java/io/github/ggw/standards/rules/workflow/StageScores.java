package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.workflow.ItemPoints;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.rules.scoring.ScoreReport;

/** Turns a score report into the stage score a case file keeps. */
final class StageScores {
  private StageScores() {}

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
