package io.github.ggw.standards.report;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.Gap;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of a batch of score reports for the district page, exact: band counts, the spread of
 * each dimension's score rate, the indicators that lost most points, and the units in the order of
 * the certification list (district code, then unit code; see docs/workflow.md, “Reports over case
 * files”).
 */
final class BatchStatistics {
  /** Reports in list order: district code, unit code, then year. */
  static final Comparator<ScoreReport> LIST_ORDER = Comparator
      .comparing((ScoreReport r) -> r.unit().district())
      .thenComparing(r -> r.unit().id())
      .thenComparingInt(ScoreReport::year);

  /** The spread of one dimension's score rate over the units, rates in [0, 1]. */
  record DimensionSpread(CriterionCode code, LocalizedText title, List<BigDecimal> rates) {
    BigDecimal min() {
      return rates.get(0);
    }

    BigDecimal max() {
      return rates.get(rates.size() - 1);
    }

    BigDecimal median() {
      int n = rates.size();
      return n % 2 == 1 ? rates.get(n / 2)
          : rates.get(n / 2 - 1).add(rates.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    BigDecimal mean() {
      return rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(rates.size()), Points.DIVISION_CONTEXT);
    }
  }

  /** Points lost on one indicator over the batch. */
  record LostIndicator(CriterionCode code, LocalizedText title, int units, Points lost) {
    BigDecimal meanPerUnit() {
      return lost.toBigDecimal().divide(BigDecimal.valueOf(units), Points.DIVISION_CONTEXT);
    }
  }

  private final List<ScoreReport> reports;

  BatchStatistics(List<ScoreReport> reports) {
    this.reports = ImmutableList.sortedCopyOf(LIST_ORDER, reports);
  }

  /** The reports, in list order. */
  List<ScoreReport> reports() {
    return reports;
  }

  List<ScoreReport> eligible() {
    return reports.stream().filter(r -> r.eligibility().eligible()).toList();
  }

  long vetoed() {
    return reports.stream().filter(ScoreReport::isVetoed).count();
  }

  /** The mean of the rounded totals, exact to 34 digits; zero for an empty batch. */
  BigDecimal meanTotal() {
    return reports.isEmpty() ? BigDecimal.ZERO : reports.stream()
        .map(r -> r.roundedTotal().toBigDecimal()).reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(reports.size()), Points.DIVISION_CONTEXT);
  }

  /** Units per band, every band in order from best to worst, zero counts included. */
  Map<Rating, Integer> bandCounts() {
    Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
    for (Rating b : Rating.values()) {
      counts.put(b, 0);
    }
    reports.forEach(r -> counts.merge(r.rating(), 1, Integer::sum));
    return counts;
  }

  /** Each dimension's score rates, in the order dimensions first appear, rates ascending. */
  List<DimensionSpread> dimensions() {
    Map<CriterionCode, LocalizedText> titles = new LinkedHashMap<>();
    Map<CriterionCode, List<BigDecimal>> rates = new LinkedHashMap<>();
    for (ScoreReport r : reports) {
      for (DimensionResult d : r.dimensions()) {
        titles.putIfAbsent(d.code(), d.title());
        rates.computeIfAbsent(d.code(), c -> new ArrayList<>()).add(d.rate());
      }
    }
    List<DimensionSpread> spreads = new ArrayList<>();
    rates.forEach((code, list) -> spreads.add(new DimensionSpread(code, titles.get(code),
        list.stream().sorted().toList())));
    return spreads;
  }

  /** Indicators by points lost over the batch, most first (ties by code), at most {@code n}. */
  List<LostIndicator> mostLost(int n) {
    Map<CriterionCode, LostIndicator> byCode = new LinkedHashMap<>();
    for (ScoreReport r : reports) {
      for (Gap g : r.gaps()) {
        byCode.merge(g.code(), new LostIndicator(g.code(), g.title(), 1, g.lost()),
            (a, b) -> new LostIndicator(a.code(), a.title(), a.units() + 1,
                a.lost().plus(b.lost())));
      }
    }
    return byCode.values().stream()
        .sorted(Comparator.comparing(LostIndicator::lost).reversed()
            .thenComparing(LostIndicator::code))
        .limit(n).toList();
  }
}
