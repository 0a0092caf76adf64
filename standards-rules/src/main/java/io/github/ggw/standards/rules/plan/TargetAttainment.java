package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.plan.AnnualTarget;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an annual target is attained (目标达成度): the actual value beside the target value, in
 * the target's unit.
 *
 * @param target the target, not null
 * @param actual the actual value, exact (DECIMAL128 where a division occurs), or empty for no data
 * @param status met, behind or no data; consistent with {@code actual}
 * @param shortfall by how much the actual value falls short of the target: {@code value − actual}
 *     for AT_LEAST, {@code actual − value} for AT_MOST, 0 when met or without data; {@code >= 0}
 */
public record TargetAttainment(
    AnnualTarget target, Optional<BigDecimal> actual, AttainmentStatus status,
    BigDecimal shortfall) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the status does not fit the actual value or the shortfall is
   *     negative
   *
   * @param target the {@code target} component, as described on the record
   * @param actual the {@code actual} component, as described on the record
   * @param status the {@code status} component, as described on the record
   * @param shortfall the {@code shortfall} component, as described on the record
   */
  public TargetAttainment {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(shortfall, "shortfall");
    if (actual.isEmpty() != (status == AttainmentStatus.NO_DATA) || shortfall.signum() < 0) {
      throw new StandardsException("target " + target.id() + ": status " + status
          + " does not fit the actual value", String.valueOf(actual));
    }
  }

  /**
   * The attainment of a target given its actual value.
   *
   * @param target the target, not null
   * @param actual the actual value, or empty for no data
   * @return met or behind with the shortfall, or no data
   */
  public static TargetAttainment of(AnnualTarget target, Optional<BigDecimal> actual) {
    if (actual.isEmpty()) {
      return new TargetAttainment(target, actual, AttainmentStatus.NO_DATA, BigDecimal.ZERO);
    }
    BigDecimal shortfall = target.comparator().shortfall(actual.get(), target.value());
    return new TargetAttainment(target, actual,
        target.isMetBy(actual.get()) ? AttainmentStatus.MET : AttainmentStatus.BEHIND, shortfall);
  }

  /**
   * The signed difference, in the target's unit.
   *
   * @return {@code actual − value}, or empty for no data
   */
  public Optional<BigDecimal> difference() {
    return actual.map(a -> a.subtract(target.value()));
  }
}
