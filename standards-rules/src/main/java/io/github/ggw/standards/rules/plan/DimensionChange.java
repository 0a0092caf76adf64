package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The change of one dimension's score of a unit between two years (一级指标得分变化).
 *
 * @param code the dimension's code, not null
 * @param title its title, not null
 * @param before the exact score in the earlier year, not null
 * @param after the exact score in the later year, not null
 */
public record DimensionChange(
    CriterionCode code, LocalizedText title, Points before, Points after) {

  /**
   * Checks that no component is null.
   *
   * @param code the {@code code} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param before the {@code before} component, as described on the record
   * @param after the {@code after} component, as described on the record
   */
  public DimensionChange {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * The change.
   *
   * @return {@code after − before}, exact, possibly negative
   */
  public BigDecimal change() {
    return after.toBigDecimal().subtract(before.toBigDecimal());
  }
}
