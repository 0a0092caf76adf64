package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.CriterionCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A unit's claim for one item (自评分): the points it awards itself and a narrative of what it
 * did. Checked against the standard by the rules (step, maximum, applicability).
 *
 * @param code the item's code, not null
 * @param points the claimed points, not null
 * @param narrative what the unit did (自评说明), possibly empty, at most 2,000 characters
 */
public record Claim(
    @NotNull CriterionCode code, @NotNull Points points, @NotNull @Size(max = 2000) String narrative) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the narrative is longer than 2,000 characters
   *
   * @param code the {@code code} component, as described on the record
   * @param points the {@code points} component, as described on the record
   * @param narrative the {@code narrative} component, as described on the record
   */
  public Claim {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(narrative, "narrative");
    if (narrative.length() > 2000) {
      throw new StandardsException("a narrative must be at most 2000 characters", String.valueOf(narrative));
    }
  }

  /** Never prints the narrative. */
  @Override
  public String toString() {
    return "Claim[" + code + " = " + points + "]";
  }
}
