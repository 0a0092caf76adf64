package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;

/**
 * One kind of deficiency of a {@link CountedDeduction} (计数扣分项): the assessor counts how often it
 * was found, and each costs {@code pointsEach}, such as "records incomplete: deduct 2 points for
 * each".
 *
 * @param code a short code such as {@code D1}, 1 to 16 characters, not blank, unique within the
 *     rule (a finding of the standard checks, not of this constructor)
 * @param reason the reason shown for the points it costs, in both languages, not null
 * @param pointsEach the points deducted for each one found, {@code > 0}
 */
public record CountedDeficiency(String code, LocalizedText reason, Points pointsEach) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the code is blank or longer than 16 characters, or {@code
   *     pointsEach} is zero
   *
   * @param code the {@code code} component, as described on the record
   * @param reason the {@code reason} component, as described on the record
   * @param pointsEach the {@code pointsEach} component, as described on the record
   */
  public CountedDeficiency {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(pointsEach, "pointsEach");
    if (code.isBlank() || code.length() > 16) {
      throw new StandardsException("a deficiency code must be 1 to 16 characters", code);
    }
    if (pointsEach.isZero()) {
      throw new StandardsException("points per deficiency must be positive",
          pointsEach.toString());
    }
  }
}
