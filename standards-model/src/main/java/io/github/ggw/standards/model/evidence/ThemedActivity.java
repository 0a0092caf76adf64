package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A themed activity or competition the unit held or entered (主题教育活动/比赛). Source: seed §二.1
 * (the four themed competitions), §二.2–4, §三.2 (campus visits).
 *
 * @param kind the kind, not null
 * @param date the date held, not null
 * @param level the level it was held or judged at, not null
 * @param participants pupils and elders taking part, 0 to 100,000
 * @param award the award earned, {@link Award#NONE} when none, not null
 * @param title its title, 1 to 200 characters (free text, not printed by {@code toString})
 */
public record ThemedActivity(
    @NotNull ActivityKind kind,
    @NotNull LocalDate date,
    @NotNull Level level,
    @PositiveOrZero @Max(100000) int participants,
    @NotNull Award award,
    @NotBlank @Size(max = 200) String title)
    implements Evidence {

  /**
   * Checks that no component is null and that counts are not negative.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param date the {@code date} component, as described on the record
   * @param level the {@code level} component, as described on the record
   * @param participants the {@code participants} component, as described on the record
   * @param award the {@code award} component, as described on the record
   * @param title the {@code title} component, as described on the record
   */
  public ThemedActivity {
    Checks.required(kind, "kind");
    Checks.required(date, "date");
    Checks.required(level, "level");
    Checks.nonNegative(participants, "participants");
    Checks.required(award, "award");
    Checks.required(title, "title");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.of(date);
  }

  @Override
  public String toString() {
    return "ThemedActivity[" + kind + ", " + date + ", " + level + ", " + participants
        + " participants, " + award + "]";
  }
}
