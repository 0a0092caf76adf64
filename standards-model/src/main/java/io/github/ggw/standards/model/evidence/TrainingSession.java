package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A study or training session of the committee (学习培训). Source: seed §一.1 (study), §一.2
 * (training of the working team and backbone), §一.3 (study of the document compilation), §四.1.
 *
 * @param kind study or training, not null
 * @param date the date held, not null
 * @param hours its length in hours, {@code > 0} and at most 24
 * @param attendees people present, 0 to 10,000
 * @param topic the topic, 1 to 200 characters (free text, not printed by {@code toString})
 */
public record TrainingSession(
    @NotNull TrainingKind kind,
    @NotNull LocalDate date,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal hours,
    @PositiveOrZero @Max(10000) int attendees,
    @NotBlank @Size(max = 200) String topic)
    implements Evidence {

  /**
   * Checks that no component is null and that counts are not negative.
   *
   * @param kind the {@code kind} component, as described on the record
   * @param date the {@code date} component, as described on the record
   * @param hours the {@code hours} component, as described on the record
   * @param attendees the {@code attendees} component, as described on the record
   * @param topic the {@code topic} component, as described on the record
   */
  public TrainingSession {
    Checks.required(kind, "kind");
    Checks.required(date, "date");
    Checks.nonNegative(Checks.required(hours, "hours"), "hours");
    Checks.nonNegative(attendees, "attendees");
    Checks.required(topic, "topic");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.of(date);
  }

  @Override
  public String toString() {
    return "TrainingSession[" + kind + ", " + date + ", " + hours.toPlainString() + " h, "
        + attendees + " attendees]";
  }
}
