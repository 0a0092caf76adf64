package io.github.ggw.standards.testkit.synthetic;

import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated standards of a chosen size for benchmarks (合成评分表): five weighted dimensions,
 * each of indicators of three criteria worth 2 points each (depth 3), the rule kinds in turn over
 * the built-in measures. Modelled data: the size is what matters, not the wording.
 */
public final class SyntheticStandards {
  private static final SourceRef SRC = new SourceRef("synthetic", "generated",
      SourceStatus.MODELLED, "generated for benchmarks; not an official sheet");
  private static final int DIMENSIONS = 5;
  private static final int CRITERIA_PER_INDICATOR = 3;

  private SyntheticStandards() {}

  /**
   * A standard with a number of leaf criteria.
   *
   * @param criteria the number of leaf criteria, a positive multiple of 15 (15, 60, 240…)
   * @return the standard, id {@code synthetic-N}, version 1, in force from 2020
   * @throws StandardsException if the number is not a positive multiple of 15
   */
  public static Standard withCriteria(int criteria) {
    if (criteria <= 0 || criteria % (DIMENSIONS * CRITERIA_PER_INDICATOR) != 0) {
      throw new StandardsException("criteria must be a positive multiple of 15: " + criteria,
          String.valueOf(criteria));
    }
    int indicators = criteria / (DIMENSIONS * CRITERIA_PER_INDICATOR);
    List<Criterion> dims = new ArrayList<>();
    int n = 0;
    for (int d = 1; d <= DIMENSIONS; d++) {
      List<Criterion> inds = new ArrayList<>();
      for (int i = 1; i <= indicators; i++) {
        List<Criterion> leaves = new ArrayList<>();
        for (int c = 1; c <= CRITERIA_PER_INDICATOR; c++) {
          String code = d + "." + i + "." + c;
          leaves.add(Criterion.builder().code(CriterionCode.of(code))
              .title(LocalizedText.of("评估细则" + code, "Criterion " + code))
              .maxPoints(Points.of(2)).rule(rule(n++)).source(SRC).build());
        }
        inds.add(Criterion.builder().code(CriterionCode.of(d + "." + i))
            .title(LocalizedText.of("二级指标" + d + "." + i, "Indicator " + d + "." + i))
            .maxPoints(Points.of(2L * CRITERIA_PER_INDICATOR)).source(SRC).addAllChildren(leaves)
            .build());
      }
      long max = 2L * CRITERIA_PER_INDICATOR * indicators;
      dims.add(Criterion.builder().code(CriterionCode.of(String.valueOf(d)))
          .title(LocalizedText.of("一级指标" + d, "Dimension " + d)).maxPoints(Points.of(max))
          .weight(BigDecimal.valueOf(max)).source(SRC).addAllChildren(inds).build());
    }
    long nominal = 2L * criteria;
    return Standard.builder().id(StandardId.of("synthetic-" + criteria))
        .version(StandardVersion.of("1")).title(LocalizedText.of("合成评分表", "Synthetic sheet"))
        .issuer(LocalizedText.of("基准测试", "benchmark")).effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.values()).addAllDimensions(dims)
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(nominal * 6 / 10)),
            new RatingBand(Rating.GOOD, Points.of(nominal * 75 / 100)),
            new RatingBand(Rating.EXCELLENT, Points.of(nominal * 9 / 10)))
        .certificationThreshold(Points.of(nominal * 9 / 10)).source(SRC).build();
  }

  private static ScoringRule rule(int n) {
    MeasureRef activities = MeasureRef.of("activities.count", MeasureParameters.builder()
        .addActivityKinds(ActivityKind.values()[n % ActivityKind.values().length])
        .minLevel(Level.SCHOOL).build());
    return switch (n % 5) {
      case 0 -> new AllOrNothing(new Condition(MeasureRef.of("organisation.inAnnualPlan"),
          Comparison.AT_LEAST, BigDecimal.ONE));
      case 1 -> new Judgement(new BigDecimal("0.5"));
      case 2 -> new PerOccurrence(activities, Points.of(1));
      case 3 -> new ThresholdLadder(MeasureRef.of("elders.count", MeasureParameters.builder()
          .addTiers(Tier.values()[n % 3]).build()),
          List.of(new Rung(BigDecimal.valueOf(3), Points.of(2)),
              new Rung(BigDecimal.ONE, Points.of(1))));
      default -> new Deduction(List.of(new Deficiency("D1",
          LocalizedText.of("培训不足", "too few trainings"), MeasureRef.of("trainings.count"),
          Comparison.AT_LEAST, BigDecimal.valueOf(2), Points.of(1))));
    };
  }
}
