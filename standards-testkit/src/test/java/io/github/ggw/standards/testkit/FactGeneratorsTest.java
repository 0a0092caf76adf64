package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.FactType;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test kit's generators of declared facts, their values and the contracts over them. */
class FactGeneratorsTest {
  private static final StandardOptions FACTS = StandardOptions.builder().factsAllowed(true)
      .build();

  private static <T> List<T> sample(org.quicktheories.core.Gen<T> gen, int n) {
    List<T> out = new java.util.ArrayList<>();
    org.quicktheories.QuickTheory.qt().withFixedSeed(2022).withExamples(n).forAll(gen)
        .checkAssert(out::add);
    return out;
  }

  @Test
  void standardsDeclareEveryTypeAndReadItWithEveryOperator() {
    Set<FactType> types = EnumSet.noneOf(FactType.class);
    Set<Comparison> comparisons = EnumSet.noneOf(Comparison.class);
    for (Standard s : sample(Generators.standards(FACTS), 60)) {
      s.getFacts().forEach(f -> types.add(f.getType()));
      s.getAllCriteria().forEach(c -> c.getRule().ifPresent(r -> {
        if (r instanceof AllOrNothing a) {
          comparisons.add(a.condition().comparison());
        }
      }));
    }
    assertThat(types).containsExactlyInAnyOrder(FactType.values());
    assertThat(comparisons).containsExactlyInAnyOrder(Comparison.values());
    // without the option, no facts: standards drawn before stay as they were
    assertThat(sample(Generators.standards(StandardOptions.defaults()), 20))
        .allMatch(s -> s.getFacts().isEmpty());
  }

  /**
   * Every generated assessment gives each declared fact once and scores; the ladder F.1 and the
   * per-occurrence item F.2 (one step per count, at most two steps) agree with the arithmetic
   * done here from the fact's value.
   */
  @Test
  void assessmentsGiveEveryFactAndScoreAsComputedByHand() {
    for (ScoringCase c : sample(Generators.scoringCases(FACTS), 60)) {
      Standard s = c.standard();
      SelfAssessment a = c.assessment();
      List<String> given = a.getEvidence().stream().filter(FactValue.class::isInstance)
          .map(e -> ((FactValue) e).code()).toList();
      assertThat(given).containsExactlyElementsOf(s.getFacts().stream()
          .map(DeclaredFact::getCode).toList());
      ScoreReport r = Scorer.create().score(s, a).orElseThrow();
      BigDecimal count = new BigDecimal(a.getEvidence().stream()
          .filter(e -> e instanceof FactValue f && f.code().equals("gen.count"))
          .map(e -> ((FactValue) e).value()).findFirst().orElseThrow());
      BigDecimal step = s.getClaimStep();
      // F.2: min(count × step, 2 × step)
      assertThat(item(r, "F.2")).isEqualTo(Points.of(count.multiply(step)
          .min(step.multiply(BigDecimal.valueOf(2)))));
      // F.1: 2 × step at or above the high rung, step at or above the low one, else 0
      ThresholdLadder ladder = (ThresholdLadder) s.find(CriterionCode.of("F.1")).orElseThrow()
          .getRule().orElseThrow();
      BigDecimal expected = count.compareTo(ladder.rungs().get(0).atLeast()) >= 0
          ? step.multiply(BigDecimal.valueOf(2))
          : count.compareTo(ladder.rungs().get(1).atLeast()) >= 0 ? step : BigDecimal.ZERO;
      assertThat(item(r, "F.1")).isEqualTo(Points.of(expected));
    }
  }

  @Test
  void theContractsHoldOverStandardsWithFacts() {
    for (Standard s : sample(Generators.standards(FACTS), 3)) {
      Contracts.forStandard(s).withExamples(25).checkAll();
    }
  }

  private static Points item(ScoreReport r, String code) {
    return r.items().stream().filter(i -> i.code().equals(CriterionCode.of(code)))
        .map(ItemResult::awarded).findFirst().orElseThrow();
  }
}
