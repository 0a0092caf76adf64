package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.evidence.DesignationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A designation the city confers on approval (认定称号), published under a document number: for
 * example {@link DesignationKind#QUALITY_CERTIFIED} (优质化达标校) under 常教关委〔2022〕4号 of
 * 2022-12-20. When a designation is conferred: see docs/workflow.md, “Stages and transitions”.
 *
 * @param kind the designation, not null
 * @param documentNumber the number of the conferring document (文号), 1 to 60 characters
 * @param conferredOn the date of the document (Asia/Shanghai calendar date), not null
 */
public record Designation(
    @NotNull DesignationKind kind,
    @NotBlank @Size(max = 60) String documentNumber,
    @NotNull LocalDate conferredOn) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the document number is blank or longer than 60 characters
   * @throws NullPointerException if a component is null
   *
   * @param kind the {@code kind} component, as described on the record
   * @param documentNumber the {@code documentNumber} component, as described on the record
   * @param conferredOn the {@code conferredOn} component, as described on the record
   */
  public Designation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(conferredOn, "conferredOn");
    if (documentNumber.isBlank() || documentNumber.length() > 60) {
      throw new StandardsException("a document number must be 1 to 60 characters",
          documentNumber);
    }
  }
}
