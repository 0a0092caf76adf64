package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A discretionary deduction (酌情扣分), such as "records incomplete: deduct 2 to 5 points": the
 * item keeps its maximum, or the claim (later a reviewer) deducts an amount in {@code
 * [minDeduction, maxDeduction]} in whole steps and must give a written reason. In a
 * self-assessment the claim's narrative is the written reason; a deduction without one, or
 * outside the range, is an error problem of the assessment.
 *
 * <p>The awarded points are the claim: {@code max} (nothing deducted) or {@code max − d} with
 * {@code minDeduction ≤ d ≤ maxDeduction}, {@code d} a multiple of {@code step}. Whether the range
 * fits the item (at most its maximum, bounds on the step) is checked with the standard.
 *
 * @param minDeduction the smallest deduction, in points, {@code > 0}
 * @param maxDeduction the largest deduction, in points, {@code >= minDeduction}
 * @param step the grid of deductions, in points, {@code > 0}, such as 0.5 or 1
 */
public record DiscretionaryDeduction(Points minDeduction, Points maxDeduction, BigDecimal step)
    implements ScoringRule {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the smallest deduction is zero, the range is reversed or the
   *     step is not positive
   *
   * @param minDeduction the {@code minDeduction} component, as described on the record
   * @param maxDeduction the {@code maxDeduction} component, as described on the record
   * @param step the {@code step} component, as described on the record
   */
  public DiscretionaryDeduction {
    Objects.requireNonNull(minDeduction, "minDeduction");
    Objects.requireNonNull(maxDeduction, "maxDeduction");
    Objects.requireNonNull(step, "step");
    if (minDeduction.isZero()) {
      throw new StandardsException("the smallest discretionary deduction must be positive",
          minDeduction.toString());
    }
    if (minDeduction.compareTo(maxDeduction) > 0) {
      throw new StandardsException("a deduction range must not be reversed: " + minDeduction
          + " to " + maxDeduction, minDeduction + "-" + maxDeduction);
    }
    if (step.signum() <= 0) {
      throw new StandardsException("a deduction step must be positive: " + step,
          step.toPlainString());
    }
  }

  /**
   * Whether a claimed figure is one this rule allows on an item of a given maximum.
   *
   * @param max the item's maximum
   * @param claimed the claimed points
   * @return true when nothing is deducted, or the deduction lies in the range on the step
   */
  public boolean allows(Points max, Points claimed) {
    if (claimed.compareTo(max) > 0) {
      return false;
    }
    Points deducted = max.minusFloorZero(claimed);
    return deducted.isZero()
        || deducted.compareTo(minDeduction) >= 0 && deducted.compareTo(maxDeduction) <= 0
            && deducted.isMultipleOf(step);
  }

  @Override
  public boolean isComputed() {
    return false;
  }
}
