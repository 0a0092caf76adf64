package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.rules.measure.MeasureValue;
import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Points lost on an item with the reason (扣分及扣分理由). The lost points of an item add up to its
 * maximum minus its awarded points, and never to more than its maximum: where deductions past the
 * floor (扣完为止) would come to more, they are allocated to the deficiencies in declared order until
 * the maximum is used up, and {@link #due()} keeps what each one would have cost.
 *
 * @param points the points lost, {@code ≥ 0} (0 only for a deficiency found past the floor)
 * @param why the reason, naming the rule and the measure values, rendered when first shown
 * @param reasonCode the deficiency's reason code (扣分项编号) such as {@code D1} for a deduction
 *     or counted deduction rule, else empty
 * @param measures the measure values this loss was read from; empty for a judgement, a
 *     discretionary or a counted deduction, whose figure is the claim
 * @param count how often the deficiency was found, for a counted deduction; else empty
 * @param due what the deficiency costs before the floor ({@code count × pointsEach}, or {@code
 *     pointsEach × shortfall} for a deduction), {@code ≥ points}; empty for other rules
 */
public record LostPoints(
    Points points, Reason why, Optional<String> reasonCode, List<MeasureValue> measures,
    Optional<Integer> count, Optional<Points> due) {

  /**
   * Checks that no component is null and copies the list.
   *
   * @param points the {@code points} component, as described on the record
   * @param why the {@code why} component, as described on the record
   * @param reasonCode the {@code reasonCode} component, as described on the record
   * @param measures the {@code measures} component, as described on the record
   * @param count the {@code count} component, as described on the record
   * @param due the {@code due} component, as described on the record
   */
  public LostPoints {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(due, "due");
    measures = ImmutableList.copyOf(measures);
  }

  /**
   * Points lost for a reason, with its code and measures, without count or amount due.
   *
   * @param points the points lost
   * @param why the reason
   * @param reasonCode the reason code, or empty
   * @param measures the measure values, possibly empty
   */
  public LostPoints(Points points, Reason why, Optional<String> reasonCode,
      List<MeasureValue> measures) {
    this(points, why, reasonCode, measures, Optional.empty(), Optional.empty());
  }

  /**
   * Points lost for a reason whose text is already known, with its code, measures, count and
   * amount due (as read back from a report).
   *
   * @param points the points lost
   * @param reason the text
   * @param reasonCode the reason code, or empty
   * @param measures the measure values, possibly empty
   * @param count how often the deficiency was found, or empty
   * @param due what it costs before the floor, or empty
   */
  public LostPoints(Points points, LocalizedText reason, Optional<String> reasonCode,
      List<MeasureValue> measures, Optional<Integer> count, Optional<Points> due) {
    this(points, Reason.fixed(reason), reasonCode, measures, count, due);
  }

  /**
   * Points lost for a reason whose text is already known, with its code and measures (as read
   * back from a report).
   *
   * @param points the points lost
   * @param reason the text
   * @param reasonCode the reason code, or empty
   * @param measures the measure values, possibly empty
   */
  public LostPoints(Points points, LocalizedText reason, Optional<String> reasonCode,
      List<MeasureValue> measures) {
    this(points, Reason.fixed(reason), reasonCode, measures);
  }
  /**
   * Points lost for a reason whose text is already known, without reason code or measures.
   *
   * @param points the points lost
   * @param reason the text
   */
  public LostPoints(Points points, LocalizedText reason) {
    this(points, reason, Optional.empty(), List.of());
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
