package io.github.ggw.standards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The claimed sum adds what each claim gives and, for a counted claim that leaves its points to
 * its counts, the item's figure: exactly, in value and in scale, whatever the claims' order
 * (CountedDeductionTest's sheet: C1 a counted deduction of 10, 2.1 a judgement of 5, 2.2 a
 * deduction of 5).
 */
class ClaimedSumTest {
  private final Scorer scorer = Scorer.create();

  private static SelfAssessment assessment(boolean reversed) {
    // C1 counted, D3 found once (1.5 each): 10 − 1.5 = 8.5; 2.1 claims 2.50; 2.2 claims 0
    Claim c1 = Claim.counted(CriterionCode.of("C1"), Optional.empty(), "",
        CountedDeductionTest.counts("D3=1"));
    SelfAssessment a = CountedDeductionTest.assessment(c1);
    List<Claim> claims = new ArrayList<>();
    for (Claim c : a.getClaims()) {
      claims.add(c.code().value().equals("2.1")
          ? new Claim(c.code(), Points.parse("2.50"), "") : c);
    }
    if (reversed) {
      Collections.reverse(claims);
    }
    return ImmutableSelfAssessment.copyOf(a).withClaims(claims);
  }

  @Test
  void countedAndGivenClaimsAddUpExactlyInEitherOrder() {
    for (boolean reversed : new boolean[] {false, true}) {
      ScoreReport r = scorer.score(CountedDeductionTest.sheet(), assessment(reversed)).value()
          .orElseThrow();
      // 8.5 (C1's figure, from its counts) + 2.50 (given) + 0 (given) = 11.00: the scale of
      // an exact sum is its terms' largest, 2
      assertThat(r.claimedSum().toBigDecimal()).isEqualTo(new BigDecimal("11.00"));
    }
  }

  @Test
  void aCountedClaimStatingItsPointsAddsThem() {
    // C1 states 8.5 for D3=1 (what the counts give); 2.1 claims 5, 2.2 claims 0: 8.5 + 5 + 0
    Claim c1 = Claim.counted(CriterionCode.of("C1"), Optional.of(Points.parse("8.5")), "",
        CountedDeductionTest.counts("D3=1"));
    ScoreReport r = scorer.score(CountedDeductionTest.sheet(),
        CountedDeductionTest.assessment(c1)).value().orElseThrow();
    assertThat(r.claimedSum().toBigDecimal()).isEqualTo(new BigDecimal("13.5"));
  }
}
