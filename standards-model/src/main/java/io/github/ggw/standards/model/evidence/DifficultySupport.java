package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How many pupils with one kind of difficulty the committee supported in the year (三困生帮教),
 * as a count only. Source: seed §三.3.
 *
 * @param kind the difficulty, not null
 * @param pupilsSupported pupils supported, 0 to 100,000
 */
public record DifficultySupport(
    @NotNull DifficultyKind kind, @PositiveOrZero @Max(100000) int pupilsSupported)
    implements Evidence {

  /**
   * Checks that the kind is not null and the count not negative.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param pupilsSupported the {@code pupilsSupported} component, as described on the record
   */
  public DifficultySupport {
    Checks.required(kind, "kind");
    Checks.nonNegative(pupilsSupported, "pupilsSupported");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.empty();
  }
}
