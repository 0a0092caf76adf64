package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change of a dimension's weight in a tailored {@link Profile} (调整权重).
 *
 * @param code the dimension's code in the base standard, not null
 * @param weight the new weight in points, {@code > 0}; the weights must again sum to the nominal
 *     maximum (checked when the profile is resolved)
 */
public record WeightChange(CriterionCode code, BigDecimal weight) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the weight is not positive
   *
   * @param code the {@code code} component, as described on the record
   * @param weight the {@code weight} component, as described on the record
   */
  public WeightChange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() <= 0) {
      throw new StandardsException("a weight must be positive", weight.toPlainString());
    }
  }
}
