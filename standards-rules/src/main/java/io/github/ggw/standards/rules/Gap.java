package io.github.ggw.standards.rules;

import io.github.ggw.standards.model.CriterionCode;
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

  /** Checks that no component is null. */
  public Gap {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lost, "lost");
  }
}
