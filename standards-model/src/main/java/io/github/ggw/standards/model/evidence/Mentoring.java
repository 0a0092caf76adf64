package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Mentoring in place (青蓝工程结对、名校长/名教师工作室). Source: seed §三.2, §三.3.
 *
 * @param kind the form, not null
 * @param count pairs or studios, 0 to 10,000
 * @param since the date it started, not null; a standing fact
 */
public record Mentoring(
    @NotNull MentoringKind kind, @PositiveOrZero @Max(10000) int count, @NotNull LocalDate since)
    implements Evidence {

  /**
   * Checks that no component is null and the count not negative.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param count the {@code count} component, as described on the record
   * @param since the {@code since} component, as described on the record
   */
  public Mentoring {
    Checks.required(kind, "kind");
    Checks.nonNegative(count, "count");
    Checks.required(since, "since");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.empty();
  }
}
