package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An incident that may trigger a veto (一票否决事项): a safety incident, concealment or a serious
 * violation, declared by the unit or raised by a reviewer with a reason (see docs/scoring.md,
 * “Vetoes”).
 *
 * @param kind the kind, not null
 * @param date the date it happened, not null
 * @param raisedBy who raised it, not null
 * @param description what happened, 1 to 500 characters (free text, not printed by {@code
 *     toString})
 */
public record Incident(
    @NotNull IncidentKind kind,
    @NotNull LocalDate date,
    @NotNull IncidentSource raisedBy,
    @NotBlank @Size(max = 500) String description)
    implements Evidence {

  /**
   * Checks that no component is null.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param date the {@code date} component, as described on the record
   * @param raisedBy the {@code raisedBy} component, as described on the record
   * @param description the {@code description} component, as described on the record
   */
  public Incident {
    Checks.required(kind, "kind");
    Checks.required(date, "date");
    Checks.required(raisedBy, "raisedBy");
    Checks.required(description, "description");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.of(date);
  }

  @Override
  public String toString() {
    return "Incident[" + kind + ", " + date + ", " + raisedBy + "]";
  }
}
