package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;

/**
 * One plausibility check of a self-assessment's evidence (佐证合理性检查), made before scoring.
 * Each has a default severity, which a standard may raise or lower ({@link
 * Standard#getPlausibility()}); the severity decides only how the finding is reported (an error
 * stops scoring), never whether the record counts: what a check leaves out is left out whatever
 * its severity. The defaults are those of the design brief's "Trust" section; docs/scoring.md,
 * "Plausible evidence", gives the rules in full.
 */
public enum PlausibilityCheck {
  /**
   * Two records with the same identifying fields (evidence-kind registry) and equal other fields:
   * the repeat is counted once. Default: warning.
   */
  REPEATED_RECORD(Severity.WARNING, ProblemCode.EVIDENCE_REPEATED),
  /**
   * Two records with the same identifying fields and different other fields (the same elder in
   * two tiers): the later one is not counted. Default: error.
   */
  CONFLICTING_RECORD(Severity.ERROR, ProblemCode.EVIDENCE_CONTRADICTORY),
  /**
   * A record with a date after the assessment year (a training held, a carrier started or a
   * designation conferred later): not counted. Default: warning.
   */
  DATED_AFTER_YEAR(Severity.WARNING, ProblemCode.EVIDENCE_AFTER_YEAR),
  /** An elder who joined after the assessment year: not counted. Default: warning. */
  JOINED_AFTER_YEAR(Severity.WARNING, ProblemCode.ELDER_JOINED_AFTER_YEAR),
  /** A training with 0 attendees or an activity with 0 participants: not counted. Default: warning. */
  NO_PARTICIPANTS(Severity.WARNING, ProblemCode.EVIDENCE_NO_PARTICIPANTS),
  /**
   * A training shorter than the standard's {@link Standard#getMinTrainingHours()}: not counted.
   * Default: warning.
   */
  TRAINING_TOO_SHORT(Severity.WARNING, ProblemCode.TRAINING_TOO_SHORT),
  /**
   * The organisation gives more working-team elders than the roster has counted entries; the
   * records still count. Default: warning.
   */
  TEAM_ABOVE_ROSTER(Severity.WARNING, ProblemCode.WORKING_TEAM_ABOVE_ROSTER),
  /**
   * The unit's district code starts with none of the standard's {@link
   * Standard#getJurisdiction()} prefixes. Default: error.
   */
  OUTSIDE_JURISDICTION(Severity.ERROR, ProblemCode.UNIT_OUTSIDE_JURISDICTION);

  private final Severity defaultSeverity;
  private final ProblemCode code;

  PlausibilityCheck(Severity defaultSeverity, ProblemCode code) {
    this.defaultSeverity = defaultSeverity;
    this.code = code;
  }

  /**
   * The severity of this check's findings unless a standard says otherwise; equal to the default
   * severity of {@link #code()}.
   *
   * @return the severity, never null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * The problem code of this check's findings.
   *
   * @return the code, never null
   */
  public ProblemCode code() {
    return code;
  }
}
