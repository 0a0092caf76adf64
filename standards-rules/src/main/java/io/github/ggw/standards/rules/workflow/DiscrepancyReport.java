package io.github.ggw.standards.rules.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.StagePoints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The discrepancy report of a batch of case files (自评与审核认定差异报告): per case file and claimed
 * item, the unit's claim against the self, district and city figures, with over-claims beyond a
 * tolerance flagged; and per district, how far its units over- or under-claim. Claims are compared
 * with the latest stage each file reached (city, else district, else the self stage as scored, so
 * an unreviewed file compares its claims with what its evidence supports).
 *
 * @param tolerance the over-claim a single item may have before it is flagged, in points
 * @param cases one entry per case file, sorted by district code, then unit code, then year
 * @param districts one summary per district, sorted by district code
 */
public record DiscrepancyReport(
    Points tolerance, List<CaseDiscrepancy> cases, List<DistrictDiscrepancy> districts) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @throws NullPointerException if a component is null
   *
   * @param tolerance the {@code tolerance} component, as described on the record
   * @param cases the {@code cases} component, as described on the record
   * @param districts the {@code districts} component, as described on the record
   */
  public DiscrepancyReport {
    Objects.requireNonNull(tolerance, "tolerance");
    cases = ImmutableList.copyOf(cases);
    districts = ImmutableList.copyOf(districts);
  }

  /**
   * The report of a batch.
   *
   * @param files the case files, any units, districts and years, not null
   * @param tolerance an item is flagged when {@code claimed − latest > tolerance}; {@code >= 0}
   * @return the report
   */
  public static DiscrepancyReport of(List<CaseFile> files, Points tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    List<CaseDiscrepancy> cases = files.stream().map(f -> of(f, tolerance))
        .sorted(Comparator.comparing((CaseDiscrepancy c) -> c.unit().district())
            .thenComparing(c -> c.unit().id()).thenComparingInt(CaseDiscrepancy::year))
        .toList();
    Map<DistrictCode, List<CaseDiscrepancy>> byDistrict = new TreeMap<>();
    cases.forEach(c -> byDistrict.computeIfAbsent(c.unit().district(), d -> new ArrayList<>())
        .add(c));
    List<DistrictDiscrepancy> districts = new ArrayList<>();
    byDistrict.forEach((district, list) -> {
      Points over = list.stream().map(CaseDiscrepancy::overClaimed)
          .reduce(Points.ZERO, Points::plus);
      Points under = list.stream().map(CaseDiscrepancy::underClaimed)
          .reduce(Points.ZERO, Points::plus);
      BigDecimal net = over.toBigDecimal().subtract(under.toBigDecimal());
      districts.add(new DistrictDiscrepancy(district, list.size(), over, under, net,
          net.divide(BigDecimal.valueOf(list.size()), Points.DIVISION_CONTEXT),
          list.stream().mapToInt(CaseDiscrepancy::flagged).sum(),
          (int) list.stream().filter(c -> c.flagged() > 0).count()));
    });
    return new DiscrepancyReport(tolerance, cases, districts);
  }

  /**
   * The discrepancies of one case file.
   *
   * @param file the case file, not null
   * @param tolerance an item is flagged when {@code claimed − latest > tolerance}
   * @return the file's discrepancies
   */
  public static CaseDiscrepancy of(CaseFile file, Points tolerance) {
    List<IndicatorDiscrepancy> items = new ArrayList<>();
    Points over = Points.ZERO;
    Points under = Points.ZERO;
    int flagged = 0;
    for (StagePoints row : file.getPointsByStage()) {
      if (row.claimed().isEmpty()) {
        continue;
      }
      Points claimed = row.claimed().get();
      Points latest = row.latest();
      BigDecimal difference = claimed.toBigDecimal().subtract(latest.toBigDecimal());
      boolean flag = difference.compareTo(tolerance.toBigDecimal()) > 0;
      over = over.plus(claimed.minusFloorZero(latest));
      under = under.plus(latest.minusFloorZero(claimed));
      flagged += flag ? 1 : 0;
      items.add(new IndicatorDiscrepancy(row.code(), row.maxPoints(), claimed, row.self(),
          row.district(), row.city(), latest, difference, flag));
    }
    return new CaseDiscrepancy(file.getUnit(), file.getYear(), file.getStatus(),
        file.getLatestScore().stage(), items, over, under,
        over.toBigDecimal().subtract(under.toBigDecimal()), flagged);
  }
}
