package io.github.ggw.standards.model.rule;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import java.util.List;

/**
 * A deduction rule (扣分制): start at the item's maximum, subtract for each deficiency, floor at
 * zero (扣完为止). Every deducted point carries its deficiency's reason.
 *
 * @param deficiencies the deficiencies, at least one
 */
public record Deduction(List<Deficiency> deficiencies) implements ScoringRule {

  /**
   * Copies the deficiencies.
   *
   * @throws StandardsException if there is none
   *
   * @param deficiencies the {@code deficiencies} component, as described on the record
   */
  public Deduction {
    deficiencies = ImmutableList.copyOf(deficiencies);
    if (deficiencies.isEmpty()) {
      throw new StandardsException("a deduction rule needs at least one deficiency", String.valueOf(deficiencies));
    }
  }
}
