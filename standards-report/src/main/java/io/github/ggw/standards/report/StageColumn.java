package io.github.ggw.standards.report;

import com.google.common.collect.ImmutableMap;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.Map;
import java.util.Objects;

/**
 * A review stage's figures for the score sheet (审核阶段列), such as the district review (区审核) or
 * the city approval (市审批): the points the stage set per item and its reasons. The sheet shows
 * two columns for it, points and reason; items the stage did not touch stay blank.
 *
 * <p>Until the review workflow fills them, a score sheet has no stage columns: it shows the claimed
 * and the scored (self-assessment stage) figures only.
 *
 * @param stage the stage's name, the column heading, not null
 * @param points points per item code, each in the item's range; not null, possibly empty
 * @param reasons the stage's reason per item code (for an adjustment); not null, possibly empty
 */
public record StageColumn(LocalizedText stage, Map<CriterionCode, Points> points,
    Map<CriterionCode, LocalizedText> reasons) {

  /**
   * Checks the components and copies the maps.
   *
   * @throws NullPointerException if a component, key or value is null
   *
   * @param stage the {@code stage} component, as described on the record
   * @param points the {@code points} component, as described on the record
   * @param reasons the {@code reasons} component, as described on the record
   */
  public StageColumn {
    Objects.requireNonNull(stage, "stage");
    points = ImmutableMap.copyOf(points);
    reasons = ImmutableMap.copyOf(reasons);
  }

  /**
   * The district-review and city-approval columns of a case file (审核分 / 认定分), each with the
   * points of every item at that stage and the reason of every adjustment made there; a stage
   * not yet reached has no column.
   *
   * @param file the case file, not null
   * @return zero, one or two columns, district first
   */
  public static java.util.List<StageColumn> of(
      io.github.ggw.standards.model.workflow.CaseFile file) {
    java.util.List<StageColumn> out = new java.util.ArrayList<>();
    file.getDistrictReview().ifPresent(r -> out.add(column(
        io.github.ggw.standards.model.workflow.Stage.DISTRICT, r.score(), r.adjustments())));
    file.getCityApproval().ifPresent(a -> out.add(column(
        io.github.ggw.standards.model.workflow.Stage.CITY, a.score(), a.adjustments())));
    return out;
  }

  private static StageColumn column(io.github.ggw.standards.model.workflow.Stage stage,
      io.github.ggw.standards.model.workflow.StageScore score,
      java.util.List<io.github.ggw.standards.model.workflow.PointsChange> changes) {
    java.util.Map<CriterionCode, Points> points = new java.util.LinkedHashMap<>();
    score.items().forEach(i -> points.put(i.code(), i.points()));
    java.util.Map<CriterionCode, LocalizedText> reasons = new java.util.LinkedHashMap<>();
    changes.forEach(c -> reasons.put(c.code(), LocalizedText.of(c.reason(), c.reason())));
    return new StageColumn(io.github.ggw.standards.model.Labels.of(stage), points, reasons);
  }
}
