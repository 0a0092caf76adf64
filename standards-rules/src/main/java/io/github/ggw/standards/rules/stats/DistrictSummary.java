package io.github.ggw.standards.rules.stats;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * District statistics of a batch of score reports (全区统计汇总).
 *
 * @param units how many reports (units) the batch holds, {@code >= 1}
 * @param bands units per rating band over the whole batch, best band first, every band listed
 * @param unitTypes units per unit type present, in the order of {@link
 *     io.github.ggw.standards.model.standard.UnitType}
 * @param totals the spread of the rounded totals
 * @param dimensions the spread of each dimension's scores, by dimension code
 * @param mostLost the indicators on which points were lost, most points lost first (then most
 *     units, then code)
 */
public record DistrictSummary(
    int units,
    List<BandCount> bands,
    List<TypeBreakdown> unitTypes,
    Spread totals,
    List<DimensionSpread> dimensions,
    List<LostIndicator> mostLost) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @param units the {@code units} component, as described on the record
   * @param bands the {@code bands} component, as described on the record
   * @param unitTypes the {@code unitTypes} component, as described on the record
   * @param totals the {@code totals} component, as described on the record
   * @param dimensions the {@code dimensions} component, as described on the record
   * @param mostLost the {@code mostLost} component, as described on the record
   */
  public DistrictSummary {
    bands = ImmutableList.copyOf(bands);
    unitTypes = ImmutableList.copyOf(unitTypes);
    Objects.requireNonNull(totals, "totals");
    dimensions = ImmutableList.copyOf(dimensions);
    mostLost = ImmutableList.copyOf(mostLost);
  }
}
