package io.github.ggw.standards.rules.plan;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.problem.Problem;
import java.util.List;
import java.util.Objects;

/**
 * The progress of an action plan over a district's data (行动计划进展).
 *
 * @param plan the plan, not null
 * @param years the years of the period for which reports or designations were given, ascending
 * @param units the district's units seen in the data (the population of the share metrics)
 * @param attainments one per target, in the plan's order
 * @param bands the band shares of each year with reports, ascending by year
 * @param changes the year-over-year change of each unit with two or more reports, by unit id, then
 *     year
 * @param milestones one per staged assessment, in the plan's order
 * @param warnings what was left out (reports of other districts or outside the period)
 */
public record PlanProgress(
    ActionPlan plan,
    List<Integer> years,
    int units,
    List<TargetAttainment> attainments,
    List<YearBands> bands,
    List<UnitChange> changes,
    List<MilestoneResult> milestones,
    List<Problem> warnings) {

  /**
   * Checks that the plan is not null and copies the lists.
   *
   * @param plan the {@code plan} component, as described on the record
   * @param years the {@code years} component, as described on the record
   * @param units the {@code units} component, as described on the record
   * @param attainments the {@code attainments} component, as described on the record
   * @param bands the {@code bands} component, as described on the record
   * @param changes the {@code changes} component, as described on the record
   * @param milestones the {@code milestones} component, as described on the record
   * @param warnings the {@code warnings} component, as described on the record
   */
  public PlanProgress {
    Objects.requireNonNull(plan, "plan");
    years = ImmutableList.copyOf(years);
    attainments = ImmutableList.copyOf(attainments);
    bands = ImmutableList.copyOf(bands);
    changes = ImmutableList.copyOf(changes);
    milestones = ImmutableList.copyOf(milestones);
    warnings = ImmutableList.copyOf(warnings);
  }
}
