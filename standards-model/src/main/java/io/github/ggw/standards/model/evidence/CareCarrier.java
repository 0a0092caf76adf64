package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A care carrier the unit runs (关爱载体): a talk room, buddy pairing or care shop. Source: seed
 * §三.3.
 *
 * @param kind the carrier, not null
 * @param activeFrom the date it opened, not null; a standing fact (not tied to one year)
 * @param sessionsHeld sessions held in the assessment year, 0 to 10,000
 */
public record CareCarrier(
    @NotNull CareCarrierKind kind,
    @NotNull LocalDate activeFrom,
    @PositiveOrZero @Max(10000) int sessionsHeld)
    implements Evidence {

  /**
   * Checks that no component is null and that counts are not negative.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param activeFrom the {@code activeFrom} component, as described on the record
   * @param sessionsHeld the {@code sessionsHeld} component, as described on the record
   */
  public CareCarrier {
    Checks.required(kind, "kind");
    Checks.required(activeFrom, "activeFrom");
    Checks.nonNegative(sessionsHeld, "sessionsHeld");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.empty();
  }
}
