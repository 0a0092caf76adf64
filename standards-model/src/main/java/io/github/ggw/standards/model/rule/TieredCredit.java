package io.github.ggw.standards.model.rule;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Tiered partial credit (按完成比例分档得分): the measure is taken as a share of a target, in
 * percent ({@code value × 100 ÷ target}), and the first tier, highest threshold first, whose
 * threshold the share reaches gives the share of the item's points earned; below every tier the
 * item earns zero. Example: target 10 trainings, 100% → all points, 80–99% → 80%, 60–79% → 50%,
 * below → 0. The order of the tiers and whether the points earned lie on the claim grid are
 * checked with the standard.
 *
 * @param measure the measure, a number, not null
 * @param target the target the measure is compared with, {@code > 0}, in the measure's unit
 * @param tiers the tiers, highest threshold first, at least one
 */
public record TieredCredit(MeasureRef measure, BigDecimal target, List<CreditTier> tiers)
    implements ScoringRule {

  /**
   * Checks the components and copies the tiers.
   *
   * @throws StandardsException if the target is not positive or there is no tier
   *
   * @param measure the {@code measure} component, as described on the record
   * @param target the {@code target} component, as described on the record
   * @param tiers the {@code tiers} component, as described on the record
   */
  public TieredCredit {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(target, "target");
    if (target.signum() <= 0) {
      throw new StandardsException("a target must be positive", target.toPlainString());
    }
    tiers = ImmutableList.copyOf(tiers);
    if (tiers.isEmpty()) {
      throw new StandardsException("tiered credit needs at least one tier", "[]");
    }
  }

  /**
   * The points a tier earns on an item: {@code max × creditPercent ÷ 100}, exact.
   *
   * @param max the item's maximum
   * @param tier the tier
   * @return the points earned
   */
  public static Points earned(Points max, CreditTier tier) {
    return Points.of(max.toBigDecimal().multiply(tier.creditPercent())
        .divide(BigDecimal.valueOf(100), Points.DIVISION_CONTEXT));
  }
}
