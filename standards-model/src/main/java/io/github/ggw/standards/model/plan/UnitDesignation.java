package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.evidence.DesignationKind;
import java.util.Objects;

/**
 * A designation conferred on a unit in a year (认定/命名), such as a quality-building pilot
 * (优质化建设试点校) or a quality-certified unit (优质化达标校) published under a document number.
 * Action-plan progress counts these; a designation holds from its year on.
 *
 * @param unit the unit, with its type and district, not null
 * @param kind the designation, not null
 * @param year the year it was conferred, 2000 to 2100
 * @param documentNumber the conferring document's number, such as 常教关委〔2022〕4号, 1 to 60
 *     characters
 */
public record UnitDesignation(Unit unit, DesignationKind kind, int year, String documentNumber) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the year lies outside 2000–2100 or the document number is blank
   *     or longer than 60 characters
   * @throws NullPointerException if a component is null
   *
   * @param unit the {@code unit} component, as described on the record
   * @param kind the {@code kind} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param documentNumber the {@code documentNumber} component, as described on the record
   */
  public UnitDesignation {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(documentNumber, "documentNumber");
    Years.check(year, "a designation");
    if (documentNumber.isBlank() || documentNumber.length() > 60) {
      throw new StandardsException("a document number must be 1 to 60 characters",
          documentNumber);
    }
  }
}
