package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A test of one measure against a bound, such as "at least 4 elders in the working team" or
 * "committee work is in the annual plan" (a flag measure is 1 when true, 0 when false), or of a
 * declared fact against written values, such as "{@code fact.plan.status} one of ADOPTED,
 * PUBLISHED" (see {@link Comparison} and docs/measures.md, "Declared facts").
 *
 * @param measure the measure, not null
 * @param comparison how to compare, not null
 * @param bound the numeric bound of {@link Comparison#AT_LEAST} and {@link Comparison#AT_MOST},
 *     not null for them; null for a comparison on written values
 * @param values the written values of {@link Comparison#EQUALS} (one), {@link Comparison#ONE_OF}
 *     (one or more), {@link Comparison#ON_OR_BEFORE} and {@link Comparison#ON_OR_AFTER} (one: a
 *     date {@code YYYY-MM-DD}, {@code yearStart} or {@code yearEnd}); empty for a numeric bound;
 *     null is read as empty. Whether they fit the fact's type is checked with the standard.
 */
public record Condition(MeasureRef measure, Comparison comparison, BigDecimal bound,
    List<String> values) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if a numeric comparison has no bound or has values, or a
   *     comparison on written values has a bound, no value, or (but for {@code ONE_OF}) more than
   *     one
   *
   * @param measure the {@code measure} component, as described on the record
   * @param comparison the {@code comparison} component, as described on the record
   * @param bound the {@code bound} component, as described on the record
   * @param values the {@code values} component, as described on the record
   */
  public Condition {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(comparison, "comparison");
    values = values == null ? List.of() : List.copyOf(values);
    if (comparison.isOnWrittenValues()) {
      if (bound != null || values.isEmpty()
          || values.size() > 1 && comparison != Comparison.ONE_OF) {
        throw new StandardsException(comparison.writtenName()
            + " compares with written values: one value (oneOf: one or more), no bound",
            String.valueOf(values));
      }
    } else {
      Objects.requireNonNull(bound, "bound");
      if (!values.isEmpty()) {
        throw new StandardsException(comparison.writtenName()
            + " compares with a number: a bound, no written values", String.valueOf(values));
      }
    }
  }

  /**
   * A condition with a numeric bound.
   *
   * @param measure the measure, not null
   * @param comparison {@link Comparison#AT_LEAST} or {@link Comparison#AT_MOST}, not null
   * @param bound the bound, not null
   * @throws StandardsException if the comparison is one on written values
   */
  public Condition(MeasureRef measure, Comparison comparison, BigDecimal bound) {
    this(measure, comparison, bound, List.of());
  }

  /**
   * A condition on written values, such as {@code ONE_OF ADOPTED, PUBLISHED}.
   *
   * @param measure the measure, a declared fact's {@code fact.<code>}, not null
   * @param comparison a comparison on written values, not null
   * @param values the values, as described on the record
   * @return the condition
   * @throws StandardsException if the comparison is numeric or the number of values does not
   *     fit it
   */
  public static Condition onValues(MeasureRef measure, Comparison comparison,
      List<String> values) {
    return new Condition(measure, comparison, null, values);
  }
}
