package io.github.ggw.standards.model.rule;

/**
 * The typed parameters a measure may take (度量参数). Each measure declares which it accepts; a
 * standard that gives a measure another parameter is refused when it loads.
 */
public enum MeasureParameter {
  /** Activity kinds to count ({@code kind ∈ …}). */
  ACTIVITY_KINDS,
  /** Lowest level to count ({@code level ≥ …}). */
  MIN_LEVEL,
  /** Lowest award to count ({@code award ≥ …}). */
  MIN_AWARD,
  /** Elder tiers to count. */
  TIERS,
  /** Elder categories to count. */
  ELDER_CATEGORIES,
  /** Training kinds to count. */
  TRAINING_KINDS,
  /** Care carrier kinds to count. */
  CARE_CARRIER_KINDS,
  /** Difficulty kinds to count. */
  DIFFICULTY_KINDS,
  /** Five-lost categories to count. */
  VULNERABILITY_KINDS,
  /** Mentoring kinds to count. */
  MENTORING_KINDS,
  /** Research kinds to count. */
  RESEARCH_KINDS,
  /** Publicity kinds to count. */
  PUBLICITY_KINDS,
  /** Document kinds to count. */
  DOCUMENT_KINDS,
  /** Designation kinds to count. */
  DESIGNATION_KINDS,
  /** Incident kinds to count. */
  INCIDENT_KINDS,
  /**
   * Whether dated facts count only within the assessment year (true, the default) or in any
   * year (false), such as an award won before the year.
   */
  WITHIN_YEAR
}
