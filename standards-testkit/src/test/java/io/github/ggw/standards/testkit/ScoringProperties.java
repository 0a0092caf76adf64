package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.FigureSource;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Scoring invariants over generated standards and assessments: claims
 * never score computed rules, and standards and assessments survive a JSON round trip. (Bounds,
 * order and rounding are the contracts, checked in {@link ContractsTest}.)
 */
class ScoringProperties {
  private final Scorer scorer = Scorer.create();
  private final StandardsJson json = StandardsJson.create();

  private ScoreReport score(Standard s, SelfAssessment a) {
    return scorer.score(s, a).value().orElseThrow();
  }

  @Test
  void claimsNeverScoreComputedRules() {
    qt().withExamples(300).forAll(Generators.scoringCases(StandardOptions.defaults()))
        .checkAssert(c -> sameComputedPoints(c.standard(), c.assessment()));
    Standard changzhou = ReferenceData.changzhouStandard();
    qt().withExamples(300).forAll(Generators.assessments(changzhou))
        .checkAssert(a -> sameComputedPoints(changzhou, a));
  }

  /**
   * The computed items score the same with every claim at 0 and at the item's maximum (claims
   * on discretionary and counted deductions, which are scored from the claim, keep their valid
   * value: they are exempt, as judgements are).
   */
  private void sameComputedPoints(Standard s, SelfAssessment a) {
    SelfAssessment zero = withClaims(s, a, c -> Points.ZERO);
    SelfAssessment max = withClaims(s, a, c -> s.find(c.code())
        .map(Criterion::getMaxPoints).orElseThrow());
    assertThat(computed(score(s, zero))).isEqualTo(computed(score(s, max)))
        .isEqualTo(computed(score(s, a)));
  }

  private static boolean claimable(Standard s, Claim c) {
    ScoringRule rule = s.find(c.code()).flatMap(Criterion::getRule).orElseThrow();
    return !(rule instanceof io.github.ggw.standards.model.rule.DiscretionaryDeduction
        || rule instanceof io.github.ggw.standards.model.rule.CountedDeduction);
  }

  private static List<String> computed(ScoreReport r) {
    return r.items().stream().filter(i -> i.source() == FigureSource.COMPUTED)
        .map(i -> i.code() + "=" + i.awarded()).toList();
  }

  /** The claims of the claimable items at other points; the exempt ones as they are. */
  private static SelfAssessment withClaims(Standard s, SelfAssessment a,
      Function<Claim, Points> points) {
    return ImmutableSelfAssessment.copyOf(a).withClaims(a.getClaims().stream()
        .map(c -> claimable(s, c) ? new Claim(c.code(), points.apply(c), c.narrative()) : c)
        .toList());
  }

  @Test
  void standardJsonRoundTripIsIdentity() {
    qt().withExamples(300).forAll(Generators.standards(StandardOptions.defaults()))
        .checkAssert(s -> assertThat(json.readStandard(
            json.writeStandard(s).getBytes(StandardCharsets.UTF_8)).orElseThrow())
            .isEqualTo(s));
    Standard changzhou = ReferenceData.changzhouStandard();
    assertThat(json.readStandard(json.writeStandard(changzhou)
        .getBytes(StandardCharsets.UTF_8)).orElseThrow()).isEqualTo(changzhou);
  }

  @Test
  void invalidAssessmentsProduceTheirProblem() {
    qt().withExamples(200).forAll(Generators.standards(StandardOptions.defaults()))
        .checkAssert(s -> qt().withExamples(5).forAll(Generators.invalidAssessments(s))
            .checkAssert(x -> assertThat(scorer.score(s, x.assessment()).problems())
                .as("%s", x).anyMatch(p -> p.getCode() == x.expected() && p.isError())));
    Standard changzhou = ReferenceData.changzhouStandard();
    qt().withExamples(300).forAll(Generators.invalidAssessments(changzhou))
        .checkAssert(x -> assertThat(scorer.score(changzhou, x.assessment()).problems())
            .as("%s", x).anyMatch(p -> p.getCode() == x.expected() && p.isError()));
  }
}
