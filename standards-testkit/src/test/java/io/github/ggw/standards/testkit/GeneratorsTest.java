package io.github.ggw.standards.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Standard;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generators produce every rule kind and every not-applicable mode, and options restrict
 * them. (Every invalid kind: {@link InvalidKindTest}.)
 */
class GeneratorsTest {

  /** The values QuickTheories draws from a generator with a fixed seed. */
  private static <T> java.util.List<T> sample(org.quicktheories.core.Gen<T> gen, int n) {
    java.util.List<T> out = new java.util.ArrayList<>();
    org.quicktheories.QuickTheory.qt().withFixedSeed(2022).withExamples(n).forAll(gen)
        .checkAssert(out::add);
    return out;
  }

  @Test
  void everyRuleKindAndNotApplicableModeAppearsOverAFixedSeed() {
    Set<RuleKind> kinds = EnumSet.noneOf(RuleKind.class);
    Set<NotApplicableMode> modes = EnumSet.noneOf(NotApplicableMode.class);
    boolean weighted = false;
    boolean bonus = false;
    boolean veto = false;
    for (Standard s : sample(Generators.standards(StandardOptions.defaults()), 200)) {
      s.getAllCriteria().forEach(c -> c.getRule().map(RuleKind::of).ifPresent(kinds::add));
      modes.add(s.getNotApplicableMode());
      weighted |= s.getDimensions().stream().anyMatch(d -> d.getWeight().isPresent());
      bonus |= !s.getBonusCap().isZero();
      veto |= s.getAllCriteria().anyMatch(c -> c.getKind() == io.github.ggw.standards.model.standard
          .CriterionKind.VETO);
    }
    assertThat(kinds).containsExactlyInAnyOrder(RuleKind.values());
    assertThat(modes).containsExactlyInAnyOrder(NotApplicableMode.values());
    assertThat(weighted && bonus && veto).isTrue();
  }

  @Test
  void optionsRestrictWhatIsGenerated() {
    StandardOptions only = StandardOptions.builder().ruleKinds(EnumSet.of(RuleKind.JUDGEMENT))
        .notApplicableModes(EnumSet.of(NotApplicableMode.EXCLUDE)).maxDepth(1)
        .weightsAllowed(false).build();
    for (Standard s : sample(Generators.standards(only), 50)) {
      assertThat(s.getNotApplicableMode()).isEqualTo(NotApplicableMode.EXCLUDE);
      assertThat(s.getDimensions()).allMatch(d -> d.getWeight().isEmpty());
      s.getDimensions().stream().filter(d -> d.isBudgeted()).forEach(d ->
          assertThat(d.getChildren()).allMatch(c -> c.isLeaf()
              && RuleKind.of(c.getRule().orElseThrow()) == RuleKind.JUDGEMENT));
    }
  }
  /**
   * Generated standards use filtered measures of every aggregate, each sound against the
   * evidence-kind registry, and the measure registry's check accepts them.
   */
  @Test
  void generatedStandardsUseFilteredMeasures() {
    Set<io.github.ggw.standards.model.rule.QueryAggregate> aggregates =
        EnumSet.noneOf(io.github.ggw.standards.model.rule.QueryAggregate.class);
    Set<String> kinds = new java.util.TreeSet<>();
    for (Standard s : sample(Generators.standards(StandardOptions.defaults()), 200)) {
      s.getAllCriteria().forEach(c -> c.getRule().ifPresent(r ->
          io.github.ggw.standards.rules.measure.MeasureRegistry.refs(r).forEach(m ->
              m.query().ifPresent(q -> {
                aggregates.add(q.aggregate());
                kinds.add(q.kind());
                assertThat(io.github.ggw.standards.rules.measure.FilteredMeasure.check(q, null))
                    .isEmpty();
              }))));
      assertThat(io.github.ggw.standards.rules.measure.MeasureRegistry.builtIn().check(s))
          .isEmpty();
    }
    assertThat(aggregates).containsExactlyInAnyOrder(
        io.github.ggw.standards.model.rule.QueryAggregate.values());
    assertThat(kinds).containsExactly("activity", "care-carrier", "document", "elder",
        "training");
  }
}
