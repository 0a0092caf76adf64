package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.problem.Severity;
import java.util.Objects;

/**
 * The severity a standard gives one plausibility check instead of its default (合理性检查的严重程度),
 * such as {@code TRAINING_TOO_SHORT} raised to an error; see {@link Standard#getPlausibility()}.
 *
 * @param check the check, not null
 * @param severity its severity under the standard, not null
 */
public record PlausibilitySeverity(PlausibilityCheck check, Severity severity) {
  /**
   * Checks that no component is null.
   *
   * @param check the {@code check} component, as described on the record
   * @param severity the {@code severity} component, as described on the record
   * @throws NullPointerException if a component is null
   */
  public PlausibilitySeverity {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
  }
}
