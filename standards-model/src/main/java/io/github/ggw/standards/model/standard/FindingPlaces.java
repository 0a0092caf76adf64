package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.problem.Problem;
import java.util.Optional;

/**
 * Where in an item a finding of a standard's checks lies (指标内的位置): the member of the item
 * that holds the value found, as a standard's JSON form names it ({@code maxPoints}, {@code step},
 * {@code weight}, {@code rule}, {@code kind}, {@code notApplicableTo}, {@code code}). Readers use
 * it to turn a finding located at an item code into a place in their input: the JSON reader into
 * the pointer, line and column of that member, the CSV reader into the line and column of the
 * item's row. The checks themselves locate findings at the item code only, since a standard
 * built in code has no input to point into.
 *
 * <p>Pure and thread-safe.
 */
public final class FindingPlaces {
  private FindingPlaces() {}

  /**
   * The member of the item a finding is about.
   *
   * @param finding a finding located at an item code (see {@link
   *     io.github.ggw.standards.model.problem.Location#getCriterion()}), not null
   * @return the member's name as the JSON form writes it (a member of a member joined by
   *     {@code /}, such as {@code rule/pointsEach}), or empty when the finding is about the
   *     item as a whole (such as a leaf without a rule) or is not about an item
   */
  public static Optional<String> member(Problem finding) {
    if (finding.getLocation().getCriterion().isEmpty()) {
      return Optional.empty();
    }
    String item = finding.getLocation().getCriterion().get().toString();
    return Optional.ofNullable(switch (finding.getCode()) {
      case STANDARD_BUDGET_MISMATCH, STANDARD_MAX_OFF_STEP -> "maxPoints";
      case STANDARD_STEP_CONFLICT -> "step";
      case STANDARD_WEIGHTS_INVALID, STANDARD_WEIGHTS_SUM -> "weight";
      case STANDARD_APPLICABILITY -> "notApplicableTo";
      case STANDARD_BONUS_UNREACHABLE -> "kind";
      case STANDARD_DUPLICATE_CODE, STANDARD_DANGLING_CODE ->
          finding.getOffendingValue().filter(item::equals).isPresent() ? "code" : "rule";
      case STANDARD_RULE_PLACEMENT ->
          finding.getOffendingValue().filter(v -> !v.equals("-")).isPresent() ? "rule" : null;
      case STANDARD_CAP_BELOW_OCCURRENCE -> "rule/pointsEach";
      case STANDARD_RULE_INVALID, STANDARD_LADDER_UNORDERED, STANDARD_VETO_NO_EFFECT, STANDARD_UNKNOWN_MEASURE, STANDARD_MEASURE_PARAMETER,
          STANDARD_MEASURE_TYPE, STANDARD_FACT_UNDECLARED, STANDARD_FACT_OPERATOR,
          STANDARD_PARAMETER_INVALID, STANDARD_FILTER_KIND, STANDARD_FILTER_FIELD,
          STANDARD_FILTER_OPERATOR, STANDARD_FILTER_VALUE, STANDARD_FILTER_OF -> "rule";
      default -> null;
    });
  }
}
