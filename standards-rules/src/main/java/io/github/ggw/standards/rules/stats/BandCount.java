package io.github.ggw.standards.rules.stats;

import io.github.ggw.standards.model.standard.Rating;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many units of a batch are in one rating band (等级分布).
 *
 * @param rating the band, not null
 * @param units how many units, {@code >= 0}
 * @param percent their share of the batch in percent, in [0, 100], exact (DECIMAL128)
 */
public record BandCount(Rating rating, int units, BigDecimal percent) {

  /**
   * Checks that no component is null.
   *
   * @param rating the {@code rating} component, as described on the record
   * @param units the {@code units} component, as described on the record
   * @param percent the {@code percent} component, as described on the record
   */
  public BandCount {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(percent, "percent");
  }
}
