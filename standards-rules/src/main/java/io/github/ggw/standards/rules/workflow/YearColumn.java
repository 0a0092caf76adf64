package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.Stage;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One year of a year-over-year comparison (年度): the case file's status, the latest stage it
 * reached, whose figures the comparison uses, and that stage's total and rating.
 *
 * @param year the assessment year
 * @param status where the year's file stands
 * @param stage the latest stage reached
 * @param roundedTotal the stage's total, rounded once
 * @param rating the stage's rating
 * @param totalChange {@code roundedTotal − previous year's roundedTotal}, signed; empty for the
 *     first year
 */
public record YearColumn(
    int year,
    CaseStatus status,
    Stage stage,
    Points roundedTotal,
    Rating rating,
    Optional<BigDecimal> totalChange) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param year the {@code year} component, as described on the record
   * @param status the {@code status} component, as described on the record
   * @param stage the {@code stage} component, as described on the record
   * @param roundedTotal the {@code roundedTotal} component, as described on the record
   * @param rating the {@code rating} component, as described on the record
   * @param totalChange the {@code totalChange} component, as described on the record
   */
  public YearColumn {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(roundedTotal, "roundedTotal");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(totalChange, "totalChange");
  }
}
