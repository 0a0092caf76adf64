package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One assumption of a what-if (假设条件): a figure of the assessment raised to what closing the
 * gap takes, such as "publicity items 4 → 5" or "claimed points 3.5 → 4".
 *
 * @param what the figure: the measure's name, or the claimed points of a judgement item, not null
 * @param from its value in the assessment, not null
 * @param to the value assumed, not null
 */
public record WhatIfChange(LocalizedText what, BigDecimal from, BigDecimal to) {

  /**
   * Checks that no component is null.
   *
   * @param what the {@code what} component, as described on the record
   * @param from the {@code from} component, as described on the record
   * @param to the {@code to} component, as described on the record
   */
  public WhatIfChange {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
