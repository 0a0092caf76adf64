package io.github.ggw.standards.rules.stats;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * An indicator on which units of a batch lost points (全区失分指标), from the reports' gaps.
 *
 * @param code the indicator's code, not null
 * @param title its title, not null
 * @param units how many units lost points on it, {@code >= 1}
 * @param pointsLost the points lost on it by all of them together, exact, {@code > 0}
 */
public record LostIndicator(CriterionCode code, LocalizedText title, int units, Points pointsLost) {

  /**
   * Checks that no component is null.
   *
   * @param code the {@code code} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param units the {@code units} component, as described on the record
   * @param pointsLost the {@code pointsLost} component, as described on the record
   */
  public LostIndicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(pointsLost, "pointsLost");
  }
}
