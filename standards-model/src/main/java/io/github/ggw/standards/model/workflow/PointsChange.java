package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A recorded change of one item's points at a review stage (分值调整记录): what it was at the
 * previous stage, what it became, and why; for a counted deduction also the deficiency counts it
 * set (调整后的扣分项计数).
 *
 * @param code the item's code, not null
 * @param before the points at the previous stage, not null
 * @param after the points at this stage, not null and different from {@code before} unless the
 *     change sets counts (counts past the floor can change without changing the points)
 * @param reason why, non-blank, at most 500 characters ({@link Reasons})
 * @param counts every deficiency count of the item at this stage, by code, for a counted
 *     deduction; empty for a change of points (null is read as empty, for files written before
 *     counts existed)
 */
public record PointsChange(
    @NotNull CriterionCode code,
    @NotNull Points before,
    @NotNull Points after,
    @NotBlank @Size(max = Reasons.MAX_LENGTH) String reason,
    DeficiencyCounts counts) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the reason is blank or too long, or nothing changed
   * @throws NullPointerException if a component but {@code counts} is null
   *
   * @param code the {@code code} component, as described on the record
   * @param before the {@code before} component, as described on the record
   * @param after the {@code after} component, as described on the record
   * @param reason the {@code reason} component, as described on the record
   * @param counts the {@code counts} component, as described on the record
   */
  public PointsChange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Reasons.check(reason);
    counts = counts == null ? DeficiencyCounts.NONE : counts;
    if (before.equals(after) && counts.isEmpty()) {
      throw new StandardsException("item " + code + ": a change must change the points",
          after.toString());
    }
  }

  /**
   * A change of points.
   *
   * @param code the item's code, not null
   * @param before the points at the previous stage, not null
   * @param after the points at this stage, not null, different from {@code before}
   * @param reason why, non-blank, at most 500 characters
   */
  public PointsChange(CriterionCode code, Points before, Points after, String reason) {
    this(code, before, after, reason, DeficiencyCounts.NONE);
  }

  /**
   * The input that made this change.
   *
   * @return the adjustment to {@code after} (or to {@code counts}) with the same reason
   */
  public Adjustment toAdjustment() {
    return counts.isEmpty() ? new Adjustment(code, after, reason)
        : Adjustment.ofCounts(code, counts, reason);
  }
}
