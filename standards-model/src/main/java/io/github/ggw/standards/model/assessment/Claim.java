package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.CriterionCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's claim for one item (自评分): the points it awards itself and a narrative of what it
 * did. Checked against the standard by the rules (step, maximum, applicability).
 *
 * <p>For an item scored by a counted deduction the claim also records how often each deficiency
 * was found ({@link #deficiencies()}), and may leave the points out: they are then what the counts
 * give, and {@link #pointsGiven()} is false.
 *
 * @param code the item's code, not null
 * @param points the claimed points, not null; {@link Points#ZERO} when not given (see {@link
 *     #pointsGiven()}), in which case read {@link #givenPoints()} rather than this
 * @param narrative what the unit did (自评说明), possibly empty, at most 2,000 characters
 * @param deficiencies how often each deficiency of a counted deduction was found, by its code
 *     (such as {@code D1 → 2}), whole and {@code ≥ 0}, in the order written; empty for every other
 *     item, not null
 * @param pointsGiven whether the claim states its points; false only for a claim with counts that
 *     leaves the points to them
 */
public record Claim(
    @NotNull CriterionCode code, @NotNull Points points, @NotNull @Size(max = 2000) String narrative,
    @NotNull DeficiencyCounts deficiencies, boolean pointsGiven) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the narrative is longer than 2,000 characters, or the points
   *     are left out without counts
   *
   * @param code the {@code code} component, as described on the record
   * @param points the {@code points} component, as described on the record
   * @param narrative the {@code narrative} component, as described on the record
   * @param deficiencies the {@code deficiencies} component, as described on the record
   * @param pointsGiven the {@code pointsGiven} component, as described on the record
   */
  public Claim {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(deficiencies, "deficiencies");
    if (narrative.length() > 2000) {
      throw new StandardsException("a narrative must be at most 2000 characters", String.valueOf(narrative));
    }
    if (!pointsGiven && deficiencies.isEmpty()) {
      throw new StandardsException("a claim without points needs deficiency counts",
          code.toString());
    }
    if (!pointsGiven) {
      points = Points.ZERO;
    }
  }

  /**
   * A claim of points, without deficiency counts.
   *
   * @param code the item's code, not null
   * @param points the claimed points, not null
   * @param narrative the narrative, possibly empty, at most 2,000 characters
   */
  public Claim(CriterionCode code, Points points, String narrative) {
    this(code, points, narrative, DeficiencyCounts.NONE, true);
  }

  /**
   * A claim of a counted deduction: the counts, and the points when stated.
   *
   * @param code the item's code, not null
   * @param points the points, or empty to leave them to the counts
   * @param narrative the narrative, possibly empty, at most 2,000 characters
   * @param deficiencies how often each deficiency was found, at least one entry when {@code
   *     points} is empty
   * @return the claim
   */
  public static Claim counted(CriterionCode code, Optional<Points> points, String narrative,
      DeficiencyCounts deficiencies) {
    return new Claim(code, points.orElse(Points.ZERO), narrative, deficiencies,
        points.isPresent());
  }

  /**
   * The points as stated.
   *
   * @return the points, or empty when the claim leaves them to its counts
   */
  public Optional<Points> givenPoints() {
    return pointsGiven ? Optional.of(points) : Optional.empty();
  }

  /**
   * This claim with other deficiency counts (a reviewer's adjustment), its points left to them.
   *
   * @param counts the new counts, not null, at least one entry
   * @return a new claim with the same code and narrative
   */
  public Claim withCounts(DeficiencyCounts counts) {
    return new Claim(code, Points.ZERO, narrative, counts, false);
  }

  /** Never prints the narrative. */
  @Override
  public String toString() {
    return "Claim[" + code + " = " + (pointsGiven ? points : "?")
        + (deficiencies.isEmpty() ? "" : " " + deficiencies) + "]";
  }
}
