package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One claimed item of a case file, stage against stage (分项差异): the unit's claim (自评分), the self
 * stage as scored, the district (审核分) and city (认定分) figures, and how far the claim lies from
 * the latest figure.
 *
 * @param code the item's code, not null
 * @param maxPoints the item's maximum
 * @param claimed the unit's claim
 * @param self the self stage points (computed from evidence, or the judgement claim)
 * @param district the district stage points; empty before the review
 * @param city the city stage points; empty before the city's decision
 * @param latest the points of the latest stage reached
 * @param difference {@code claimed − latest}, exact and signed: positive is an over-claim (自评偏高),
 *     negative an under-claim (自评偏低)
 * @param overClaim whether the difference exceeds the report's tolerance
 */
public record IndicatorDiscrepancy(
    CriterionCode code,
    Points maxPoints,
    Points claimed,
    Points self,
    Optional<Points> district,
    Optional<Points> city,
    Points latest,
    BigDecimal difference,
    boolean overClaim) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param code the {@code code} component, as described on the record
   * @param maxPoints the {@code maxPoints} component, as described on the record
   * @param claimed the {@code claimed} component, as described on the record
   * @param self the {@code self} component, as described on the record
   * @param district the {@code district} component, as described on the record
   * @param city the {@code city} component, as described on the record
   * @param latest the {@code latest} component, as described on the record
   * @param difference the {@code difference} component, as described on the record
   * @param overClaim the {@code overClaim} component, as described on the record
   */
  public IndicatorDiscrepancy {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(difference, "difference");
  }
}
