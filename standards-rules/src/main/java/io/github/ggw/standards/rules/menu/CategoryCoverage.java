package io.github.ggw.standards.rules.menu;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.ServiceCategory;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The units of need of one service category and how many of them a matching covers (按类别的需求满足情况),
 * for the coverage chart and the per-category lines of a matching's report.
 *
 * @param category the service category, not null
 * @param needed the units the category's needs ask for, 0 or more
 * @param covered the units of them covered, 0 to {@code needed}
 */
public record CategoryCoverage(ServiceCategory category, int needed, int covered) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if a figure is negative or more is covered than needed
   *
   * @param category the {@code category} component, as described on the record
   * @param needed the {@code needed} component, as described on the record
   * @param covered the {@code covered} component, as described on the record
   */
  public CategoryCoverage {
    Objects.requireNonNull(category, "category");
    if (needed < 0 || covered < 0 || covered > needed) {
      throw new StandardsException("a category's coverage lies in 0-" + needed,
          String.valueOf(covered));
    }
  }

  /**
   * The share covered.
   *
   * @return {@code covered × 100 ÷ needed} in percent, 0 to 100, to one decimal rounded half
   *     up; 0 when nothing is needed
   */
  public BigDecimal percent() {
    return MatchResult.percent(covered, needed);
  }
}
