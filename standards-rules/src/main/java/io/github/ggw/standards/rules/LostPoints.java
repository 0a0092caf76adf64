package io.github.ggw.standards.rules;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * Points lost on an item with the reason (扣分及扣分理由). The lost points of an item add up to its
 * maximum minus its awarded points.
 *
 * @param points the points lost, {@code > 0}
 * @param why the reason, naming the rule and the measure values, rendered when first shown
 */
public record LostPoints(Points points, Reason why) {

  /**
   * Checks that neither component is null.
   *
   * @param points the {@code points} component, as described on the record
   * @param why the {@code why} component, as described on the record
   */
  public LostPoints {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(why, "why");
  }

  /**
   * Points lost with a reason whose text is already known.
   *
   * @param points the points lost
   * @param reason the text
   */
  public LostPoints(Points points, LocalizedText reason) {
    this(points, Reason.fixed(reason));
  }

  /**
   * The reason in both languages.
   *
   * @return the text of {@link #why()}
   */
  public LocalizedText reason() {
    return why.text();
  }
}
