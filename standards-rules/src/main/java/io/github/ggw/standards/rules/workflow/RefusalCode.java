package io.github.ggw.standards.rules.workflow;

/**
 * The rule a refused transition broke (拒绝理由代码). Codes never change meaning; callers match on
 * them, never on message text. Messages in zh-CN and en are in the bundles {@code
 * io/github/ggw/standards/rules/workflow/refusals*.properties}. The rules: see docs/workflow.md,
 * “Who may act: the unit registry” and “Adjustments”.
 */
public enum RefusalCode {
  // ---- who acts (from the registry, never from the file)
  /** The actor is not in the registry. */
  ACTOR_NOT_REGISTERED,
  /** The unit is not in the registry. */
  UNIT_NOT_REGISTERED,
  /** The file describes its unit (name, type or district) differently from the registry. */
  UNIT_RECORD_MISMATCH,
  /** The actor's role does not permit this transition. */
  ROLE_NOT_PERMITTED,
  /** Only the unit's own staff submit or resubmit its self-assessment. */
  NOT_UNIT_STAFF,
  /** A unit's own staff never review or approve it. */
  OWN_UNIT,
  /** A reviewer reviews only units of their district (the city for city-run schools); an
   *  approver approves only units of their city. */
  OUTSIDE_JURISDICTION,

  // ---- what is acted on
  /** The case file answers another standard or version than the workflow applies. */
  WRONG_STANDARD,
  /** A resubmission answers for another unit, standard, version or year than its file. */
  CASE_MISMATCH,
  /** The self-assessment has error problems against the standard; it cannot be scored. */
  ASSESSMENT_INVALID,

  // ---- when (the state machine)
  /** The district has already reviewed this submission. */
  ALREADY_REVIEWED,
  /** The city acts only after a district review. */
  NOT_REVIEWED,
  /** A returned file must be resubmitted and reviewed again before anyone acts on it. */
  RETURNED_AWAITING_RESUBMISSION,
  /** Only a returned file can be resubmitted. */
  NOT_RETURNED,
  /** An approved or rejected file is closed. */
  CASE_CLOSED,
  /** The clock lies before the file's last event: time in the trail only moves forward. */
  TIME_BEFORE_LAST_EVENT,

  // ---- integrity
  /** The evidence or claims changed after submission: the digest no longer matches. */
  INTEGRITY_BROKEN,
  /** The audit trail does not replay to the recorded file. */
  REPLAY_MISMATCH,

  // ---- the decision itself
  /** A reason is required (non-blank, at most 500 characters) and is missing or too long. */
  REASON_REQUIRED,
  /**
   * A reason holds a resident identity number or a mobile number (个人信息): reasons are kept in
   * the case file and shown to others, so personal numbers are refused.
   */
  PERSONAL_DATA_IN_REASON,
  /**
   * A designation's document number holds a resident identity number or a mobile number (个人信息):
   * document numbers are kept in the case file and printed by certification, so they are refused.
   */
  PERSONAL_DATA_IN_DOCUMENT_NUMBER,
  /** An adjustment names an item that is not a claimable item applying to the unit. */
  ADJUSTMENT_UNKNOWN_ITEM,
  /** An adjustment names an item computed from evidence; only judgement items are adjusted. */
  ADJUSTMENT_COMPUTED_ITEM,
  /** An adjustment exceeds the item's maximum. */
  ADJUSTMENT_ABOVE_MAX,
  /** An adjustment is off the judgement rule's step. */
  ADJUSTMENT_OFF_STEP,
  /** One decision adjusts the same item twice. */
  ADJUSTMENT_DUPLICATE,
  /** An adjustment leaves the item's points as they were. */
  ADJUSTMENT_UNCHANGED,
  /** The city stage result is not eligible for certification (threshold, key item or veto). */
  NOT_ELIGIBLE,
  /** The designation's document date lies before the district review. */
  DESIGNATION_BEFORE_REVIEW,
  /** An adjustment sets deficiency counts on an item that is not scored by counted deduction. */
  ADJUSTMENT_NOT_COUNTED,
  /** An adjustment sets the points of a counted deduction, whose points come from its counts. */
  ADJUSTMENT_COUNTS_REQUIRED,
  /** An adjustment counts a deficiency code the item's counted deduction does not declare. */
  ADJUSTMENT_UNKNOWN_DEFICIENCY,

  // ---- signed decisions (see docs/workflow.md, “Offices and signed decisions”)
  /** A signed workflow decides only with a key ({@link Workflow#signingWith}). */
  SIGNATURE_REQUIRED,
  /** The key decided with is held by no office of the registry. */
  KEY_NOT_REGISTERED,
  /** The office is unknown, of the wrong level for the decision, or of another jurisdiction
   *  than the actor's. */
  OFFICE_NOT_PERMITTED,
  /** The actor does not act for the office whose key signs. */
  ACTOR_NOT_OF_OFFICE,
  /** A recorded decision is signed with a key the registry does not hold for its office. */
  KEY_NOT_OF_OFFICE,
  /** The decision lies before the key's {@code validFrom} or at or after its {@code revokedOn}. */
  KEY_NOT_VALID,
  /** A published demo key signs, and the registry is not a demo registry. */
  DEMO_KEY_REFUSED,
  /** A recorded decision carries no office or no signature. */
  SIGNATURE_MISSING,
  /** A recorded signature does not verify over the decision's content. */
  SIGNATURE_INVALID,

  // ---- times (see docs/workflow.md, “Times”)
  /** The event lies outside the review window of the assessment year. */
  TIME_OUTSIDE_REVIEW_WINDOW,
  /** A recorded event lies after the clock the file is read with. */
  TIME_IN_FUTURE,
  /** The designation's date lies before the approval itself. */
  DESIGNATION_BEFORE_APPROVAL,
  /** The designation's document number does not follow the issuing office's pattern. */
  DOCUMENT_NUMBER_OUT_OF_PATTERN
}
