package io.github.ggw.standards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.model.Claim;
import io.github.ggw.standards.model.Criterion;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.SelfAssessment;
import io.github.ggw.standards.model.Standard;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.rules.FigureSource;
import io.github.ggw.standards.rules.ItemResult;
import io.github.ggw.standards.rules.ScoreReport;
import io.github.ggw.standards.rules.Scorer;
import io.github.ggw.standards.rules.ScoringOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Invariants of scoring and of the JSON layer, over generated assessments of the bundled
 * Changzhou standard and over generated standards with their assessments (QuickTheories, which
 * shrinks a failure to a small counterexample).
 */
class ScoringProperties {
  private static final int EXAMPLES = 300;
  private final Scorer scorer = Scorer.create();
  private final StandardsJson json = StandardsJson.create();
  private final Standard changzhou = ReferenceData.changzhouStandard();

  private ScoreReport score(Standard s, SelfAssessment a) {
    ScoringOutcome o = scorer.score(s, a);
    assertThat(o.getProblems()).filteredOn(p -> p.isError()).isEmpty();
    return o.getReport().orElseThrow();
  }

  @Test
  void totalStaysWithinZeroAndMaximumPlusBonusCap() {
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.assessments(changzhou))
        .checkAssert(a -> withinBounds(changzhou, score(changzhou, a)));
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.standardAndAssessment())
        .checkAssert(p -> withinBounds((Standard) p[0],
            score((Standard) p[0], (SelfAssessment) p[1])));
  }

  private static void withinBounds(Standard s, ScoreReport r) {
    assertThat(r.total()).isBetween(Points.ZERO, s.maximumTotal());
    assertThat(r.roundedTotal()).isBetween(Points.ZERO, s.maximumTotal());
    assertThat(Points.of(r.composite())).isLessThanOrEqualTo(s.nominalMax());
    assertThat(r.bonus()).isLessThanOrEqualTo(s.getBonusCap());
    for (ItemResult i : r.items()) {
      assertThat(i.awarded()).isLessThanOrEqualTo(i.maxPoints());
    }
  }

  @Test
  void claimsNeverScoreComputedRules() {
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.standardAndAssessment())
        .checkAssert(p -> sameComputedPoints((Standard) p[0], (SelfAssessment) p[1]));
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.assessments(changzhou))
        .checkAssert(a -> sameComputedPoints(changzhou, a));
  }

  /** Scores the assessment with every claim at 0 and at the item's maximum. */
  private void sameComputedPoints(Standard s, SelfAssessment a) {
    SelfAssessment zero = withClaims(a, c -> Points.ZERO);
    SelfAssessment max = withClaims(a, c -> s.find(c.code()).map(Criterion::getMaxPoints)
        .orElseThrow());
    assertThat(computed(score(s, zero))).isEqualTo(computed(score(s, max)))
        .isEqualTo(computed(score(s, a)));
  }

  private static List<String> computed(ScoreReport r) {
    return r.items().stream().filter(i -> i.source() == FigureSource.COMPUTED)
        .map(i -> i.code() + "=" + i.awarded()).toList();
  }

  private static SelfAssessment withClaims(SelfAssessment a, Function<Claim, Points> points) {
    List<Claim> claims = a.getClaims().stream()
        .map(c -> new Claim(c.code(), points.apply(c), c.narrative())).toList();
    return io.github.ggw.standards.model.ImmutableSelfAssessment.copyOf(a).withClaims(claims);
  }

  @Test
  void orderOfClaimsAndEvidenceDoesNotMatter() {
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.standardAndAssessment())
        .checkAssert(p -> {
          Standard s = (Standard) p[0];
          SelfAssessment a = (SelfAssessment) p[1];
          List<Claim> claims = new ArrayList<>(a.getClaims());
          List<Evidence> evidence = new ArrayList<>(a.getEvidence());
          Random random = new Random(claims.size() * 31L + evidence.size());
          Collections.shuffle(claims, random);
          Collections.shuffle(evidence, random);
          SelfAssessment shuffled = io.github.ggw.standards.model.ImmutableSelfAssessment
              .copyOf(a).withClaims(claims).withEvidence(evidence);
          ScoreReport x = score(s, a);
          ScoreReport y = score(s, shuffled);
          assertThat(y.items()).isEqualTo(x.items());
          assertThat(y.total()).isEqualTo(x.total());
          assertThat(y.roundedTotal()).isEqualTo(x.roundedTotal());
          assertThat(y.rating()).isEqualTo(x.rating());
          assertThat(y.eligibility()).isEqualTo(x.eligibility());
          assertThat(y.vetoes()).isEqualTo(x.vetoes());
        });
  }

  @Test
  void assessmentJsonRoundTripIsIdentity() {
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.assessments(changzhou))
        .checkAssert(a -> assertThat(json.readAssessment(
            json.writeAssessment(a).getBytes(StandardCharsets.UTF_8)).orElseThrow())
            .isEqualTo(a));
  }

  @Test
  void standardJsonRoundTripIsIdentity() {
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.standards())
        .checkAssert(s -> assertThat(json.readStandard(
            json.writeStandard(s).getBytes(StandardCharsets.UTF_8)).orElseThrow())
            .isEqualTo(s));
    assertThat(json.readStandard(json.writeStandard(changzhou)
        .getBytes(StandardCharsets.UTF_8)).orElseThrow()).isEqualTo(changzhou);
  }
}
