package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A dimension's subtotal (一级指标小计) and its contribution to the composite.
 *
 * @param code the dimension's code
 * @param title the title
 * @param score the points awarded in the dimension, exact
 * @param applicableMax the points of its applicable items (equals {@code maxPoints} unless items
 *     are not applicable)
 * @param maxPoints its nominal maximum
 * @param weight its weight, or empty in an unweighted standard
 * @param contribution what it adds to the composite before any rescaling of not-applicable
 *     dimensions: {@code score ÷ applicableMax × weight} when weighted (or {@code score ÷ maxPoints
 *     × weight} under plain exclusion), else {@code score}; exact
 */
public record DimensionResult(
    CriterionCode code,
    LocalizedText title,
    Points score,
    Points applicableMax,
    Points maxPoints,
    Optional<BigDecimal> weight,
    BigDecimal contribution) {

  /**
   * Checks that no component is null.
   *
   * @param code the {@code code} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param score the {@code score} component, as described on the record
   * @param applicableMax the {@code applicableMax} component, as described on the record
   * @param maxPoints the {@code maxPoints} component, as described on the record
   * @param weight the {@code weight} component, as described on the record
   * @param contribution the {@code contribution} component, as described on the record
   */
  public DimensionResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(applicableMax, "applicableMax");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(contribution, "contribution");
  }

  /**
   * The score as a share of the applicable maximum, for charts.
   *
   * @return {@code score ÷ applicableMax} in [0, 1], or 0 when nothing applies
   */
  public BigDecimal rate() {
    return applicableMax.isZero()
        ? BigDecimal.ZERO
        : score.toBigDecimal().divide(applicableMax.toBigDecimal(), Points.DIVISION_CONTEXT);
  }
}
