package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;

/**
 * A reviewer's request to set one judgement item's points at their stage (调整分值), or a counted
 * deduction's deficiency counts (调整扣分项计数), with the mandatory reason (调整理由). An input to a
 * transition: the workflow checks the reason (non-blank, see {@link Reasons}), the item (a
 * judgement item, or a counted-deduction item for counts, that applies to the unit) and the points
 * ({@code [0, max]}, on the rule's step) or the codes counted, and refuses the transition
 * otherwise; what it records is a {@link PointsChange}.
 *
 * @param code the item's code, not null
 * @param points the new points, not null; {@link Points#ZERO} and not read for a counts
 *     adjustment (the counts give the points)
 * @param reason why, not null (blank is refused by the workflow, not here)
 * @param counts the new deficiency counts by code, whole and {@code ≥ 0}, for a counted
 *     deduction (codes not named keep the counts of the previous stage); empty for a points
 *     adjustment, not null
 */
public record Adjustment(CriterionCode code, Points points, String reason,
    DeficiencyCounts counts) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param code the {@code code} component, as described on the record
   * @param points the {@code points} component, as described on the record
   * @param reason the {@code reason} component, as described on the record
   * @param counts the {@code counts} component, as described on the record
   */
  public Adjustment {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(counts, "counts");
  }

  /**
   * An adjustment of a judgement item's points.
   *
   * @param code the item's code, not null
   * @param points the new points, not null
   * @param reason why, not null
   */
  public Adjustment(CriterionCode code, Points points, String reason) {
    this(code, points, reason, DeficiencyCounts.NONE);
  }

  /**
   * An adjustment of a counted deduction's deficiency counts, such as {@code D1 → 2, D2 → 0}.
   *
   * @param code the item's code, not null
   * @param counts the new counts by code, at least one, not null
   * @param reason why, not null
   * @return the adjustment
   * @throws StandardsException if there is no count
   */
  public static Adjustment ofCounts(CriterionCode code, DeficiencyCounts counts,
      String reason) {
    if (counts.isEmpty()) {
      throw new StandardsException("a counts adjustment needs at least one count",
          code.toString());
    }
    return new Adjustment(code, Points.ZERO, reason, counts);
  }

  /**
   * Whether this adjusts deficiency counts rather than points.
   *
   * @return true when {@link #counts()} is not empty
   */
  public boolean isCounts() {
    return !counts.isEmpty();
  }
}
