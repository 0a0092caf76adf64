package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quota on a rating band in a batch (名额比例), such as "at most 25% of the units of a batch are
 * rated excellent". Applied as a batch step over the reports of a batch (the per-unit band is
 * provisional; see docs/scoring.md, “Quotas: a batch step”): the best units keep the band up to
 * the quota, ties at the cut keep it too and are flagged, the others move one band down.
 *
 * @param rating the band limited, not null; not the standard's lowest (checked with the standard)
 * @param maxSharePercent the largest share of the batch that may hold the band, in percent, in
 *     {@code (0, 100]}; the number of places is {@code floor(units × share ÷ 100)}
 */
public record RatingQuota(Rating rating, BigDecimal maxSharePercent) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the share is not in {@code (0, 100]}
   *
   * @param rating the {@code rating} component, as described on the record
   * @param maxSharePercent the {@code maxSharePercent} component, as described on the record
   */
  public RatingQuota {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(maxSharePercent, "maxSharePercent");
    if (maxSharePercent.signum() <= 0 || maxSharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new StandardsException("a quota share must lie in (0, 100] percent",
          maxSharePercent.toPlainString());
    }
  }
}
