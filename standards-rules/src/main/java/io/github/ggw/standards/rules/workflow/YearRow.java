package io.github.ggw.standards.rules.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import java.util.List;
import java.util.Objects;

/**
 * One line of the criterion tree across years (指标逐年对比): a dimension (depth 0), indicator or
 * criterion.
 *
 * @param code the criterion's code
 * @param depth 0 for a dimension, 1 below it, and so on
 * @param maxPoints the line's maximum in the latest year that has it
 * @param cells one cell per year, oldest first
 */
public record YearRow(CriterionCode code, int depth, Points maxPoints, List<YearCell> cells) {

  /**
   * Checks that no component is null and copies the list.
   *
   * @throws NullPointerException if a component is null
   *
   * @param code the {@code code} component, as described on the record
   * @param depth the {@code depth} component, as described on the record
   * @param maxPoints the {@code maxPoints} component, as described on the record
   * @param cells the {@code cells} component, as described on the record
   */
  public YearRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(maxPoints, "maxPoints");
    cells = ImmutableList.copyOf(cells);
  }
}
