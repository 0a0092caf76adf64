package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The value a unit gives for one fact its standard declares (事实数据), such as {@code
 * lectures.pupilsReached = 350} or {@code plan.status = ADOPTED}. In JSON {@code {"type": "fact",
 * "code": "plan.status", "value": "ADOPTED"}}; the value is written as its declared type asks: a
 * boolean for a FLAG, a number for a COUNT or an AMOUNT_YUAN, {@code YYYY-MM-DD} for a DATE, a
 * choice's name for a CHOICE (see docs/measures.md, "Declared facts").
 *
 * <p>The record holds the value as text: {@code true}/{@code false}, a plain decimal, an ISO date
 * or a choice. Whether it fits the declaration is checked against the standard (an undeclared,
 * duplicate or mistyped fact is an error), not here. A fact is a standing record: it carries no
 * date that places it in a year.
 *
 * @param code the declared fact's code, dotted lower-camel words such as {@code plan.status}
 * @param value the value as text, not blank (its length bounded by the reader's string limit)
 */
public record FactValue(
    @NotNull @Pattern(regexp = "[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*") String code,
    @NotBlank String value)
    implements Evidence {

  /**
   * Checks that no component is null.
   *
   * @param code the {@code code} component, as described on the record
   * @param value the {@code value} component, as described on the record
   */
  public FactValue {
    Checks.required(code, "code");
    Checks.required(value, "value");
  }

  /**
   * A fact's value from a number.
   *
   * @param code the fact's code
   * @param value the number, not null; written as a plain decimal
   * @return the value
   */
  public static FactValue of(String code, java.math.BigDecimal value) {
    return new FactValue(code, value.stripTrailingZeros().toPlainString());
  }

  /**
   * A standing fact: never placed in a year.
   *
   * @return empty
   */
  @Override
  public Optional<LocalDate> dated() {
    return Optional.empty();
  }
}
