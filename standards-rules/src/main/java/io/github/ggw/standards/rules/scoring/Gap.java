package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import java.util.Objects;

/**
 * A gap to close next year (差距): an applicable leaf item that lost points.
 *
 * @param code the item's code
 * @param title its title
 * @param lost the points lost, {@code > 0}
 */
public record Gap(CriterionCode code, LocalizedText title, Points lost) {

  /**
   * Checks that no component is null.
   *
   * @param code the {@code code} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param lost the {@code lost} component, as described on the record
   */
  public Gap {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lost, "lost");
  }
}
