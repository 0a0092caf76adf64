package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.LostPoints;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generators cover declared composite scales and counted deductions (with counts past the
 * floor and claims that leave their points out), and the contracts hold on them.
 */
class ScalesAndCountsTest {
  private final Scorer scorer = Scorer.create();

  private static <T> List<T> sample(org.quicktheories.core.Gen<T> gen, int n) {
    List<T> out = new ArrayList<>();
    org.quicktheories.QuickTheory.qt().withFixedSeed(2023).withExamples(n).forAll(gen)
        .checkAssert(out::add);
    return out;
  }

  @Test
  void scalesAndCountedDeductionsAreGeneratedAndScoreWithinTheirBounds() {
    boolean scaled = false;
    boolean counted = false;
    boolean pastTheFloor = false;
    boolean leftToCounts = false;
    for (ScoringCase c : sample(Generators.scoringCases(StandardOptions.defaults()), 300)) {
      Standard s = c.standard();
      if (s.getCompositeScale().isPresent()) {
        scaled = true;
        // weights add up to the declared scale, and the totals are on it
        assertThat(s.getScale()).isEqualTo(Points.of(100));
        assertThat(s.getMaximumTotal()).isEqualTo(Points.of(100).plus(s.getBonusCap()));
      }
      ScoreReport r = scorer.score(s, c.assessment()).value().orElseThrow();
      assertThat(r.total().compareTo(s.getMaximumTotal())).isLessThanOrEqualTo(0);
      for (Claim claim : c.assessment().getClaims()) {
        Criterion item = s.find(claim.code()).orElseThrow();
        if (item.getRule().orElseThrow() instanceof CountedDeduction d) {
          counted = true;
          leftToCounts |= !claim.pointsGiven();
          ItemResult line = r.items().stream().filter(i -> i.code().equals(claim.code()))
              .findFirst().orElseThrow();
          // the points are what the counts give, and never more is lost than the maximum
          assertThat(line.awarded())
              .isEqualTo(d.points(item.getMaxPoints(), claim.deficiencies()));
          Points lost = line.lost().stream().map(LostPoints::points)
              .reduce(Points.ZERO, Points::plus);
          assertThat(lost).isEqualTo(item.getMaxPoints().minusFloorZero(line.awarded()));
          pastTheFloor |= line.lost().stream().anyMatch(l -> l.due().orElseThrow()
              .compareTo(l.points()) > 0);
        }
      }
    }
    assertThat(scaled && counted && pastTheFloor && leftToCounts).isTrue();
  }

  @Test
  void theContractsHoldOnAStandardWithAScaleAndCountedDeductions() {
    Standard s = sample(Generators.standards(StandardOptions.defaults()), 300).stream()
        .filter(x -> x.getCompositeScale().isPresent() && x.getAllCriteria()
            .anyMatch(c -> c.getRule().orElse(null) instanceof CountedDeduction))
        .findFirst().orElseThrow();
    Contracts.forStandard(s).withExamples(50).checkAll();
  }
}
