package io.github.ggw.standards.rules.plan;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.rules.stats.BandCount;
import java.util.List;

/**
 * The share of a district's assessed units at each rating band in one year (年度等级分布).
 *
 * @param year the year
 * @param assessed the units with a score report for the year, {@code >= 1}
 * @param bands one count per rating, best first, shares of {@code assessed}
 */
public record YearBands(int year, int assessed, List<BandCount> bands) {

  /**
   * Copies the list.
   *
   * @param year the {@code year} component, as described on the record
   * @param assessed the {@code assessed} component, as described on the record
   * @param bands the {@code bands} component, as described on the record
   */
  public YearBands {
    bands = ImmutableList.copyOf(bands);
  }
}
