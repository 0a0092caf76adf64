package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tier of a {@link TieredCredit} rule (分档得分): a share of the target of at least {@code
 * atLeastPercent} earns {@code creditPercent} of the item's points, such as 80 → 80 ("80–99% of
 * the target earns 80% of the points").
 *
 * @param atLeastPercent the inclusive lower bound of the share of the target, in percent, {@code
 *     >= 0}
 * @param creditPercent the share of the item's points earned, in percent, in {@code [0, 100]}
 */
public record CreditTier(BigDecimal atLeastPercent, BigDecimal creditPercent) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if a percentage is negative or the credit exceeds 100
   *
   * @param atLeastPercent the {@code atLeastPercent} component, as described on the record
   * @param creditPercent the {@code creditPercent} component, as described on the record
   */
  public CreditTier {
    Objects.requireNonNull(atLeastPercent, "atLeastPercent");
    Objects.requireNonNull(creditPercent, "creditPercent");
    if (atLeastPercent.signum() < 0) {
      throw new StandardsException("a tier threshold must not be negative",
          atLeastPercent.toPlainString());
    }
    if (creditPercent.signum() < 0 || creditPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new StandardsException("a tier credit must lie in 0 to 100 percent",
          creditPercent.toPlainString());
    }
  }
}
