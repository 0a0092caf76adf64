package io.github.ggw.standards.rules.stats;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.UnitType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The units of one type in a batch (按学校类型统计), with their rating bands.
 *
 * @param type the unit type, not null
 * @param units how many units of the type, {@code >= 1}
 * @param percent their share of the batch in percent, exact
 * @param bands the band counts within the type, best band first; shares are of the type's units
 */
public record TypeBreakdown(
    UnitType type, int units, BigDecimal percent, List<BandCount> bands) {

  /**
   * Checks that no component is null and copies the list.
   *
   * @param type the {@code type} component, as described on the record
   * @param units the {@code units} component, as described on the record
   * @param percent the {@code percent} component, as described on the record
   * @param bands the {@code bands} component, as described on the record
   */
  public TypeBreakdown {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(percent, "percent");
    bands = ImmutableList.copyOf(bands);
  }
}
