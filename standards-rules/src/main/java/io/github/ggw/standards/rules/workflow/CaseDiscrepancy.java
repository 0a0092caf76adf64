package io.github.ggw.standards.rules.workflow;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.Stage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The discrepancies of one case file (单位自评与审核差异): every claimed item, and the sums of its
 * over- and under-claims against the latest stage.
 *
 * @param unit the unit
 * @param year the assessment year
 * @param status where the file stands
 * @param latestStage the latest stage reached, whose points the claims are compared with
 * @param items every claimed item, in the standard's order
 * @param overClaimed {@code Σ max(0, claimed − latest)} over the items, in points
 * @param underClaimed {@code Σ max(0, latest − claimed)} over the items, in points
 * @param net {@code overClaimed − underClaimed}, signed
 * @param flagged how many items over-claim beyond the tolerance
 */
public record CaseDiscrepancy(
    Unit unit,
    int year,
    CaseStatus status,
    Stage latestStage,
    List<IndicatorDiscrepancy> items,
    Points overClaimed,
    Points underClaimed,
    BigDecimal net,
    int flagged) {

  /**
   * Checks that no component is null and copies the list.
   *
   * @throws NullPointerException if a component is null
   *
   * @param unit the {@code unit} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param status the {@code status} component, as described on the record
   * @param latestStage the {@code latestStage} component, as described on the record
   * @param items the {@code items} component, as described on the record
   * @param overClaimed the {@code overClaimed} component, as described on the record
   * @param underClaimed the {@code underClaimed} component, as described on the record
   * @param net the {@code net} component, as described on the record
   * @param flagged the {@code flagged} component, as described on the record
   */
  public CaseDiscrepancy {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(latestStage, "latestStage");
    items = ImmutableList.copyOf(items);
    Objects.requireNonNull(overClaimed, "overClaimed");
    Objects.requireNonNull(underClaimed, "underClaimed");
    Objects.requireNonNull(net, "net");
  }
}
