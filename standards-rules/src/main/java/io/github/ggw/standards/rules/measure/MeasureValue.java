package io.github.ggw.standards.rules.measure;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.rule.MeasureRef;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measure's value as used for one item, for the report (度量值).
 *
 * @param measure the reference as the standard gives it (name and parameters), not null
 * @param label the measure's name in both languages, not null
 * @param value the exact value, {@code >= 0}, not null
 * @param type the value type, not null
 * @param unit the unit in both languages, not null
 */
public record MeasureValue(
    MeasureRef measure, LocalizedText label, BigDecimal value, MeasureType type, LocalizedText unit) {

  /**
   * Checks that no component is null.
   *
   * @param measure the {@code measure} component, as described on the record
   * @param label the {@code label} component, as described on the record
   * @param value the {@code value} component, as described on the record
   * @param type the {@code type} component, as described on the record
   * @param unit the {@code unit} component, as described on the record
   */
  public MeasureValue {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
  }
}
