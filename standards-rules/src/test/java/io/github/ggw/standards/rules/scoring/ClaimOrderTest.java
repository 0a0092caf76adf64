package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims are matched to their items whatever their order: the scorer tries the item at the
 * claim's place in tree order first and looks the code up otherwise, with the same result.
 */
class ClaimOrderTest {
  private final Scorer scorer = Scorer.create();

  /** ScorerTest's sheet and primary school, 1 training, and 6 points claimed for item 1.2. */
  private static SelfAssessment overClaimed(boolean reversed) {
    SelfAssessment a = ScorerTest.assessment(UnitType.PRIMARY, "3", 1, 4, true, false, false);
    List<Claim> claims = new ArrayList<>(a.getClaims().stream()
        .map(c -> c.code().value().equals("1.2") ? new Claim(c.code(), Points.of(6), "") : c)
        .toList());
    if (reversed) {
      Collections.reverse(claims);
    }
    return ImmutableSelfAssessment.copyOf(a).withClaims(claims);
  }

  @Test
  void claimsInReverseOrderScoreAsClaimsInTreeOrder() {
    Standard sheet = ScorerTest.sheet(NotApplicableMode.RESCALE, false);
    ScoreReport inOrder = scorer.score(sheet, overClaimed(false)).value().orElseThrow();
    ScoreReport reversed = scorer.score(sheet, overClaimed(true)).value().orElseThrow();
    assertThat(reversed.items()).isEqualTo(inOrder.items());
    assertThat(reversed.dimensions()).isEqualTo(inOrder.dimensions());
    assertThat(reversed.gaps()).isEqualTo(inOrder.gaps());
    assertThat(reversed.total()).isEqualTo(inOrder.total());
    assertThat(reversed.claimedSum()).isEqualTo(inOrder.claimedSum());
    // d1 = 3 (1.1) + 2 × 1 training (1.2) = 5; d2 = 10 − 0 (4 publicity, a plan) = 10; no
    // bonus: 15, in either order
    assertThat(reversed.total()).isEqualTo(Points.of(15));
  }

  @Test
  void anOverClaimIsPlacedAtItsClaimWhereverTheClaimStands() {
    Standard sheet = ScorerTest.sheet(NotApplicableMode.RESCALE, false);
    // tree order 1.1, 1.2, 2.1, B1: 1.2 is claim 1; reversed B1, 2.1, 1.2, 1.1: claim 2
    for (boolean reversed : new boolean[] {false, true}) {
      ScoreReport r = scorer.score(sheet, overClaimed(reversed)).value().orElseThrow();
      assertThat(r.warnings()).filteredOn(p -> p.getCode() == ProblemCode.CLAIM_OVER_COMPUTED)
          .singleElement().satisfies(p -> {
            assertThat(p.getArguments()).containsExactly("1.2", "6", "2");
            assertThat(p.getLocation().getPointer())
                .hasValue(reversed ? "/claims/2/points" : "/claims/1/points");
            assertThat(p.getLocation().getCriterion()).hasValueSatisfying(
                c -> assertThat(c.value()).isEqualTo("1.2"));
          });
    }
  }
}
