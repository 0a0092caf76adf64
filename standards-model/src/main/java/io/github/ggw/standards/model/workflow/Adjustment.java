package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * A reviewer's request to set one judgement item's points at their stage (调整分值), with the
 * mandatory reason (调整理由). An input to a transition: the workflow checks the reason (non-blank,
 * see {@link Reasons}), the item (a judgement item that applies to the unit) and the points
 * ({@code [0, max]}, on the rule's step), and refuses the transition otherwise; what it records is
 * a {@link PointsChange}.
 *
 * @param code the item's code, not null
 * @param points the new points, not null
 * @param reason why, not null (blank is refused by the workflow, not here)
 */
public record Adjustment(CriterionCode code, Points points, String reason) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param code the {@code code} component, as described on the record
   * @param points the {@code points} component, as described on the record
   * @param reason the {@code reason} component, as described on the record
   */
  public Adjustment {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(reason, "reason");
  }
}
