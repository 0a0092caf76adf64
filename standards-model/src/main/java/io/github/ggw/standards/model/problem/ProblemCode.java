package io.github.ggw.standards.model.problem;

/**
 * The stable code of every problem this library reports (问题代码). Codes never change meaning;
 * tests and integrators match on them, never on message text. Each has a default severity and a
 * message in the bundles {@code io/github/ggw/standards/model/problem/messages*.properties}, in
 * zh-CN and en, whose placeholders {@code {0}}, {@code {1}}… take the problem's arguments.
 */
public enum ProblemCode {
  // ---- reading bytes and JSON (standards-json)
  /** The file or stream could not be read. */
  INPUT_UNREADABLE(Severity.ERROR),
  /** The input is empty, or its root is {@code null}. */
  INPUT_EMPTY(Severity.ERROR),
  /** The bytes are not UTF-8 (a BOM is accepted). */
  INPUT_ENCODING(Severity.ERROR),
  /** The input is not well-formed JSON. */
  JSON_SYNTAX(Severity.ERROR),
  /** A reading limit (size, depth, string or number length) was exceeded. */
  JSON_LIMIT_EXCEEDED(Severity.ERROR),
  /** A member name appears twice in one object. */
  JSON_DUPLICATE_KEY(Severity.ERROR),
  /** A member that the format does not have. */
  JSON_UNKNOWN_PROPERTY(Severity.ERROR),
  /** A required member is missing or null. */
  JSON_MISSING_PROPERTY(Severity.ERROR),
  /** A member has the wrong JSON type or an unknown enumeration value. */
  JSON_WRONG_TYPE(Severity.ERROR),
  /** A member's value is outside what its type allows (a negative count, a malformed code…). */
  JSON_INVALID_VALUE(Severity.ERROR),
  /** The document's {@code kind} is not the one expected. */
  JSON_WRONG_KIND(Severity.ERROR),
  /** The document's {@code formatVersion} is not supported. */
  JSON_UNSUPPORTED_FORMAT_VERSION(Severity.ERROR),
  /** Content follows the end of the root value. */
  JSON_TRAILING_CONTENT(Severity.ERROR),
  /** A Bean Validation constraint on a value is broken. */
  CONSTRAINT_VIOLATED(Severity.ERROR),

  // ---- checks of a standard (model and rules)
  /** The points of a node's regular and key children do not add up to its points. */
  STANDARD_BUDGET_MISMATCH(Severity.ERROR),
  /** Two criteria share a code. */
  STANDARD_DUPLICATE_CODE(Severity.ERROR),
  /** A leaf has no scoring rule, or a node with children has one. */
  STANDARD_RULE_PLACEMENT(Severity.ERROR),
  /** A rule does not fit its criterion (kind, points, step). */
  STANDARD_RULE_INVALID(Severity.ERROR),
  /** The rungs of a threshold ladder are not in descending order. */
  STANDARD_LADDER_UNORDERED(Severity.ERROR),
  /** A per-occurrence rule awards more for one occurrence than the item's cap. */
  STANDARD_CAP_BELOW_OCCURRENCE(Severity.ERROR),
  /** Dimension weights are partly given, or do not sum to the nominal maximum. */
  STANDARD_WEIGHTS_INVALID(Severity.ERROR),
  /** Rating bands leave a gap, overlap, or do not start at zero. */
  STANDARD_BANDS_INVALID(Severity.ERROR),
  /** A rating band cannot be reached by any total. */
  STANDARD_BAND_UNREACHABLE(Severity.ERROR),
  /** The certification threshold lies above the highest reachable total. */
  STANDARD_THRESHOLD_INVALID(Severity.ERROR),
  /** A rule names a measure the registry does not know. */
  STANDARD_UNKNOWN_MEASURE(Severity.ERROR),
  /** A measure is given a parameter it does not take. */
  STANDARD_MEASURE_PARAMETER(Severity.ERROR),
  /** A measure's value type does not fit the rule (a ladder needs a number). */
  STANDARD_MEASURE_TYPE(Severity.ERROR),
  /** An item is marked not applicable to a unit type the standard does not cover. */
  STANDARD_APPLICABILITY(Severity.WARNING),

  // ---- checks of an assessment against its standard (rules)
  /** The assessment answers another standard. */
  ASSESSMENT_WRONG_STANDARD(Severity.ERROR),
  /** The assessment answers another version of the standard. */
  ASSESSMENT_WRONG_VERSION(Severity.ERROR),
  /** The assessment year lies outside the standard's validity. */
  ASSESSMENT_YEAR_OUTSIDE_VALIDITY(Severity.ERROR),
  /** The standard does not cover the unit's type. */
  ASSESSMENT_UNIT_TYPE_NOT_COVERED(Severity.ERROR),
  /** An applicable item has no claim. */
  CLAIM_MISSING(Severity.ERROR),
  /** An item is claimed twice. */
  CLAIM_DUPLICATE(Severity.ERROR),
  /** A claim names a code the standard does not have, or a veto item. */
  CLAIM_UNKNOWN_CODE(Severity.ERROR),
  /** A claim names an item that does not apply to the unit's type. */
  CLAIM_NOT_APPLICABLE(Severity.ERROR),
  /** A claim is off the points grid of its rule. */
  CLAIM_OFF_STEP(Severity.ERROR),
  /** A claim exceeds the item's maximum. */
  CLAIM_ABOVE_MAX(Severity.ERROR),
  /** A claim exceeds the points computed from evidence (自评偏高); both figures are given. */
  CLAIM_OVER_COMPUTED(Severity.WARNING),
  /** A claim is below the points computed from evidence (自评偏低). */
  CLAIM_UNDER_COMPUTED(Severity.INFO),
  /** Two pieces of evidence contradict each other (two organisation records). */
  EVIDENCE_CONFLICT(Severity.ERROR),
  /** A dated piece of evidence lies outside the assessment year; measures ignore it. */
  EVIDENCE_OUTSIDE_YEAR(Severity.WARNING),
  /** Free text holds a mainland resident identity number (18 characters, valid checksum). */
  PERSONAL_DATA_IDENTITY_NUMBER(Severity.ERROR),
  /** Free text holds a mainland mobile number. */
  PERSONAL_DATA_MOBILE_NUMBER(Severity.ERROR),
  /** A number is written with full-width digits or a Chinese decimal comma or point. */
  JSON_NON_ASCII_NUMBER(Severity.ERROR),

  // ---- issue 5: action-plan progress over a district's reports (rules)
  /** Two score reports of one unit for one year were given; progress is not computed. */
  PLAN_DUPLICATE_REPORT(Severity.ERROR),
  /** A report or designation belongs to a unit of another district; it is not counted. */
  PLAN_OTHER_DISTRICT(Severity.WARNING),
  /** A report or designation falls after the plan's period (or a report before it); not counted. */
  PLAN_OUTSIDE_PERIOD(Severity.WARNING),

  // ---- issue 3: standards as data (sheet features, CSV import, tailoring, quotas)
  /** A code is named (a CSV row's parent, a profile's selection) but no such item exists. */
  STANDARD_DANGLING_CODE(Severity.ERROR),
  /** A veto changes nothing: a band cap without a band, a cap at the best band, a floor of 0. */
  STANDARD_VETO_NO_EFFECT(Severity.ERROR),
  /** A tailored profile leaves no scored item. */
  STANDARD_PROFILE_EMPTY(Severity.ERROR),
  /** A profile names another base standard or version, or a unit type the base does not cover. */
  STANDARD_PROFILE_MISMATCH(Severity.ERROR),
  /** A rating quota names an undeclared or the lowest band, or a band twice. */
  STANDARD_QUOTA_INVALID(Severity.ERROR),
  /** A standard's version claims to replace itself. */
  STANDARD_LINEAGE_INVALID(Severity.ERROR),
  /** The standard's rounding cannot round a total (UNNECESSARY). */
  STANDARD_ROUNDING_INVALID(Severity.ERROR),
  /** A bonus item can never count because the standard's bonus cap is 0. */
  STANDARD_BONUS_UNREACHABLE(Severity.WARNING),
  /** A rule parameter written in a CSV cell is unknown, missing or of the wrong type. */
  STANDARD_PARAMETER_INVALID(Severity.ERROR),
  /** The CSV header lacks a required column. */
  CSV_COLUMN_MISSING(Severity.ERROR),
  /** The CSV header has a column the format does not have (it would be lost). */
  CSV_COLUMN_UNKNOWN(Severity.ERROR),
  /** A CSV line has more cells than the header. */
  CSV_ROW_INVALID(Severity.ERROR),
  /** A CSV cell holds a value its column does not allow. */
  CSV_CELL_INVALID(Severity.ERROR),
  /** The CSV has no {@code @standard} row, or more than one. */
  CSV_STANDARD_ROW_MISSING(Severity.ERROR),
  /** The input is not well-formed CSV (such as an unclosed quote). */
  CSV_SYNTAX(Severity.ERROR),
  /** A claim on a discretionary deduction deducts an amount outside the declared range or step. */
  CLAIM_OUTSIDE_RANGE(Severity.ERROR),
  /** A claim makes a discretionary deduction without a written reason (an empty narrative). */
  CLAIM_REASON_MISSING(Severity.ERROR),

  // ---- case files of the review workflow (issue 4)
  /**
   * A digest recorded in a case file no longer matches its submission: the evidence or claims
   * changed after submission.
   */
  CASE_FILE_DIGEST_MISMATCH(Severity.ERROR),
  /**
   * A case file's audit trail does not replay to the recorded file under the registry and
   * standard given: an event breaks a workflow rule, or the recorded state was edited.
   */
  CASE_FILE_REPLAY_REFUSED(Severity.ERROR);

  private final Severity defaultSeverity;

  ProblemCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * The severity a problem of this code has unless its reporter says otherwise.
   *
   * @return the severity, never null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
