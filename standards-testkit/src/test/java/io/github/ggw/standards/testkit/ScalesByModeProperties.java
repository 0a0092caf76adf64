package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Declared composite scales under each not-applicable mode: the generators produce a standard
 * with a declared scale, weights and an item that does not apply to the unit for every mode, and
 * the composite of every generated case follows the mode's formula on the scale (docs/scoring.md,
 * "Weights and the composite"; DESIGN "Scale"), recomputed here from the report's dimension lines:
 *
 * <ul>
 *   <li>RESCALE: {@code Σ (P ÷ A × w) × scale ÷ Σ w} over the dimensions with {@code A > 0};
 *   <li>FULL_POINTS: not-applicable items count as met, so {@code A = M} and the composite is
 *       {@code Σ P ÷ M × w};
 *   <li>EXCLUDE: {@code Σ P ÷ M × w}, the maximum shrinks, no rescale.
 * </ul>
 */
class ScalesByModeProperties {
  private static final MathContext MC = MathContext.DECIMAL128;
  private final Scorer scorer = Scorer.create();

  private static List<ScoringCase> sample(int n) {
    List<ScoringCase> out = new ArrayList<>();
    org.quicktheories.QuickTheory.qt().withFixedSeed(2024).withExamples(n)
        .forAll(Generators.scoringCases(StandardOptions.defaults())).checkAssert(out::add);
    return out;
  }

  /** Whether some item the assessment's unit type does not apply to has points at stake. */
  private static boolean hasItemNotApplicable(ScoringCase c) {
    return c.standard().getAllCriteria().anyMatch(x -> x.isLeaf() && x.isBudgeted()
        && x.isNotApplicableTo(c.assessment().getUnit().type()));
  }

  @Test
  void everyModeMeetsADeclaredScaleWithWeightsAndAnItemThatDoesNotApply() {
    Set<NotApplicableMode> seen = EnumSet.noneOf(NotApplicableMode.class);
    for (ScoringCase c : sample(600)) {
      Standard s = c.standard();
      boolean weighted = s.getDimensions().stream().anyMatch(d -> d.getWeight().isPresent());
      if (s.getCompositeScale().isPresent() && weighted && hasItemNotApplicable(c)) {
        seen.add(s.getNotApplicableMode());
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(NotApplicableMode.values());
  }

  @Test
  void theCompositeFollowsTheFormulaOfItsMode() {
    int checked = 0;
    for (ScoringCase c : sample(600)) {
      Standard s = c.standard();
      ScoreReport r = scorer.score(s, c.assessment()).value().orElseThrow();
      List<DimensionResult> dims = r.dimensions();
      if (dims.stream().anyMatch(d -> d.weight().isEmpty())) {
        continue;
      }
      checked++;
      BigDecimal scale = s.getScale().toBigDecimal();
      BigDecimal expected;
      switch (s.getNotApplicableMode()) {
        case RESCALE -> {
          BigDecimal sum = BigDecimal.ZERO;
          BigDecimal weights = BigDecimal.ZERO;
          for (DimensionResult d : dims) {
            if (!d.applicableMax().isZero()) {
              sum = sum.add(rate(d.score(), d.applicableMax()).multiply(d.weight().get(), MC));
              weights = weights.add(d.weight().get());
            }
          }
          expected = weights.signum() == 0 ? BigDecimal.ZERO
              : sum.multiply(scale, MC).divide(weights, MC);
        }
        case FULL_POINTS -> {
          for (DimensionResult d : dims) {
            assertThat(d.applicableMax()).as("not applicable counts as met").isEqualTo(d.maxPoints());
          }
          expected = byMaximum(dims);
        }
        case EXCLUDE -> expected = byMaximum(dims);
        default -> throw new AssertionError(s.getNotApplicableMode());
      }
      // the report's composite is exact to DECIMAL128: compare to 20 decimal places
      assertThat(r.composite().subtract(expected).abs())
          .as("%s: composite %s, by the formula %s", s.getNotApplicableMode(), r.composite(),
              expected)
          .isLessThan(new BigDecimal("1e-20"));
      assertThat(r.nominalMax()).isEqualTo(s.getScale());
    }
    assertThat(checked).as("weighted cases checked").isGreaterThan(50);
  }

  /** {@code Σ P ÷ M × w}. */
  private static BigDecimal byMaximum(List<DimensionResult> dims) {
    BigDecimal sum = BigDecimal.ZERO;
    for (DimensionResult d : dims) {
      sum = sum.add(rate(d.score(), d.maxPoints()).multiply(d.weight().get(), MC));
    }
    return sum;
  }

  private static BigDecimal rate(Points p, Points of) {
    return p.toBigDecimal().divide(of.toBigDecimal(), MC);
  }
}
