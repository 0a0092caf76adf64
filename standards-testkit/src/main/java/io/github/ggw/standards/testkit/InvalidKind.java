package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.problem.ProblemCode;

/**
 * The ways {@link Generators#invalidAssessments} breaks a valid self-assessment (无效自评类型),
 * each with the error problem code reading and scoring the broken assessment must report. The
 * first five change the claims; the last three change the header or the evidence and leave the
 * claims alone, so they also apply to an assessment without claims.
 */
public enum InvalidKind {
  /** One claim removed: an applicable item has no claim. */
  MISSING_CLAIM(ProblemCode.CLAIM_MISSING, true),
  /** One claim given twice. */
  DUPLICATE_CLAIM(ProblemCode.CLAIM_DUPLICATE, true),
  /** A claim added for the code {@code ZZ9}, which no generated or bundled standard has. */
  UNKNOWN_CODE(ProblemCode.CLAIM_UNKNOWN_CODE, true),
  /**
   * One claim raised to its item's maximum plus one step. Items scored by a discretionary
   * deduction get an {@link #UNKNOWN_CODE} claim instead, since their claim is a deduction.
   */
  ABOVE_MAXIMUM(ProblemCode.CLAIM_ABOVE_MAX, true),
  /**
   * One claim set to half a step: off the grid but within the maximum. Items scored by a
   * discretionary deduction get an {@link #UNKNOWN_CODE} claim instead.
   */
  OFF_STEP(ProblemCode.CLAIM_OFF_STEP, true),
  /** The standard's version with an {@code x} appended. */
  WRONG_VERSION(ProblemCode.ASSESSMENT_WRONG_VERSION, false),
  /** The year before the standard comes into force. */
  YEAR_OUTSIDE_VALIDITY(ProblemCode.ASSESSMENT_YEAR_OUTSIDE_VALIDITY, false),
  /** Two organisation records added to the evidence. */
  CONFLICTING_EVIDENCE(ProblemCode.EVIDENCE_CONFLICT, false);

  private final ProblemCode code;
  private final boolean changesClaims;

  InvalidKind(ProblemCode code, boolean changesClaims) {
    this.code = code;
    this.changesClaims = changesClaims;
  }

  /**
   * The problem code an assessment broken this way must produce, as an error.
   *
   * @return the code
   */
  public ProblemCode code() {
    return code;
  }

  /**
   * Whether this kind changes the claims (and so needs an assessment with a claim).
   *
   * @return true for the claim kinds
   */
  public boolean changesClaims() {
    return changesClaims;
  }
}
