package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;

/**
 * A staged assessment (分阶段考核): a milestone year at which units are assessed against a named
 * standard version, with the rounded total a unit must reach at that stage. Source: seed §一.4
 * ("分阶段考核"); the bundled milestones are modelled.
 *
 * @param year the year of the assessment, 2000 to 2100
 * @param title what is assessed, not null
 * @param standardId the standard that applies, not null
 * @param standardVersion its version, not null
 * @param threshold the rounded total a unit must reach (inclusive), in points, not null
 * @param source where the milestone comes from, not null
 */
public record StagedAssessment(
    int year,
    LocalizedText title,
    StandardId standardId,
    StandardVersion standardVersion,
    Points threshold,
    SourceRef source) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the year lies outside 2000–2100
   * @throws NullPointerException if a component is null
   *
   * @param year the {@code year} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param standardId the {@code standardId} component, as described on the record
   * @param standardVersion the {@code standardVersion} component, as described on the record
   * @param threshold the {@code threshold} component, as described on the record
   * @param source the {@code source} component, as described on the record
   */
  public StagedAssessment {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(standardId, "standardId");
    Objects.requireNonNull(standardVersion, "standardVersion");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(source, "source");
    Years.check(year, "a staged assessment");
  }
}
