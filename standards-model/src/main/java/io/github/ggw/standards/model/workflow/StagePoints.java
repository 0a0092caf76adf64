package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a case file's points side by side (分阶段得分对照): the unit's claim (自评分), the
 * points of the self stage as scored, of the district review (审核分) and of the city approval
 * (认定分). Figures are exact and unrounded.
 *
 * @param code the criterion's code, not null
 * @param depth 0 for a dimension, 1 below it, and so on
 * @param maxPoints the line's maximum, not null
 * @param claimed the unit's claim; empty for lines that take none (subtotals, veto items, items
 *     that do not apply)
 * @param self the points of the self stage (computed from evidence, or the judgement claim)
 * @param district the points after the district review; empty before it
 * @param city the points after the city's decision; empty before it
 */
public record StagePoints(
    CriterionCode code,
    int depth,
    Points maxPoints,
    Optional<Points> claimed,
    Points self,
    Optional<Points> district,
    Optional<Points> city) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   *
   * @param code the {@code code} component, as described on the record
   * @param depth the {@code depth} component, as described on the record
   * @param maxPoints the {@code maxPoints} component, as described on the record
   * @param claimed the {@code claimed} component, as described on the record
   * @param self the {@code self} component, as described on the record
   * @param district the {@code district} component, as described on the record
   * @param city the {@code city} component, as described on the record
   */
  public StagePoints {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(city, "city");
  }

  /**
   * The points of the latest stage reached.
   *
   * @return city, else district, else self
   */
  public Points latest() {
    return city.or(() -> district).orElse(self);
  }
}
