package io.github.ggw.standards.rules.scoring;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The score report of one self-assessment (评分报告), explainable line by line.
 *
 * <p>Figures are exact and unrounded except {@code roundedTotal}, which is the one rounding of
 * the standard's declared precision and mode; the rating and eligibility are read from it.
 *
 * @param unit the unit
 * @param standardId the standard
 * @param standardVersion its version
 * @param year the assessment year
 * @param notApplicableMode how not-applicable items were counted
 * @param items every line of the criterion tree, depth first
 * @param dimensions the dimension subtotals
 * @param composite the composite of the regular and key items before bonus, rescaled as the mode
 *     says, in {@code [0, nominalMax]}, exact
 * @param bonus the bonus points added, after item caps and the standard's cap
 * @param total {@code composite + bonus}, exact, unrounded
 * @param roundedTotal the total rounded once (the figure of record)
 * @param nominalMax the figure the composite is out of: the standard's scale ({@link
 *     Standard#getScale()}: its declared composite scale, else the nominal maximum)
 * @param maximumTotal that figure plus the bonus cap
 * @param rating the rating band (forced to the lowest when vetoed)
 * @param vetoes the triggered vetoes, empty when none
 * @param eligibility eligibility for certification
 * @param claimedSum the raw sum of all claims, shown beside the total, never used for decisions
 * @param gaps applicable leaf items that lost points, most points lost first
 * @param warnings warnings found while checking the assessment (not errors: those stop scoring)
 */
public record ScoreReport(
    Unit unit,
    StandardId standardId,
    StandardVersion standardVersion,
    int year,
    NotApplicableMode notApplicableMode,
    List<ItemResult> items,
    List<DimensionResult> dimensions,
    BigDecimal composite,
    Points bonus,
    Points total,
    Points roundedTotal,
    Points nominalMax,
    Points maximumTotal,
    Rating rating,
    List<VetoFinding> vetoes,
    Eligibility eligibility,
    Points claimedSum,
    List<Gap> gaps,
    List<Problem> warnings) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @param unit the {@code unit} component, as described on the record
   * @param standardId the {@code standardId} component, as described on the record
   * @param standardVersion the {@code standardVersion} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param notApplicableMode the {@code notApplicableMode} component, as described on the record
   * @param items the {@code items} component, as described on the record
   * @param dimensions the {@code dimensions} component, as described on the record
   * @param composite the {@code composite} component, as described on the record
   * @param bonus the {@code bonus} component, as described on the record
   * @param total the {@code total} component, as described on the record
   * @param roundedTotal the {@code roundedTotal} component, as described on the record
   * @param nominalMax the {@code nominalMax} component, as described on the record
   * @param maximumTotal the {@code maximumTotal} component, as described on the record
   * @param rating the {@code rating} component, as described on the record
   * @param vetoes the {@code vetoes} component, as described on the record
   * @param eligibility the {@code eligibility} component, as described on the record
   * @param claimedSum the {@code claimedSum} component, as described on the record
   * @param gaps the {@code gaps} component, as described on the record
   * @param warnings the {@code warnings} component, as described on the record
   */
  public ScoreReport {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(standardId, "standardId");
    Objects.requireNonNull(standardVersion, "standardVersion");
    Objects.requireNonNull(notApplicableMode, "notApplicableMode");
    items = ImmutableList.copyOf(items);
    dimensions = ImmutableList.copyOf(dimensions);
    Objects.requireNonNull(composite, "composite");
    Objects.requireNonNull(bonus, "bonus");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(roundedTotal, "roundedTotal");
    Objects.requireNonNull(nominalMax, "nominalMax");
    Objects.requireNonNull(maximumTotal, "maximumTotal");
    Objects.requireNonNull(rating, "rating");
    vetoes = ImmutableList.copyOf(vetoes);
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(claimedSum, "claimedSum");
    gaps = ImmutableList.copyOf(gaps);
    warnings = ImmutableList.copyOf(warnings);
  }

  /**
   * This report with other warnings, such as the same warnings with line and column added by
   * the JSON layer.
   *
   * @param newWarnings the warnings, none an error
   * @return a new report, equal but for its warnings
   */
  public ScoreReport withWarnings(List<Problem> newWarnings) {
    return new ScoreReport(unit, standardId, standardVersion, year, notApplicableMode, items,
        dimensions, composite, bonus, total, roundedTotal, nominalMax, maximumTotal, rating, vetoes,
        eligibility, claimedSum, gaps, newWarnings);
  }

  /**
   * Whether a veto was triggered.
   *
   * @return true when {@link #vetoes()} is not empty
   */
  public boolean isVetoed() {
    return !vetoes.isEmpty();
  }
}
