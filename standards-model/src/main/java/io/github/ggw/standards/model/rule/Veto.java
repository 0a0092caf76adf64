package io.github.ggw.standards.model.rule;

import java.util.Objects;

/**
 * A veto (一票否决): when the condition holds, the unit fails whatever its points — its band is
 * forced to the lowest and it is not eligible for certification (DESIGN.md, Settled semantics:
 * Veto). Belongs to a criterion of kind VETO with zero points.
 *
 * @param triggeredWhen the triggering condition, such as at least one safety incident, not null
 */
public record Veto(Condition triggeredWhen) implements ScoringRule {

  /**
   * Checks that the condition is not null.
   *
   * @param triggeredWhen the {@code triggeredWhen} component, as described on the record
   */
  public Veto {
    Objects.requireNonNull(triggeredWhen, "triggeredWhen");
  }
}
