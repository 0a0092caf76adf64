package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.standard.Rating;
import java.util.Objects;
import java.util.Optional;

/**
 * A veto (一票否决): when the condition holds, the unit keeps its points but is not eligible for
 * certification, and its band is changed as the effect declares — forced to the lowest ({@link
 * VetoEffect#FAIL}, the default), capped at a declared band ({@link VetoEffect#CAP_BAND}), or left
 * as it is ({@link VetoEffect#REMOVE_ELIGIBILITY}); see docs/scoring.md, “Vetoes”. Belongs
 * to a criterion of kind VETO with zero points.
 *
 * <p>A cap that is missing, or that caps nothing, is not refused here but reported when the
 * standard is checked ({@code STANDARD_VETO_NO_EFFECT}), so a file gets every finding at once.
 *
 * @param triggeredWhen the triggering condition, such as at least one safety incident, not null
 * @param effect what the veto does, not null
 * @param capBand the band a {@link VetoEffect#CAP_BAND} veto caps at, such as PASS; empty for
 *     the other effects; not null
 */
public record Veto(Condition triggeredWhen, VetoEffect effect, Optional<Rating> capBand)
    implements ScoringRule {

  /**
   * Checks that no component is null.
   *
   * @param triggeredWhen the {@code triggeredWhen} component, as described on the record
   * @param effect the {@code effect} component, as described on the record
   * @param capBand the {@code capBand} component, as described on the record
   */
  public Veto {
    Objects.requireNonNull(triggeredWhen, "triggeredWhen");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(capBand, "capBand");
  }

  /**
   * A veto that fails the unit (the default effect).
   *
   * @param triggeredWhen the triggering condition, not null
   */
  public Veto(Condition triggeredWhen) {
    this(triggeredWhen, VetoEffect.FAIL, Optional.empty());
  }
}
