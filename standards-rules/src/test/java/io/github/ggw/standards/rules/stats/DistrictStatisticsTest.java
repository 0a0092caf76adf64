package io.github.ggw.standards.rules.stats;

import static io.github.ggw.standards.model.standard.Rating.EXCELLENT;
import static io.github.ggw.standards.model.standard.Rating.GOOD;
import static io.github.ggw.standards.rules.plan.Reports.report;
import static io.github.ggw.standards.rules.plan.Reports.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A district's 2023 batch by hand: A primary 92 EXCELLENT (46 + 46), B primary 75 GOOD (37 + 38),
 * C junior secondary 93 EXCELLENT (46 + 47), D kindergarten 88 GOOD (44 + 44). Gaps: A 3.1 −0.5,
 * 5.4 −1; B 5.2 −2, 3.1 −1, 4.4 −1.5; C 5.4 −1; D 5.2 −1, 3.1 −0.5.
 */
class DistrictStatisticsTest {
  static final List<ScoreReport> BATCH = List.of(
      report(unit("A", UnitType.PRIMARY), 2023, "46", "46", EXCELLENT, true, false,
          "3.1", "0.5", "5.4", "1"),
      report(unit("B", UnitType.PRIMARY), 2023, "37", "38", GOOD, false, false,
          "5.2", "2", "3.1", "1", "4.4", "1.5"),
      report(unit("C", UnitType.JUNIOR_SECONDARY), 2023, "46", "47", EXCELLENT, true, false,
          "5.4", "1"),
      report(unit("D", UnitType.KINDERGARTEN), 2023, "44", "44", GOOD, false, false,
          "5.2", "1", "3.1", "0.5"));

  @Test
  void countsAndSharesByBandAndByUnitType() {
    DistrictSummary s = DistrictStatistics.summarise(BATCH);
    assertThat(s.units()).isEqualTo(4);
    // EXCELLENT A, C; GOOD B, D: 50% each
    assertThat(s.bands()).extracting(BandCount::rating).containsExactly(Rating.values());
    assertThat(s.bands()).extracting(BandCount::units).containsExactly(2, 2, 0, 0);
    assertThat(s.bands()).extracting(b -> b.percent().intValueExact())
        .containsExactly(50, 50, 0, 0);
    // kindergarten D 1 (25%), primary A, B 2 (50%), junior C 1 (25%), in UnitType order
    assertThat(s.unitTypes()).extracting(TypeBreakdown::type).containsExactly(
        UnitType.KINDERGARTEN, UnitType.PRIMARY, UnitType.JUNIOR_SECONDARY);
    assertThat(s.unitTypes()).extracting(t -> t.percent().intValueExact())
        .containsExactly(25, 50, 25);
    // within primary: EXCELLENT A, GOOD B, each 50% of the type's 2
    assertThat(s.unitTypes().get(1).bands()).extracting(b -> b.percent().intValueExact())
        .containsExactly(50, 50, 0, 0);
  }

  @Test
  void meanMedianAndSpreadOfTotalsAndDimensions() {
    DistrictSummary s = DistrictStatistics.summarise(BATCH);
    // totals 75, 88, 92, 93: mean 348 / 4 = 87; median (88 + 92) / 2 = 90; range 18;
    // deviations −12, 1, 5, 6: squares 144 + 1 + 25 + 36 = 206; 206 / 4 = 51.5; SD √51.5
    Spread t = s.totals();
    assertThat(t.mean()).isEqualByComparingTo("87");
    assertThat(t.median()).isEqualByComparingTo("90");
    assertThat(t.range()).isEqualByComparingTo("18");
    assertThat(t.standardDeviation())
        .isEqualByComparingTo(new BigDecimal("51.5").sqrt(Points.DIVISION_CONTEXT));
    assertThat(t.standardDeviation().toPlainString()).startsWith("7.176350");
    // dimension 1: 37, 44, 46, 46 → mean 173 / 4 = 43.25, median (44 + 46) / 2 = 45
    // dimension 2: 38, 44, 46, 47 → mean 175 / 4 = 43.75, median (44 + 46) / 2 = 45
    assertThat(s.dimensions()).extracting(d -> d.code().value()).containsExactly("1", "2");
    assertThat(s.dimensions().get(0).spread().mean()).isEqualByComparingTo("43.25");
    assertThat(s.dimensions().get(0).spread().median()).isEqualByComparingTo("45");
    assertThat(s.dimensions().get(1).spread().mean()).isEqualByComparingTo("43.75");
    assertThat(s.dimensions().get(1).spread().min()).isEqualByComparingTo("38");
  }

  @Test
  void indicatorsMostOftenLostRankedByPointsLost() {
    // 5.2: 2 + 1 = 3 (2 units); 3.1: 0.5 + 1 + 0.5 = 2 (3 units); 5.4: 1 + 1 = 2 (2 units);
    // 4.4: 1.5 (1 unit). Ties on points go to the indicator more units lost.
    assertThat(DistrictStatistics.summarise(BATCH).mostLost())
        .extracting(l -> l.code() + " " + l.pointsLost() + " " + l.units())
        .containsExactly("5.2 3 2", "3.1 2 3", "5.4 2 2", "4.4 1.5 1");
  }

  @Test
  void spreadOfOneFigureAndOfNone() {
    Spread one = Spread.of(List.of(new BigDecimal("7.5")));
    assertThat(one.median()).isEqualByComparingTo("7.5");
    assertThat(one.standardDeviation()).isEqualByComparingTo("0");
    assertThrows(StandardsException.class, () -> Spread.of(List.of()));
    assertThrows(StandardsException.class, () -> DistrictStatistics.summarise(List.of()));
  }

  @Test
  void sharesAndBandOrder() {
    assertThat(Shares.percent(1, 8)).isEqualByComparingTo("12.5");
    assertThat(Shares.percent(0, 3)).isEqualByComparingTo("0");
    assertThrows(StandardsException.class, () -> Shares.percent(1, 0));
    assertThrows(StandardsException.class, () -> Shares.percent(4, 3));
    assertThat(Shares.isAtOrAbove(Rating.EXCELLENT, Rating.GOOD)).isTrue();
    assertThat(Shares.isAtOrAbove(Rating.GOOD, Rating.GOOD)).isTrue();
    assertThat(Shares.isAtOrAbove(Rating.PASS, Rating.GOOD)).isFalse();
  }
}
