package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far the units of one district over- or under-claim in a batch (区域自评偏差汇总).
 *
 * @param district the district by GB/T 2260 code
 * @param units how many case files of the district the batch holds, {@code >= 1}
 * @param overClaimed the sum of the units' over-claimed points
 * @param underClaimed the sum of the units' under-claimed points
 * @param net {@code overClaimed − underClaimed}, signed
 * @param meanNetPerUnit {@code net ÷ units} (DECIMAL128), signed, unrounded
 * @param flaggedItems how many items over-claim beyond the tolerance, all units together
 * @param unitsFlagged how many units have at least one such item
 */
public record DistrictDiscrepancy(
    DistrictCode district,
    int units,
    Points overClaimed,
    Points underClaimed,
    BigDecimal net,
    BigDecimal meanNetPerUnit,
    int flaggedItems,
    int unitsFlagged) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param district the {@code district} component, as described on the record
   * @param units the {@code units} component, as described on the record
   * @param overClaimed the {@code overClaimed} component, as described on the record
   * @param underClaimed the {@code underClaimed} component, as described on the record
   * @param net the {@code net} component, as described on the record
   * @param meanNetPerUnit the {@code meanNetPerUnit} component, as described on the record
   * @param flaggedItems the {@code flaggedItems} component, as described on the record
   * @param unitsFlagged the {@code unitsFlagged} component, as described on the record
   */
  public DistrictDiscrepancy {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(overClaimed, "overClaimed");
    Objects.requireNonNull(underClaimed, "underClaimed");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(meanNetPerUnit, "meanNetPerUnit");
  }
}
