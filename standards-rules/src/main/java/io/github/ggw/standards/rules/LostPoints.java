package io.github.ggw.standards.rules;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Points lost on an item with the reason (扣分及扣分理由). The lost points of an item add up to its
 * maximum minus its awarded points (a deduction floored at zero may list more).
 *
 * @param points the points lost, {@code > 0}
 * @param reason why, in both languages, naming the rule and the measure values
 * @param reasonCode the deficiency's reason code (扣分项编号) such as {@code D1} for a deduction
 *     rule, else empty
 * @param measures the measure values this loss was read from; empty for a judgement or a
 *     discretionary deduction, whose figure is the claim
 */
public record LostPoints(
    Points points, LocalizedText reason, Optional<String> reasonCode,
    List<MeasureValue> measures) {

  /** Checks that no component is null and copies the list. */
  public LostPoints {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(reasonCode, "reasonCode");
    measures = ImmutableList.copyOf(measures);
  }

  /**
   * Points lost for a reason, without reason code or measures.
   *
   * @param points the points lost
   * @param reason why
   */
  public LostPoints(Points points, LocalizedText reason) {
    this(points, reason, Optional.empty(), List.of());
  }
}
