package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.problem.Result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.model.plan.MetricUnit;
import io.github.ggw.standards.rules.plan.PlanProgress;
import io.github.ggw.standards.rules.plan.ProgressCalculator;
import io.github.ggw.standards.rules.plan.TargetAttainment;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Plan progress over generated district results stays within the metrics' ranges. */
class PlanProperties {

  @Test
  void progressOfGeneratedDistrictResultsIsWithinRange() {
    qt().withExamples(60).forAll(Generators.planCases()).checkAssert(c -> {
      Result<PlanProgress> o = ProgressCalculator.compute(c.plan(), c.reports(), c.designations());
      PlanProgress p = o.value().orElseThrow();
      for (TargetAttainment t : p.attainments()) {
        t.actual().ifPresent(v -> {
          assertThat(v.signum()).as("%s", t).isGreaterThanOrEqualTo(0);
          if (t.target().unit() == MetricUnit.PERCENT) {
            assertThat(v).as("%s", t).isLessThanOrEqualTo(BigDecimal.valueOf(100));
          }
        });
        assertThat(t.shortfall().signum()).isGreaterThanOrEqualTo(0);
      }
    });
  }

  @Test
  void planCasesHaveResultsInThePlansDistrict() {
    qt().withExamples(30).forAll(Generators.planCases()).checkAssert(c -> {
      assertThat(c.reports()).isNotEmpty();
      assertThat(c.reports()).allMatch(r -> r.unit().district().equals(c.plan().getDistrict()));
      assertThat(c.designations()).allMatch(d -> c.reports().stream().anyMatch(r ->
          r.unit().equals(d.unit()) && r.year() == d.year() && r.eligibility().eligible()));
    });
  }
}
