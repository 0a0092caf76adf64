package io.github.ggw.standards.rules;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * Points lost on an item with the reason (扣分及扣分理由). The lost points of an item add up to its
 * maximum minus its awarded points.
 *
 * @param points the points lost, {@code > 0}
 * @param reason why, in both languages, naming the rule and the measure values
 */
public record LostPoints(Points points, LocalizedText reason) {

  /** Checks that neither component is null. */
  public LostPoints {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(reason, "reason");
  }
}
