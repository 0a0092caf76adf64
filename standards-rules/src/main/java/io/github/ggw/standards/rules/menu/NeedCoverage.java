package io.github.ggw.standards.rules.menu;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.Need;
import java.util.Objects;

/**
 * How much of one need the matching covers (需求满足情况).
 *
 * @param need the need, not null
 * @param covered the units covered, 0 to {@code need.count()}
 */
public record NeedCoverage(Need need, int covered) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the coverage is negative or above the need's count
   *
   * @param need the {@code need} component, as described on the record
   * @param covered the {@code covered} component, as described on the record
   */
  public NeedCoverage {
    Objects.requireNonNull(need, "need");
    if (covered < 0 || covered > need.count()) {
      throw new StandardsException("need " + need.id() + ": coverage must lie in 0-"
          + need.count(), String.valueOf(covered));
    }
  }

  /**
   * The units left uncovered.
   *
   * @return {@code need.count() − covered}, {@code >= 0}
   */
  public int uncovered() {
    return need.count() - covered;
  }
}
