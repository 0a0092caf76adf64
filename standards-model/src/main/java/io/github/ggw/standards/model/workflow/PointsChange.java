package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A recorded change of one item's points at a review stage (分值调整记录): what it was at the
 * previous stage, what it became, and why.
 *
 * @param code the item's code, not null
 * @param before the points at the previous stage, not null
 * @param after the points at this stage, not null and different from {@code before}
 * @param reason why, non-blank, at most 500 characters ({@link Reasons})
 */
public record PointsChange(
    @NotNull CriterionCode code,
    @NotNull Points before,
    @NotNull Points after,
    @NotBlank @Size(max = Reasons.MAX_LENGTH) String reason) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the reason is blank or too long, or nothing changed
   * @throws NullPointerException if a component is null
   *
   * @param code the {@code code} component, as described on the record
   * @param before the {@code before} component, as described on the record
   * @param after the {@code after} component, as described on the record
   * @param reason the {@code reason} component, as described on the record
   */
  public PointsChange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Reasons.check(reason);
    if (before.equals(after)) {
      throw new StandardsException("item " + code + ": a change must change the points",
          after.toString());
    }
  }

  /**
   * The input that made this change.
   *
   * @return the adjustment to {@code after} with the same reason
   */
  public Adjustment toAdjustment() {
    return new Adjustment(code, after, reason);
  }
}
