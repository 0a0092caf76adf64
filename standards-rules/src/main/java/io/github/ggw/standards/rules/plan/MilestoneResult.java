package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.plan.StagedAssessment;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a staged assessment (阶段考核结果): of the units assessed in the milestone's year
 * against its standard version, how many reach its threshold without a veto.
 *
 * @param milestone the staged assessment, not null
 * @param assessed the units with a report of that year, standard and version, {@code >= 0}
 * @param reaching those whose rounded total reaches the threshold and that are not vetoed
 * @param percent {@code reaching} as a percentage of {@code assessed}, or empty when none was
 *     assessed
 */
public record MilestoneResult(
    StagedAssessment milestone, int assessed, int reaching, Optional<BigDecimal> percent) {

  /**
   * Checks that no component is null.
   *
   * @param milestone the {@code milestone} component, as described on the record
   * @param assessed the {@code assessed} component, as described on the record
   * @param reaching the {@code reaching} component, as described on the record
   * @param percent the {@code percent} component, as described on the record
   */
  public MilestoneResult {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(percent, "percent");
  }
}
