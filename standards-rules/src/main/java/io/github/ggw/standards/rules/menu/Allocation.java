package io.github.ggw.standards.rules.menu;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.ResourceId;
import java.util.Objects;

/**
 * Part of a need served by one resource (对接结果): how many of the need's units (sessions, hours
 * or pairs) the elder gives.
 *
 * @param need the need, not null
 * @param resource the resource serving it, not null
 * @param amount the units given, {@code >= 1}, in the need's unit
 */
public record Allocation(NeedId need, ResourceId resource, int amount) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the amount is below 1
   *
   * @param need the {@code need} component, as described on the record
   * @param resource the {@code resource} component, as described on the record
   * @param amount the {@code amount} component, as described on the record
   */
  public Allocation {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(resource, "resource");
    if (amount < 1) {
      throw new StandardsException("an allocation gives at least 1", String.valueOf(amount));
    }
  }
}
