package io.github.ggw.standards.model.rule;

import java.util.Objects;

/**
 * Full points when a condition holds, else zero (达到即得满分，否则不得分).
 *
 * @param condition the condition, not null
 */
public record AllOrNothing(Condition condition) implements ScoringRule {

  /**
   * Checks that the condition is not null.
   *
   * @param condition the {@code condition} component, as described on the record
   */
  public AllOrNothing {
    Objects.requireNonNull(condition, "condition");
  }
}
