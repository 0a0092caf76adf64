package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.LocalizedText;
import java.util.Objects;

/**
 * One phase of an action plan (实施阶段), such as the pilot years 2021–2022.
 *
 * @param kind the kind, not null
 * @param title what the phase does, in zh-CN and en, not null
 * @param years the years it spans, inclusive, not null
 */
public record PlanPhase(PhaseKind kind, LocalizedText title, PlanPeriod years) {

  /**
   * Checks that no component is null.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param years the {@code years} component, as described on the record
   */
  public PlanPhase {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(years, "years");
  }
}
