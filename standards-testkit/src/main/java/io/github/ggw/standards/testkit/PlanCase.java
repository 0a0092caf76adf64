package io.github.ggw.standards.testkit;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.List;
import java.util.Objects;

/**
 * An action plan with a district's results (行动计划及区域评估结果), as generated: score reports of
 * units of the plan's district over the plan's years, and the designations conferred.
 *
 * @param plan the plan
 * @param reports one report per unit and year
 * @param designations designations conferred on eligible units
 */
public record PlanCase(ActionPlan plan, List<ScoreReport> reports,
    List<UnitDesignation> designations) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @param plan the {@code plan} component, as described on the record
   * @param reports the {@code reports} component, as described on the record
   * @param designations the {@code designations} component, as described on the record
   */
  public PlanCase {
    Objects.requireNonNull(plan, "plan");
    reports = ImmutableList.copyOf(reports);
    designations = ImmutableList.copyOf(designations);
  }

  /** A short form for counterexamples: the plan and the units, years, totals and ratings. */
  @Override
  public String toString() {
    return "PlanCase[" + plan.getId() + ", reports " + reports.stream()
        .map(r -> r.unit().id() + "/" + r.year() + "=" + r.roundedTotal() + " " + r.rating())
        .toList() + ", designations " + designations.size() + "]";
  }
}
