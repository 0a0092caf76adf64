package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Claims are matched to their items whatever their order and whichever items they skip: the
 * scorer tries the few claimable items after the last claim's before it looks a code up, and a
 * report does not depend on which way found the item. Compared: every figure of the report, and
 * the warnings but for where each claim stands (its position in the claims).
 */
class ClaimMatchingProperties {
  private final Scorer scorer = Scorer.create();

  private ScoreReport score(Standard s, SelfAssessment a) {
    return scorer.score(s, a).value().orElseThrow();
  }

  /** The claims reordered by a seed: reversed, shuffled, or rotated. */
  private static SelfAssessment reordered(SelfAssessment a, long seed) {
    List<Claim> claims = new ArrayList<>(a.getClaims());
    Random r = new Random(seed);
    switch ((int) Math.floorMod(seed, 3L)) {
      case 0 -> Collections.reverse(claims);
      case 1 -> Collections.shuffle(claims, r);
      default -> Collections.rotate(claims, claims.isEmpty() ? 0 : r.nextInt(claims.size()));
    }
    return ImmutableSelfAssessment.copyOf(a).withClaims(claims);
  }

  /** A warning without its place: its code, arguments and criterion. */
  private static String unplaced(Problem p) {
    return p.getCode() + " " + p.getArguments() + " " + p.getLocation().getCriterion();
  }

  private void sameReport(Standard s, SelfAssessment a, long seed) {
    ScoreReport given = score(s, a);
    ScoreReport moved = score(s, reordered(a, seed));
    assertThat(moved.items()).isEqualTo(given.items());
    assertThat(moved.dimensions()).isEqualTo(given.dimensions());
    assertThat(moved.gaps()).isEqualTo(given.gaps());
    assertThat(moved.composite()).isEqualTo(given.composite());
    assertThat(moved.total()).isEqualTo(given.total());
    assertThat(moved.claimedSum().toBigDecimal()).isEqualTo(given.claimedSum().toBigDecimal());
    assertThat(moved.vetoes()).isEqualTo(given.vetoes());
    assertThat(moved.eligibility()).isEqualTo(given.eligibility());
    assertThat(moved.warnings().stream().map(ClaimMatchingProperties::unplaced).sorted())
        .containsExactlyElementsOf(given.warnings().stream()
            .map(ClaimMatchingProperties::unplaced).sorted().toList());
  }

  @Test
  void generatedClaimsInAnyOrderScoreAsGiven() {
    qt().withExamples(400)
        .forAll(Generators.scoringCases(StandardOptions.defaults()), longs().all())
        .checkAssert((c, seed) -> sameReport(c.standard(), c.assessment(), seed));
  }

  @Test
  void theBundledStandardsClaimsInAnyOrderScoreAsGiven() {
    // its assessments skip the items that do not apply to their unit (kindergartens skip many)
    Standard changzhou = ReferenceData.changzhouStandard();
    qt().withExamples(200).forAll(Generators.assessments(changzhou), longs().all())
        .checkAssert((a, seed) -> sameReport(changzhou, a, seed));
  }
}
