package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.Eligibility;
import io.github.ggw.standards.rules.scoring.Gap;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.VetoFinding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Score reports written by hand for district-level tests: standard {@code test-sheet} version 1,
 * nominal 100, two dimensions of 50 points; the rounded total is the sum of the two dimension
 * scores.
 */
public final class Reports {
  /** Wujin district. */
  public static final DistrictCode WUJIN = DistrictCode.of("320412");

  private Reports() {}

  /** A unit of Wujin. */
  public static Unit unit(String id, UnitType type) {
    return new Unit(UnitId.of(id), "单位" + id, type, WUJIN);
  }

  /**
   * A report.
   *
   * @param unit the unit
   * @param year the year
   * @param d1 dimension 1's score
   * @param d2 dimension 2's score
   * @param rating the rating
   * @param eligible whether eligible
   * @param vetoed whether a veto was triggered
   * @param gaps gaps as code, points lost pairs ("3.1", "0.5", ...)
   * @return the report
   */
  public static ScoreReport report(Unit unit, int year, String d1, String d2, Rating rating,
      boolean eligible, boolean vetoed, String... gaps) {
    Points s1 = Points.parse(d1);
    Points s2 = Points.parse(d2);
    Points total = s1.plus(s2);
    Points fifty = Points.of(50);
    List<DimensionResult> dims = List.of(
        new DimensionResult(CriterionCode.of("1"), text("一"), s1, fifty, fifty, Optional.empty(),
            s1.toBigDecimal()),
        new DimensionResult(CriterionCode.of("2"), text("二"), s2, fifty, fifty, Optional.empty(),
            s2.toBigDecimal()));
    List<Gap> gapList = new ArrayList<>();
    for (int i = 0; i < gaps.length; i += 2) {
      gapList.add(new Gap(CriterionCode.of(gaps[i]), text(gaps[i]), Points.parse(gaps[i + 1])));
    }
    List<VetoFinding> vetoes = vetoed
        ? List.of(new VetoFinding(Optional.of(CriterionCode.of("V1")), text("否决"), List.of()))
        : List.of();
    return new ScoreReport(unit, StandardId.of("test-sheet"), StandardVersion.of("1"), year,
        NotApplicableMode.RESCALE, List.of(), dims, total.toBigDecimal(), Points.ZERO, total,
        total, Points.of(100), Points.of(100), rating, vetoes,
        new Eligibility(eligible, Points.of(90), eligible ? List.of() : List.of(text("不足"))),
        total, gapList, List.of());
  }

  /** A text in both languages. */
  public static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  /** {@code p ÷ q} in DECIMAL128, for shares such as 100 ÷ 3. */
  public static BigDecimal ratio(long p, long q) {
    return BigDecimal.valueOf(p).divide(BigDecimal.valueOf(q), Points.DIVISION_CONTEXT);
  }
}
