package io.github.ggw.standards.model.rule;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A counted deduction (计数扣分, "deduct 2 points for each deficiency found, to a floor of 0"): the
 * self-assessment records how many times each deficiency was found, a reviewer may change the
 * counts with a reason, and the points are {@code max − Σ count × pointsEach}, never below 0
 * (扣完为止). A judged kind: the figure comes from the claim's counts, not from evidence, so
 * {@link #isComputed()} is false.
 *
 * <p>The points lost are allocated to the codes in declared order until the maximum is used up,
 * so the report never shows more lost than the item's maximum: on a 10-point item at 2 points
 * each, D1 found 4 times and D2 twice are 12 points due, 0 awarded, D1 8 lost and D2 2 lost.
 * Source of the rule: DESIGN.md, "Authoring sheets", counted deduction.
 *
 * @param deficiencies the deficiencies in declared order, at least one; codes unique (checked
 *     with the standard, {@code STANDARD_DUPLICATE_CODE})
 */
public record CountedDeduction(List<CountedDeficiency> deficiencies) implements ScoringRule {

  /**
   * Copies the deficiencies.
   *
   * @throws StandardsException if there is none
   *
   * @param deficiencies the {@code deficiencies} component, as described on the record
   */
  public CountedDeduction {
    deficiencies = ImmutableList.copyOf(deficiencies);
    if (deficiencies.isEmpty()) {
      throw new StandardsException("a counted deduction needs at least one deficiency",
          String.valueOf(deficiencies));
    }
  }

  @Override
  public boolean isComputed() {
    return false;
  }

  /**
   * One code's line of a counted deduction.
   *
   * @param deficiency the declared deficiency, not null
   * @param count how often it was found, {@code ≥ 0}
   * @param due {@code count × pointsEach}, before the floor
   * @param lost the part of {@code due} the item actually lost, in {@code [0, due]}; the lost
   *     points of all codes add up to {@code min(max, Σ due)}
   */
  public record Line(CountedDeficiency deficiency, int count, Points due, Points lost) {

    /**
     * Checks that no component is null.
     *
     * @param deficiency the {@code deficiency} component, as described on the record
     * @param count the {@code count} component, as described on the record
     * @param due the {@code due} component, as described on the record
     * @param lost the {@code lost} component, as described on the record
     */
    public Line {
      Objects.requireNonNull(deficiency, "deficiency");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(lost, "lost");
    }
  }

  /**
   * The lines of every declared code for some counts, lost points allocated in declared order
   * until the maximum is used up.
   *
   * @param max the item's maximum, not null
   * @param counts how often each code was found; a declared code not counted counts 0, a code
   *     not declared is ignored here (the assessment checks refuse it), not null
   * @return one line per declared deficiency, in declared order
   */
  public List<Line> lines(Points max, DeficiencyCounts counts) {
    List<Line> out = new ArrayList<>();
    Points left = max;
    for (CountedDeficiency d : deficiencies) {
      int count = counts.countOf(d.code());
      Points due = d.pointsEach().times(BigDecimal.valueOf(count));
      Points lost = due.atMost(left);
      left = left.minusFloorZero(lost);
      out.add(new Line(d, count, due, lost));
    }
    return out;
  }

  /**
   * The points the counts give: {@code max − Σ count × pointsEach}, floor 0.
   *
   * @param max the item's maximum, not null
   * @param counts how often each code was found, as for {@link #lines}
   * @return the points, in {@code [0, max]}
   */
  public Points points(Points max, DeficiencyCounts counts) {
    Points due = lines(max, counts).stream().map(Line::due).reduce(Points.ZERO, Points::plus);
    return max.minusFloorZero(due);
  }

  /**
   * Whether the rule declares a code.
   *
   * @param code a deficiency code, not null
   * @return true when one of the deficiencies has it
   */
  public boolean declares(String code) {
    return deficiencies.stream().anyMatch(d -> d.code().equals(code));
  }
}
