package io.github.ggw.standards.rules.stats;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * The spread of one dimension's scores across a batch (一级指标得分分布).
 *
 * @param code the dimension's code, not null
 * @param title its title, not null
 * @param maxPoints its nominal maximum in points, not null
 * @param spread the spread of the units' exact dimension scores (before any rescaling), not null
 */
public record DimensionSpread(
    CriterionCode code, LocalizedText title, Points maxPoints, Spread spread) {

  /**
   * Checks that no component is null.
   *
   * @param code the {@code code} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param maxPoints the {@code maxPoints} component, as described on the record
   * @param spread the {@code spread} component, as described on the record
   */
  public DimensionSpread {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(spread, "spread");
  }
}
