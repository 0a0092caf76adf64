package io.github.ggw.standards.model.rule;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import java.util.List;
import java.util.Objects;

/**
 * A threshold ladder (分档计分): the measure is mapped by the first rung, in descending order of
 * thresholds, whose threshold it reaches; below every rung it earns zero. Example: at least 4
 * elders → 3 points, at least 2 → 1.5, else 0. The order is checked when the standard loads.
 *
 * @param measure the measure, a number, not null
 * @param rungs the rungs, highest threshold first, at least one
 */
public record ThresholdLadder(MeasureRef measure, List<Rung> rungs) implements ScoringRule {

  /**
   * Checks the components and copies the rungs.
   *
   * @throws StandardsException if there is no rung
   *
   * @param measure the {@code measure} component, as described on the record
   * @param rungs the {@code rungs} component, as described on the record
   */
  public ThresholdLadder {
    Objects.requireNonNull(measure, "measure");
    rungs = ImmutableList.copyOf(rungs);
    if (rungs.isEmpty()) {
      throw new StandardsException("a threshold ladder needs at least one rung", String.valueOf(rungs));
    }
  }
}
