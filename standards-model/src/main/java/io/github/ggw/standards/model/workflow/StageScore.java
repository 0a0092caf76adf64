package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The score of one stage of a case file (阶段得分): the points of every line of the criterion tree,
 * the exact total, the total rounded once, the rating and whether the unit is eligible for
 * certification at this stage. Made by the workflow from the scorer's report of the stage's
 * claims; eligibility reads the rounded total of the current stage (see docs/scoring.md,
 * “Eligibility”, and docs/workflow.md, “Case files”).
 *
 * @param stage the stage, not null
 * @param items every line, depth first in the standard's order, 1 to 2,000
 * @param total the exact total (composite plus bonus), unrounded
 * @param roundedTotal the total rounded once, the figure of record (自评分/审核分/认定分)
 * @param rating the rating band (forced to the lowest when vetoed)
 * @param eligible whether the stage's result meets the certification threshold, every key
 *     indicator and no veto
 * @param vetoed whether a veto was triggered
 */
public record StageScore(
    @NotNull Stage stage,
    @NotEmpty @Size(max = 2000) List<@NotNull @Valid ItemPoints> items,
    @NotNull Points total,
    @NotNull Points roundedTotal,
    @NotNull Rating rating,
    boolean eligible,
    boolean vetoed) {

  /**
   * Checks that no component is null and copies the list.
   *
   * @throws NullPointerException if a component is null
   *
   * @param stage the {@code stage} component, as described on the record
   * @param items the {@code items} component, as described on the record
   * @param total the {@code total} component, as described on the record
   * @param roundedTotal the {@code roundedTotal} component, as described on the record
   * @param rating the {@code rating} component, as described on the record
   * @param eligible the {@code eligible} component, as described on the record
   * @param vetoed the {@code vetoed} component, as described on the record
   */
  public StageScore {
    Objects.requireNonNull(stage, "stage");
    items = ImmutableList.copyOf(items);
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(roundedTotal, "roundedTotal");
    Objects.requireNonNull(rating, "rating");
  }

  /**
   * The points of one line.
   *
   * @param code the criterion code, not null
   * @return the points, or empty when the standard has no such line
   */
  public Optional<Points> pointsOf(CriterionCode code) {
    return items.stream().filter(i -> i.code().equals(code)).map(ItemPoints::points).findFirst();
  }
}
