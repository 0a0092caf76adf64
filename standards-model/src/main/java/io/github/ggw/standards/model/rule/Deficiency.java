package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One deficiency of a {@link Deduction} rule with its reason (扣分项及扣分理由). The deduction is
 * {@code pointsEach × shortfall}, where the shortfall is how far the measure falls short of
 * {@code comparison bound} (see {@link Comparison#shortfall}). Example: "at least 4 training
 * sessions, deduct 1 per session missing"; or, with a flag, "work plan not in the annual plan,
 * deduct 2".
 *
 * @param code a short reason code such as {@code D1}, unique within the rule, not blank
 * @param reason the reason shown for each lost point, not null
 * @param measure the measure, not null
 * @param comparison what the measure should satisfy, not null: {@link Comparison#AT_LEAST} or
 *     {@link Comparison#AT_MOST}
 * @param bound the bound, not null
 * @param pointsEach points deducted per unit of shortfall, not null
 */
public record Deficiency(
    String code,
    LocalizedText reason,
    MeasureRef measure,
    Comparison comparison,
    BigDecimal bound,
    Points pointsEach) {

  /**
   * Checks that no component is null or blank.
   *
   * @throws io.github.ggw.standards.model.StandardsException if the comparison is one on written
   *     values, or the code is blank
   * @param code the {@code code} component, as described on the record
   * @param reason the {@code reason} component, as described on the record
   * @param measure the {@code measure} component, as described on the record
   * @param comparison the {@code comparison} component, as described on the record
   * @param bound the {@code bound} component, as described on the record
   * @param pointsEach the {@code pointsEach} component, as described on the record
   */
  public Deficiency {
    Objects.requireNonNull(code, "code");
    if (code.isBlank() || code.length() > 16) {
      throw new io.github.ggw.standards.model.StandardsException(
          "a deficiency code must be 1 to 16 characters", code);
    }
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(comparison, "comparison");
    if (comparison.isOnWrittenValues()) {
      throw new io.github.ggw.standards.model.StandardsException(
          "a deficiency compares with a number (atLeast or atMost), not "
              + comparison.writtenName(), comparison.writtenName());
    }
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(pointsEach, "pointsEach");
  }
}
