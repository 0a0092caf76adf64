package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * A rating band (评定等级): a rounded total of at least {@code lowerBound} (inclusive) and below
 * the next band's lower bound earns {@code rating}.
 *
 * @param rating the rating, not null
 * @param lowerBound the inclusive lower bound in points, not null
 */
public record RatingBand(Rating rating, Points lowerBound) {

  /**
   * Checks that neither component is null.
   *
   * @param rating the {@code rating} component, as described on the record
   * @param lowerBound the {@code lowerBound} component, as described on the record
   */
  public RatingBand {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(lowerBound, "lowerBound");
  }
}
