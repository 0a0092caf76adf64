package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.batch.BatchRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model objects scored in batches on several threads give what scoring them one by one gives. */
class ScoringInBatchesTest {

  @Test
  void twoThreadsGiveTheReportsOfScoringOneByOneInInputOrder() {
    Standard standard = ScorerTest.sheet(NotApplicableMode.RESCALE, true);
    Scorer scorer = Scorer.create();
    List<SelfAssessment> batch = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      batch.add(ScorerTest.assessment(i % 3 == 0 ? UnitType.KINDERGARTEN : UnitType.PRIMARY,
          String.valueOf(i % 5), i % 4, i % 6, i % 2 == 0, i % 7 == 0, i % 11 == 0));
    }
    List<Result<ScoreReport>> one = batch.stream().map(a -> scorer.score(standard, a)).toList();
    List<Result<ScoreReport>> two = new ArrayList<>();
    long n = BatchRunner.create(2).run(batch.iterator(), a -> scorer.score(standard, a),
        two::add);
    assertThat(n).isEqualTo(60);
    assertThat(two).isEqualTo(one);
    assertThat(two).allMatch(Result::isValid);
  }
}
