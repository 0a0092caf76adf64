package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A designation or title the unit already holds (已获称号), such as the earlier
 * regularisation qualification or a provincial advanced-collective title.
 *
 * @param kind the designation, not null
 * @param level the level that conferred it, not null
 * @param conferredOn the date conferred, not null; a standing fact
 * @param documentNumber the conferring document's number such as 常教关委〔2022〕4号, 1 to 60
 *     characters
 */
public record DesignationHeld(
    @NotNull DesignationKind kind,
    @NotNull Level level,
    @NotNull LocalDate conferredOn,
    @NotBlank @Size(max = 60) String documentNumber)
    implements Evidence {

  /**
   * Checks that no component is null.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param level the {@code level} component, as described on the record
   * @param conferredOn the {@code conferredOn} component, as described on the record
   * @param documentNumber the {@code documentNumber} component, as described on the record
   */
  public DesignationHeld {
    Checks.required(kind, "kind");
    Checks.required(level, "level");
    Checks.required(conferredOn, "conferredOn");
    Checks.required(documentNumber, "documentNumber");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.empty();
  }
}
