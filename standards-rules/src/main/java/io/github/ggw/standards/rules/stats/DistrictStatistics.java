package io.github.ggw.standards.rules.stats;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.Gap;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises a batch of score reports for a district (全区统计): counts and shares by rating band
 * and by unit type; the mean, median and spread of the rounded totals and of each dimension's
 * scores; and the indicators most often lost district-wide, ranked by points lost.
 *
 * <p>Each report counts once: pass one report per unit (one year) for shares of units. Bands are
 * the reports' ratings (a vetoed unit is in the band its veto forced). Dimensions and indicators
 * are grouped by code, so the reports should answer one standard. Shares are exact percentages
 * (DECIMAL128). Thread-safe: it keeps no state.
 */
public final class DistrictStatistics {
  private DistrictStatistics() {}

  /**
   * Summarises reports.
   *
   * @param reports the reports, at least one
   * @return the summary
   * @throws StandardsException if there is no report
   */
  public static DistrictSummary summarise(List<ScoreReport> reports) {
    if (reports.isEmpty()) {
      throw new StandardsException("a district summary needs at least one report", "0");
    }
    int n = reports.size();
    List<TypeBreakdown> types = new ArrayList<>();
    for (UnitType t : UnitType.values()) {
      List<ScoreReport> ofType = reports.stream().filter(r -> r.unit().type() == t).toList();
      if (!ofType.isEmpty()) {
        types.add(new TypeBreakdown(t, ofType.size(), Shares.percent(ofType.size(), n),
            bands(ofType)));
      }
    }
    Spread totals = Spread.of(reports.stream().map(r -> r.roundedTotal().toBigDecimal()).toList());
    return new DistrictSummary(n, bands(reports), types, totals, dimensions(reports),
        mostLost(reports));
  }

  /**
   * Units per rating band, best band first, every band listed.
   *
   * @param reports the reports, at least one
   * @return one count per {@link Rating}, with its share of the reports
   * @throws StandardsException if there is no report
   */
  public static List<BandCount> bands(List<ScoreReport> reports) {
    return Arrays.stream(Rating.values()).map(b -> {
      int count = (int) reports.stream().filter(r -> r.rating() == b).count();
      return new BandCount(b, count, Shares.percent(count, reports.size()));
    }).toList();
  }

  private static List<DimensionSpread> dimensions(List<ScoreReport> reports) {
    Map<CriterionCode, List<DimensionResult>> byCode = new TreeMap<>();
    for (ScoreReport r : reports) {
      for (DimensionResult d : r.dimensions()) {
        byCode.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(d);
      }
    }
    List<DimensionSpread> out = new ArrayList<>();
    byCode.forEach((code, ds) -> out.add(new DimensionSpread(code, ds.get(0).title(),
        ds.get(0).maxPoints(), Spread.of(ds.stream().map(d -> d.score().toBigDecimal()).toList()))));
    return out;
  }

  private static List<LostIndicator> mostLost(List<ScoreReport> reports) {
    Map<CriterionCode, LocalizedText> titles = new TreeMap<>();
    Map<CriterionCode, Integer> units = new TreeMap<>();
    Map<CriterionCode, Points> lost = new TreeMap<>();
    for (ScoreReport r : reports) {
      for (Gap g : r.gaps()) {
        titles.putIfAbsent(g.code(), g.title());
        units.merge(g.code(), 1, Integer::sum);
        lost.merge(g.code(), g.lost(), Points::plus);
      }
    }
    return lost.keySet().stream()
        .map(c -> new LostIndicator(c, titles.get(c), units.get(c), lost.get(c)))
        .sorted(Comparator.comparing(LostIndicator::pointsLost).reversed()
            .thenComparing(Comparator.comparingInt(LostIndicator::units).reversed())
            .thenComparing(LostIndicator::code))
        .toList();
  }
}
