package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.rules.measure.MeasureValue;
import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.rule.VetoEffect;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A triggered veto (一票否决) with the condition, the evidence behind it and its effect.
 *
 * @param code the veto item's code, or empty for the standard's total floor
 * @param reason the condition in words
 * @param measures the measure values that triggered it
 * @param effect what it did: the band forced to the lowest, capped, or left (eligibility is
 *     removed in every case)
 * @param capBand the band capped at, for {@link VetoEffect#CAP_BAND}; else empty
 */
public record VetoFinding(
    Optional<CriterionCode> code, LocalizedText reason, List<MeasureValue> measures,
    VetoEffect effect, Optional<Rating> capBand) {

  /**
   * Checks the components and copies the list.
   *
   * @param code the {@code code} component, as described on the record
   * @param reason the {@code reason} component, as described on the record
   * @param measures the {@code measures} component, as described on the record
   * @param effect the {@code effect} component, as described on the record
   * @param capBand the {@code capBand} component, as described on the record
   */
  public VetoFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    measures = ImmutableList.copyOf(measures);
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(capBand, "capBand");
  }

  /**
   * A veto that fails the unit.
   *
   * @param code the veto item's code, or empty for the total floor
   * @param reason the condition in words
   * @param measures the measure values that triggered it
   */
  public VetoFinding(
      Optional<CriterionCode> code, LocalizedText reason, List<MeasureValue> measures) {
    this(code, reason, measures, VetoEffect.FAIL, Optional.empty());
  }

  /**
   * The band a unit ends in after this veto.
   *
   * @param band the band before
   * @param lowest the standard's lowest band
   * @return the lowest band (FAIL), the worse of the band and the cap (CAP_BAND), or the band
   */
  public Rating apply(Rating band, Rating lowest) {
    switch (effect) {
      case FAIL:
        return lowest;
      case CAP_BAND:
        Rating cap = capBand.orElse(lowest);
        return band.compareTo(cap) >= 0 ? band : cap;
      default:
        return band;
    }
  }
}
