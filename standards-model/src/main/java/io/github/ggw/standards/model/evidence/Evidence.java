package io.github.ggw.standards.model.evidence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One typed fact a unit gives as evidence for its self-assessment (佐证材料).
 *
 * <p>The set is closed: each permitted record names the seed clause it comes from. Counts are
 * non-negative, amounts are in yuan, dates are calendar dates in Asia/Shanghai. No variant has a
 * field for the name or identity of a minor. {@code toString()} never prints free text.
 */
public sealed interface Evidence
    permits Organisation,
        ElderMember,
        TrainingSession,
        ThemedActivity,
        CareCarrier,
        DifficultySupport,
        VulnerabilitySupport,
        Mentoring,
        ResearchOutput,
        Publicity,
        DocumentRecord,
        DesignationHeld,
        Incident,
        FactValue {

  /**
   * The date that places this fact in an assessment year, for the measures that count only
   * facts within the year.
   *
   * @return the date, or empty for standing facts (organisation, roster)
   */
  Optional<LocalDate> dated();
}
