package io.github.ggw.standards.rules.menu;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.Need;
import java.util.Objects;
import java.util.Optional;

/**
 * How much of one need the matching covers (需求满足情况).
 *
 * @param need the need, not null
 * @param covered the units covered, 0 to {@code need.count()}
 * @param shortfall why the rest is not covered: present exactly when {@code covered} is below the
 *     need's count
 */
public record NeedCoverage(Need need, int covered, Optional<Shortfall> shortfall) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the coverage is negative or above the need's count, or a
   *     shortfall is given for a covered need or missing for one that is not
   *
   * @param need the {@code need} component, as described on the record
   * @param covered the {@code covered} component, as described on the record
   * @param shortfall the {@code shortfall} component, as described on the record
   */
  public NeedCoverage {
    Objects.requireNonNull(need, "need");
    if (covered < 0 || covered > need.count()) {
      throw new StandardsException("need " + need.id() + ": coverage must lie in 0-"
          + need.count(), String.valueOf(covered));
    }
    Objects.requireNonNull(shortfall, "shortfall");
    if (shortfall.isPresent() == (covered == need.count())) {
      throw new StandardsException("need " + need.id() + ": a shortfall is given exactly when the"
          + " need is not wholly covered", String.valueOf(shortfall.orElse(null)));
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
