package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Publicity of committee work (舆论宣传): newsletter issues or news reports. Source: seed §四.3.
 *
 * @param kind the kind, not null
 * @param date the date published (of the last, for a count), not null
 * @param count issues or reports, 0 to 10,000
 */
public record Publicity(
    @NotNull PublicityKind kind, @NotNull LocalDate date, @PositiveOrZero @Max(10000) int count)
    implements Evidence {

  /**
   * Checks that no component is null and the count not negative.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param date the {@code date} component, as described on the record
   * @param count the {@code count} component, as described on the record
   */
  public Publicity {
    Checks.required(kind, "kind");
    Checks.required(date, "date");
    Checks.nonNegative(count, "count");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.of(date);
  }
}
