package io.github.ggw.standards.rules;

import com.google.common.collect.ImmutableSortedMap;
import io.github.ggw.standards.model.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.Rating;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A running summary of a batch (批量汇总), in constant memory whatever the batch size: how many
 * were scored and refused, how many at each rating, how many eligible, and per district the
 * count and the sum of rounded totals (for the mean). Immutable: {@link #plus} and {@link
 * #plusRefused} return new summaries.
 *
 * @param scored the number of reports added
 * @param refused the number of inputs refused (not scored)
 * @param eligible the number of eligible units
 * @param byRating the number of reports per rating
 * @param districts per district: the count and the sum of rounded totals, by GB/T 2260 code
 */
public record BatchSummary(long scored, long refused, long eligible, Map<Rating, Long> byRating,
    SortedMap<DistrictCode, DistrictTally> districts) {

  /** Nothing yet. */
  public static final BatchSummary EMPTY = new BatchSummary(0, 0, 0, Map.of(),
      ImmutableSortedMap.of());

  /** Copies the maps. */
  public BatchSummary {
    EnumMap<Rating, Long> r = new EnumMap<>(Rating.class);
    r.putAll(byRating);
    byRating = java.util.Collections.unmodifiableMap(r);
    districts = ImmutableSortedMap.copyOfSorted(districts);
  }

  /**
   * One district's tally.
   *
   * @param count the reports
   * @param totalSum the sum of their rounded totals in points
   */
  public record DistrictTally(long count, BigDecimal totalSum) {
    /**
     * The mean rounded total.
     *
     * @return {@code totalSum ÷ count} in DECIMAL128, or 0 for no report
     */
    public BigDecimal mean() {
      return count == 0 ? BigDecimal.ZERO
          : totalSum.divide(BigDecimal.valueOf(count), Points.DIVISION_CONTEXT);
    }
  }

  /**
   * This summary with one more report.
   *
   * @param report the report, not null
   * @return the new summary
   */
  public BatchSummary plus(ScoreReport report) {
    EnumMap<Rating, Long> r = new EnumMap<>(Rating.class);
    r.putAll(byRating);
    r.merge(report.rating(), 1L, Long::sum);
    SortedMap<DistrictCode, DistrictTally> d = new TreeMap<>(districts);
    d.merge(report.unit().district(),
        new DistrictTally(1, report.roundedTotal().toBigDecimal()),
        (a, b) -> new DistrictTally(a.count() + b.count(), a.totalSum().add(b.totalSum())));
    return new BatchSummary(scored + 1, refused, eligible
        + (report.eligibility().eligible() ? 1 : 0), r, d);
  }

  /**
   * This summary with one more refused input.
   *
   * @return the new summary
   */
  public BatchSummary plusRefused() {
    return new BatchSummary(scored, refused + 1, eligible, byRating, districts);
  }
}
