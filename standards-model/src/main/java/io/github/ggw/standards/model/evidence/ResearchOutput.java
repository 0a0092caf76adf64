package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A survey report, proposal or case study (调研报告/建言献策). Source: seed §四.1.
 *
 * @param kind the kind, not null
 * @param date the date completed, not null
 * @param title its title, 1 to 200 characters (free text, not printed by {@code toString})
 */
public record ResearchOutput(
    @NotNull ResearchKind kind, @NotNull LocalDate date, @NotBlank @Size(max = 200) String title)
    implements Evidence {

  /**
   * Checks that no component is null.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param date the {@code date} component, as described on the record
   * @param title the {@code title} component, as described on the record
   */
  public ResearchOutput {
    Checks.required(kind, "kind");
    Checks.required(date, "date");
    Checks.required(title, "title");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.of(date);
  }

  @Override
  public String toString() {
    return "ResearchOutput[" + kind + ", " + date + "]";
  }
}
