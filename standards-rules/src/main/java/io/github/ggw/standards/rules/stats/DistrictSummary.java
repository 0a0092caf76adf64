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
 *     io.github.ggw.standards.model.UnitType}
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

  /** Checks that no component is null and copies the lists. */
  public DistrictSummary {
    bands = ImmutableList.copyOf(bands);
    unitTypes = ImmutableList.copyOf(unitTypes);
    Objects.requireNonNull(totals, "totals");
    dimensions = ImmutableList.copyOf(dimensions);
    mostLost = ImmutableList.copyOf(mostLost);
  }
}
