package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.rules.measure.MeasureValue;
import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a score report (评分明细): a dimension, indicator or criterion with its points.
 *
 * @param code the criterion code
 * @param title the title
 * @param kind regular, key, bonus or veto
 * @param depth 0 for a dimension, 1 below it, and so on
 * @param maxPoints the item's maximum
 * @param awarded the points awarded, in {@code [0, maxPoints]}; exact, unrounded
 * @param source where the figure comes from
 * @param claimed the unit's claim, or empty where none belongs
 * @param claimComparison how the claim compares with the awarded figure
 * @param rule the rule in words, or empty for a subtotal
 * @param measures the measure values the rule used
 * @param lost the reasons for every lost point, adding up to {@code maxPoints − awarded} (for a
 *     deduction floored at zero, the reasons may add up to more: each deduction is listed)
 */
public record ItemResult(
    CriterionCode code,
    LocalizedText title,
    CriterionKind kind,
    int depth,
    Points maxPoints,
    Points awarded,
    FigureSource source,
    Optional<Points> claimed,
    ClaimComparison claimComparison,
    Optional<LocalizedText> rule,
    List<MeasureValue> measures,
    List<LostPoints> lost) {

  /**
   * Checks that no component is null and copies the lists.
   *
   * @param code the {@code code} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param kind the {@code kind} component, as described on the record
   * @param depth the {@code depth} component, as described on the record
   * @param maxPoints the {@code maxPoints} component, as described on the record
   * @param awarded the {@code awarded} component, as described on the record
   * @param source the {@code source} component, as described on the record
   * @param claimed the {@code claimed} component, as described on the record
   * @param claimComparison the {@code claimComparison} component, as described on the record
   * @param rule the {@code rule} component, as described on the record
   * @param measures the {@code measures} component, as described on the record
   * @param lost the {@code lost} component, as described on the record
   */
  public ItemResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(awarded, "awarded");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(claimComparison, "claimComparison");
    Objects.requireNonNull(rule, "rule");
    measures = ImmutableList.copyOf(measures);
    lost = ImmutableList.copyOf(lost);
  }

  /**
   * The points lost on this item.
   *
   * @return {@code maxPoints − awarded}, never negative
   */
  public Points pointsLost() {
    return maxPoints.minusFloorZero(awarded);
  }
}
