package io.github.ggw.standards.rules.quota;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.UnitId;
import java.util.Objects;
import java.util.Optional;

/**
 * The band a unit ends in after the quotas of its batch (批次评定结果).
 *
 * @param unit the unit
 * @param roundedTotal its rounded total, the figure the quota ranks by
 * @param provisional the band of its own report (provisional while quotas apply)
 * @param decided the band after the quotas
 * @param tiedAtCut whether it kept a limited band only because its total ties the last unit
 *     within the quota (flagged for the reviewers)
 * @param note why the band changed or was kept past the quota; empty when the quota did not touch
 *     it
 */
public record BatchRating(
    UnitId unit, Points roundedTotal, Rating provisional, Rating decided, boolean tiedAtCut,
    Optional<LocalizedText> note) {

  /**
   * Checks that no component is null.
   *
   * @param unit the {@code unit} component, as described on the record
   * @param roundedTotal the {@code roundedTotal} component, as described on the record
   * @param provisional the {@code provisional} component, as described on the record
   * @param decided the {@code decided} component, as described on the record
   * @param tiedAtCut the {@code tiedAtCut} component, as described on the record
   * @param note the {@code note} component, as described on the record
   */
  public BatchRating {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(roundedTotal, "roundedTotal");
    Objects.requireNonNull(provisional, "provisional");
    Objects.requireNonNull(decided, "decided");
    Objects.requireNonNull(note, "note");
  }

  /**
   * Whether the quota moved the unit to a lower band.
   *
   * @return true when the decided band differs from the provisional one
   */
  public boolean isDemoted() {
    return decided != provisional;
  }
}
