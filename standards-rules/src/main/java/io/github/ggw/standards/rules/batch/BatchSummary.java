package io.github.ggw.standards.rules.batch;

import io.github.ggw.standards.rules.scoring.ScoreReport;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.Multiset;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A running summary of a batch (批量汇总), in constant memory whatever the batch size: how many
 * were scored and refused, how many at each rating, how many eligible, and per district the
 * count and the sum of rounded totals (for the mean). Immutable: {@link #plus} and {@link
 * #plusRefused} return new summaries.
 *
 * @param scored the number of reports added
 * @param refused the number of inputs refused (not scored)
 * @param eligible the number of eligible units
 * @param ratings the ratings of the reports, counted
 * @param districts one tally per district, sorted by GB/T 2260 code
 */
public record BatchSummary(long scored, long refused, long eligible, Multiset<Rating> ratings,
    List<DistrictTally> districts) {

  /** Nothing yet. */
  public static final BatchSummary EMPTY = new BatchSummary(0, 0, 0, ImmutableMultiset.of(),
      List.of());

  /**
   * Copies the collections.
   *
   * @param scored the {@code scored} component, as described on the record
   * @param refused the {@code refused} component, as described on the record
   * @param eligible the {@code eligible} component, as described on the record
   * @param ratings the {@code ratings} component, as described on the record
   * @param districts the {@code districts} component, as described on the record
   */
  public BatchSummary {
    ratings = ImmutableMultiset.copyOf(ratings);
    districts = ImmutableList.copyOf(districts);
  }

  /**
   * One district's tally.
   *
   * @param district the district
   * @param count the reports
   * @param totalSum the sum of their rounded totals in points
   */
  public record DistrictTally(DistrictCode district, long count, BigDecimal totalSum) {
    /**
     * Checks that no component is null.
     *
     * @param district the {@code district} component
     * @param count the {@code count} component
     * @param totalSum the {@code totalSum} component
     */
    public DistrictTally {
      Objects.requireNonNull(district, "district");
      Objects.requireNonNull(totalSum, "totalSum");
    }

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
    ImmutableMultiset<Rating> r = ImmutableMultiset.<Rating>builder().addAll(ratings)
        .add(report.rating()).build();
    List<DistrictTally> d = new ArrayList<>(districts);
    DistrictCode code = report.unit().district();
    BigDecimal total = report.roundedTotal().toBigDecimal();
    int i = 0;
    while (i < d.size() && d.get(i).district().compareTo(code) < 0) {
      i++;
    }
    if (i < d.size() && d.get(i).district().equals(code)) {
      DistrictTally t = d.get(i);
      d.set(i, new DistrictTally(code, t.count() + 1, t.totalSum().add(total)));
    } else {
      d.add(i, new DistrictTally(code, 1, total));
    }
    return new BatchSummary(scored + 1, refused, eligible
        + (report.eligibility().eligible() ? 1 : 0), r, d);
  }

  /**
   * This summary with one more refused input.
   *
   * @return the new summary
   */
  public BatchSummary plusRefused() {
    return new BatchSummary(scored, refused + 1, eligible, ratings, districts);
  }
}
