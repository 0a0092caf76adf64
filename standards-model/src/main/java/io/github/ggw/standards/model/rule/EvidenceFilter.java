package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.StandardsException;
import java.util.List;
import java.util.Objects;

/**
 * One condition of a filtered measure's {@code where} list (筛选条件): a field of the measure's
 * evidence kind, an operator and the values as written, such as {@code level atLeast CITY} or
 * {@code kind oneOf SPEECH_CONTEST, RECITATION}. Values are held as the text a standard writes
 * ({@code 3}, {@code 1200.5}, {@code 2022-05-01}, {@code true}, {@code CITY}); whether the field
 * exists, the operator fits its type and the values are of that type is checked when the standard
 * loads, against the evidence-kind registry ({@link
 * io.github.ggw.standards.model.evidence.EvidenceKinds}), never here.
 *
 * @param field the field's name as the registry and the JSON member write it, such as {@code
 *     level}; not blank
 * @param operator how the field is compared, not null
 * @param values the values as written, not empty, none blank: exactly one, except for {@link
 *     FilterOperator#ONE_OF}, which takes one or more
 */
public record EvidenceFilter(String field, FilterOperator operator, List<String> values) {

  /**
   * Checks the local invariants.
   *
   * @param field the {@code field} component, as described on the record
   * @param operator the {@code operator} component, as described on the record
   * @param values the {@code values} component, as described on the record
   * @throws NullPointerException if a component or a value is null
   * @throws StandardsException if the field is blank, a value is blank, there is no value, or an
   *     operator other than {@code oneOf} has more than one
   */
  public EvidenceFilter {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(operator, "operator");
    values = List.copyOf(values);
    if (field.isBlank()) {
      throw new StandardsException("a filter names a field", field);
    }
    if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
      throw new StandardsException("a filter on " + field + " needs a value", field);
    }
    if (!operator.takesList() && values.size() != 1) {
      throw new StandardsException(
          "the filter " + operator.writtenName() + " on " + field + " takes exactly one value",
          String.join(", ", values));
    }
  }

  /**
   * A filter with one value.
   *
   * @param field the field's name
   * @param operator the operator, not {@link FilterOperator#ONE_OF} unless one value is meant
   * @param value the value as written
   * @return the filter
   */
  public static EvidenceFilter of(String field, FilterOperator operator, String value) {
    return new EvidenceFilter(field, operator, List.of(value));
  }

  /**
   * A filter {@code field oneOf values}.
   *
   * @param field the field's name
   * @param values the values as written, at least one
   * @return the filter
   */
  public static EvidenceFilter oneOf(String field, String... values) {
    return new EvidenceFilter(field, FilterOperator.ONE_OF, List.of(values));
  }
}
