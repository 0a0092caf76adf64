package io.github.ggw.standards.model.problem;

/**
 * The stable code of every problem this library reports (问题代码). Codes never change meaning;
 * tests and integrators match on them, never on message text. Each has a default severity, a
 * {@link Concern}, and a message in its concern's bundles ({@link Concern#bundleName()}, such as
 * {@code io/github/ggw/standards/model/problem/input.properties} and {@code input_zh.properties}),
 * in zh-CN and en, whose placeholders {@code {0}}, {@code {1}}… take the problem's arguments.
 */
public enum ProblemCode {
  // ---- reading bytes and JSON (standards-json)
  /** The file or stream could not be read. */
  INPUT_UNREADABLE(Severity.ERROR, Concern.INPUT),
  /** The input is empty, or its root is {@code null}. */
  INPUT_EMPTY(Severity.ERROR, Concern.INPUT),
  /** The bytes are not UTF-8 (a BOM is accepted). */
  INPUT_ENCODING(Severity.ERROR, Concern.INPUT),
  /** The input is not well-formed JSON. */
  JSON_SYNTAX(Severity.ERROR, Concern.INPUT),
  /** A reading limit (size, depth, string or number length) was exceeded. */
  INPUT_LIMIT_EXCEEDED(Severity.ERROR, Concern.INPUT),
  /** A member name appears twice in one object. */
  JSON_DUPLICATE_KEY(Severity.ERROR, Concern.INPUT),
  /** A member that the format does not have. */
  JSON_UNKNOWN_PROPERTY(Severity.ERROR, Concern.INPUT),
  /** A required member is missing or null. */
  JSON_MISSING_PROPERTY(Severity.ERROR, Concern.INPUT),
  /** A member has the wrong JSON type or an unknown enumeration value. */
  JSON_WRONG_TYPE(Severity.ERROR, Concern.INPUT),
  /** A member's value is outside what its type allows (a negative count, a malformed code…). */
  JSON_INVALID_VALUE(Severity.ERROR, Concern.INPUT),
  /** The document's {@code kind} is not the one expected. */
  JSON_WRONG_KIND(Severity.ERROR, Concern.INPUT),
  /** The document's {@code formatVersion} is not supported. */
  JSON_UNSUPPORTED_FORMAT_VERSION(Severity.ERROR, Concern.INPUT),
  /** Content follows the end of the root value. */
  JSON_TRAILING_CONTENT(Severity.ERROR, Concern.INPUT),
  /** A Bean Validation constraint on a value is broken. */
  CONSTRAINT_VIOLATED(Severity.ERROR, Concern.INPUT),

  // ---- checks of a standard (model and rules)
  /** The points of a node's regular and key children do not add up to its points. */
  STANDARD_BUDGET_MISMATCH(Severity.ERROR, Concern.STANDARD),
  /** Two criteria share a code. */
  STANDARD_DUPLICATE_CODE(Severity.ERROR, Concern.STANDARD),
  /** A leaf has no scoring rule, or a node with children has one. */
  STANDARD_RULE_PLACEMENT(Severity.ERROR, Concern.STANDARD),
  /** A rule does not fit its criterion (kind, points, step). */
  STANDARD_RULE_INVALID(Severity.ERROR, Concern.STANDARD),
  /** The rungs of a threshold ladder are not in descending order. */
  STANDARD_LADDER_UNORDERED(Severity.ERROR, Concern.STANDARD),
  /** A per-occurrence rule awards more for one occurrence than the item's cap. */
  STANDARD_CAP_BELOW_OCCURRENCE(Severity.ERROR, Concern.STANDARD),
  /** Dimension weights are partly given, or do not sum to the nominal maximum. */
  STANDARD_WEIGHTS_INVALID(Severity.ERROR, Concern.STANDARD),
  /** Rating bands leave a gap, overlap, or do not start at zero. */
  STANDARD_BANDS_INVALID(Severity.ERROR, Concern.STANDARD),
  /** A rating band cannot be reached by any total. */
  STANDARD_BAND_UNREACHABLE(Severity.ERROR, Concern.STANDARD),
  /** The certification threshold lies above the highest reachable total. */
  STANDARD_THRESHOLD_INVALID(Severity.ERROR, Concern.STANDARD),
  /** A rule names a measure the registry does not know. */
  STANDARD_UNKNOWN_MEASURE(Severity.ERROR, Concern.STANDARD),
  /** A measure is given a parameter it does not take. */
  STANDARD_MEASURE_PARAMETER(Severity.ERROR, Concern.STANDARD),
  /** A measure's value type does not fit the rule (a ladder needs a number). */
  STANDARD_MEASURE_TYPE(Severity.ERROR, Concern.STANDARD),
  /** An item is marked not applicable to a unit type the standard does not cover. */
  STANDARD_APPLICABILITY(Severity.WARNING, Concern.STANDARD),

  // ---- checks of an assessment against its standard (rules)
  /** The assessment answers another standard. */
  ASSESSMENT_WRONG_STANDARD(Severity.ERROR, Concern.ASSESSMENT),
  /** The assessment answers another version of the standard. */
  ASSESSMENT_WRONG_VERSION(Severity.ERROR, Concern.ASSESSMENT),
  /** The assessment year lies outside the standard's validity. */
  ASSESSMENT_YEAR_OUTSIDE_VALIDITY(Severity.ERROR, Concern.ASSESSMENT),
  /** The standard does not cover the unit's type. */
  ASSESSMENT_UNIT_TYPE_NOT_COVERED(Severity.ERROR, Concern.ASSESSMENT),
  /** An applicable item has no claim. */
  CLAIM_MISSING(Severity.ERROR, Concern.ASSESSMENT),
  /** An item is claimed twice. */
  CLAIM_DUPLICATE(Severity.ERROR, Concern.ASSESSMENT),
  /** A claim names a code the standard does not have, or a veto item. */
  CLAIM_UNKNOWN_CODE(Severity.ERROR, Concern.ASSESSMENT),
  /** A claim names an item that does not apply to the unit's type. */
  CLAIM_NOT_APPLICABLE(Severity.ERROR, Concern.ASSESSMENT),
  /** A claim is off the points grid of its rule. */
  CLAIM_OFF_STEP(Severity.ERROR, Concern.ASSESSMENT),
  /** A claim exceeds the item's maximum. */
  CLAIM_ABOVE_MAX(Severity.ERROR, Concern.ASSESSMENT),
  /** A claim exceeds the points computed from evidence (自评偏高); both figures are given. */
  CLAIM_OVER_COMPUTED(Severity.WARNING, Concern.ASSESSMENT),
  /** A claim is below the points computed from evidence (自评偏低). */
  CLAIM_UNDER_COMPUTED(Severity.INFO, Concern.ASSESSMENT),
  /** Two pieces of evidence contradict each other (two organisation records). */
  EVIDENCE_CONFLICT(Severity.ERROR, Concern.ASSESSMENT),
  /** A dated piece of evidence lies outside the assessment year; measures ignore it. */
  EVIDENCE_OUTSIDE_YEAR(Severity.WARNING, Concern.ASSESSMENT),
  /**
   * A record repeats another (same identifying fields, equal other fields); it is counted once.
   * Arguments: the kind, the pointer of the first record, the items reading the kind.
   */
  EVIDENCE_REPEATED(Severity.WARNING, Concern.ASSESSMENT),
  /**
   * A record has the identifying fields of another but different other fields; the later one is
   * not counted. Arguments: the kind, the pointer of the first record, the fields that differ,
   * the items reading the kind.
   */
  EVIDENCE_CONTRADICTORY(Severity.ERROR, Concern.ASSESSMENT),
  /**
   * A record is dated after the assessment year; it is not counted. Arguments: the kind, the
   * field, the date, the year, the items reading the kind.
   */
  EVIDENCE_AFTER_YEAR(Severity.WARNING, Concern.ASSESSMENT),
  /**
   * An elder joined after the assessment year; not counted. Arguments: the date, the year, the
   * items reading the roster.
   */
  ELDER_JOINED_AFTER_YEAR(Severity.WARNING, Concern.ASSESSMENT),
  /**
   * A training or activity had no one taking part; not counted. Arguments: the kind, the items
   * reading the kind.
   */
  EVIDENCE_NO_PARTICIPANTS(Severity.WARNING, Concern.ASSESSMENT),
  /**
   * A training is shorter than the standard's minimum hours; not counted. Arguments: the hours,
   * the minimum, the items reading trainings.
   */
  TRAINING_TOO_SHORT(Severity.WARNING, Concern.ASSESSMENT),
  /**
   * The organisation gives more working-team elders than the roster's counted entries.
   * Arguments: the working-team elders, the roster entries, the items reading the organisation.
   */
  WORKING_TEAM_ABOVE_ROSTER(Severity.WARNING, Concern.ASSESSMENT),
  /**
   * The unit's district lies outside the standard's jurisdiction. Arguments: the district code,
   * the jurisdiction's code prefixes.
   */
  UNIT_OUTSIDE_JURISDICTION(Severity.ERROR, Concern.ASSESSMENT),
  /** Free text holds a mainland resident identity number (18 characters, valid checksum). */
  PERSONAL_DATA_IDENTITY_NUMBER(Severity.ERROR, Concern.TRUST),
  /** Free text holds a mainland mobile number. */
  PERSONAL_DATA_MOBILE_NUMBER(Severity.ERROR, Concern.TRUST),
  /** A number is written with full-width digits or a Chinese decimal comma or point. */
  JSON_NON_ASCII_NUMBER(Severity.ERROR, Concern.INPUT),
  /**
   * A reader found more problems in one document than it reports (200); arguments: how many
   * were left out, and the cap. A warning: the document is refused by the errors reported.
   */
  PROBLEMS_TRUNCATED(Severity.WARNING, Concern.INPUT),

  // ---- action-plan progress over a district's reports (rules)
  /** Two score reports of one unit for one year were given; progress is not computed. */
  PLAN_DUPLICATE_REPORT(Severity.ERROR, Concern.ASSESSMENT),
  /** A report or designation belongs to a unit of another district; it is not counted. */
  PLAN_OTHER_DISTRICT(Severity.WARNING, Concern.ASSESSMENT),
  /** A report or designation falls after the plan's period (or a report before it); not counted. */
  PLAN_OUTSIDE_PERIOD(Severity.WARNING, Concern.ASSESSMENT),

  // ---- standards as data (sheet features, CSV import, tailoring, quotas)
  /** A code is named (a CSV row's parent, a profile's selection) but no such item exists. */
  STANDARD_DANGLING_CODE(Severity.ERROR, Concern.STANDARD),
  /** A veto changes nothing: a band cap without a band, a cap at the best band, a floor of 0. */
  STANDARD_VETO_NO_EFFECT(Severity.ERROR, Concern.STANDARD),
  /** A tailored profile leaves no scored item. */
  STANDARD_PROFILE_EMPTY(Severity.ERROR, Concern.STANDARD),
  /** A profile names another base standard or version, or a unit type the base does not cover. */
  STANDARD_PROFILE_MISMATCH(Severity.ERROR, Concern.STANDARD),
  /** A rating quota names an undeclared or the lowest band, or a band twice. */
  STANDARD_QUOTA_INVALID(Severity.ERROR, Concern.STANDARD),
  /** A standard's version claims to replace itself. */
  STANDARD_LINEAGE_INVALID(Severity.ERROR, Concern.STANDARD),
  /** The standard's rounding cannot round a total (UNNECESSARY). */
  STANDARD_ROUNDING_INVALID(Severity.ERROR, Concern.STANDARD),
  /** A bonus item can never count because the standard's bonus cap is 0. */
  STANDARD_BONUS_UNREACHABLE(Severity.WARNING, Concern.STANDARD),
  /** A rule parameter written in a CSV cell is unknown, missing or of the wrong type. */
  STANDARD_PARAMETER_INVALID(Severity.ERROR, Concern.STANDARD),
  /**
   * The dimension weights do not add up to the composite scale (the declared {@code
   * compositeScale}, else the nominal maximum); arguments: the sum found, the scale.
   */
  STANDARD_WEIGHTS_SUM(Severity.ERROR, Concern.STANDARD),
  /**
   * A composite scale is declared without weights and differs from the nominal maximum;
   * arguments: the scale, the nominal maximum.
   */
  STANDARD_SCALE_INVALID(Severity.ERROR, Concern.STANDARD),
  /** The CSV header lacks a required column. */
  CSV_COLUMN_MISSING(Severity.ERROR, Concern.SHEETS),
  /** The CSV header has a column the format does not have (it would be lost). */
  CSV_COLUMN_UNKNOWN(Severity.ERROR, Concern.SHEETS),
  /** A CSV line has more cells than the header. */
  CSV_ROW_INVALID(Severity.ERROR, Concern.SHEETS),
  /** A CSV cell holds a value its column does not allow. */
  CSV_CELL_INVALID(Severity.ERROR, Concern.SHEETS),
  /** The CSV has no {@code @standard} row, or more than one. */
  CSV_STANDARD_ROW_MISSING(Severity.ERROR, Concern.SHEETS),
  /** The input is not well-formed CSV (such as an unclosed quote). */
  CSV_SYNTAX(Severity.ERROR, Concern.SHEETS),
  /**
   * The file is not an XLSX workbook: an old Excel or WPS file ({@code .xls}, {@code .et}), a
   * macro-enabled or binary workbook, an OpenDocument spreadsheet, or no workbook at all (a Word
   * document, a zip archive, a PDF document, an image, JSON, XML or HTML, plain text, a file of
   * unknown kind); arguments: what the file is in English, then in Chinese; the message names it
   * and says to send the workbook saved as .xlsx.
   */
  WORKBOOK_NOT_XLSX(Severity.ERROR, Concern.SHEETS),
  /** The workbook is protected by a password (encrypted); it cannot be read until saved without. */
  WORKBOOK_ENCRYPTED(Severity.ERROR, Concern.SHEETS),
  /** The workbook is a damaged zip archive or holds XML that cannot be parsed. */
  WORKBOOK_MALFORMED(Severity.ERROR, Concern.SHEETS),
  /** The workbook's XML declares a document type or entities (an external-entity attack). */
  WORKBOOK_UNSAFE_XML(Severity.ERROR, Concern.SHEETS),
  /** The workbook lacks its {@code _meta} sheet, or the sheet names another kind or version. */
  WORKBOOK_META_INVALID(Severity.ERROR, Concern.SHEETS),
  /**
   * A sheet the workbook must have is missing: unit information, self-scores, or any other data
   * sheet its {@code _meta} names (the template had it; its rows would be lost); argument: the
   * sheet's name.
   */
  WORKBOOK_SHEET_MISSING(Severity.ERROR, Concern.SHEETS),
  /** A sheet the template does not have (error in strict mode, warning in lenient). */
  WORKBOOK_SHEET_UNKNOWN(Severity.ERROR, Concern.SHEETS),
  /** Two sheets hold the same part of the form (such as a second unit sheet). */
  WORKBOOK_SHEET_DUPLICATE(Severity.ERROR, Concern.SHEETS),
  /** A data sheet is hidden; it is read all the same. */
  WORKBOOK_SHEET_HIDDEN(Severity.WARNING, Concern.SHEETS),
  /** A column the template's sheet does not have (error in strict mode, warning in lenient). */
  WORKBOOK_COLUMN_UNKNOWN(Severity.ERROR, Concern.SHEETS),
  /** A column the sheet needs is missing (neither its key nor its header is found). */
  WORKBOOK_COLUMN_MISSING(Severity.ERROR, Concern.SHEETS),
  /** Cells of a data row are merged; each cell of a record must hold its own value. */
  WORKBOOK_MERGED_CELLS(Severity.ERROR, Concern.SHEETS),
  /**
   * A required cell is empty: in a row with some cells filled, or in the one row a sheet must
   * have (the unit's, filled or not); argument: the column's header.
   */
  WORKBOOK_CELL_REQUIRED(Severity.ERROR, Concern.SHEETS),
  /** A cell holds a value its column does not take (a number, a yes/no, text out of pattern). */
  WORKBOOK_CELL_INVALID(Severity.ERROR, Concern.SHEETS),
  /** A cell holds a label its column does not list; the closest allowed labels are the hint. */
  WORKBOOK_LABEL_UNKNOWN(Severity.ERROR, Concern.SHEETS),
  /** A cell holds a date in a form the reader does not accept, or no date at all. */
  WORKBOOK_DATE_INVALID(Severity.ERROR, Concern.SHEETS),
  /** A date in an ambiguous form (two-digit year, D/M/YYYY or M/D/YYYY); the hint gives the forms. */
  WORKBOOK_DATE_AMBIGUOUS(Severity.ERROR, Concern.SHEETS),
  /** A number in a General cell was read as an Excel serial date. */
  WORKBOOK_DATE_SERIAL(Severity.WARNING, Concern.SHEETS),
  /** A formula cell was read by the value last calculated. */
  WORKBOOK_FORMULA(Severity.WARNING, Concern.SHEETS),
  /** A formula cell has no value calculated, so it cannot be read. */
  WORKBOOK_FORMULA_NO_VALUE(Severity.ERROR, Concern.SHEETS),
  /**
   * A standard's workbook holds a yes/no, error or date cell, where its cells hold text or
   * numbers; arguments: the column's header, the cell's value, what the cell holds in English,
   * the same in Chinese.
   */
  WORKBOOK_CELL_TYPE(Severity.ERROR, Concern.SHEETS),
  /**
   * A workbook (a standard's, or a self-assessment's data sheet) holds a value in a column
   * without a header or key (it would be lost); argument: the value, personal numbers masked.
   */
  WORKBOOK_CELL_UNHEADED(Severity.ERROR, Concern.SHEETS),
  /**
   * A self-assessment workbook's locked cell (the unit type, the standard or its version, on the
   * unit sheet) holds another value than the one the template was made with, as its {@code _meta}
   * records it: the sheets were written for the template's (a primary school's items are not a
   * kindergarten's); arguments: the column's header, the template's value, the cell's value.
   */
  WORKBOOK_LOCKED_CELL_CHANGED(Severity.ERROR, Concern.SHEETS),
  /**
   * The header row of a standard's sheet names a column the form does not have (it would be
   * lost); arguments: the sheet, the header text, the columns of the form.
   */
  WORKBOOK_STANDARD_COLUMN_UNKNOWN(Severity.ERROR, Concern.SHEETS),
  /**
   * The header row of a standard's sheet lacks a column the form requires; arguments: the sheet,
   * the column's English header, its Chinese header.
   */
  WORKBOOK_STANDARD_COLUMN_MISSING(Severity.ERROR, Concern.SHEETS),
  /**
   * A cell of a standard's sheet holds a value its column does not allow (the workbook's form of
   * {@link #CSV_CELL_INVALID}); arguments: the column's header, the value, what is expected in
   * English, the same in Chinese.
   */
  WORKBOOK_STANDARD_CELL_INVALID(Severity.ERROR, Concern.SHEETS),
  /**
   * A standard's sheet has no {@code @standard} row, or more than one; arguments: the sheet, the
   * count of such rows.
   */
  WORKBOOK_STANDARD_ROW_MISSING(Severity.ERROR, Concern.SHEETS),
  /** A claim on a discretionary deduction deducts an amount outside the declared range or step. */
  CLAIM_OUTSIDE_RANGE(Severity.ERROR, Concern.ASSESSMENT),
  /** A claim makes a discretionary deduction without a written reason (an empty narrative). */
  CLAIM_REASON_MISSING(Severity.ERROR, Concern.ASSESSMENT),
  /**
   * Pre-filling a workbook for a new year: a dated evidence record of the source lies outside the
   * new year and is not carried over.
   */
  CARRY_OVER_RECORD_DROPPED(Severity.WARNING, Concern.SHEETS),
  /**
   * Pre-filling a workbook from an assessment of another standard version, or for another unit
   * type: a claim names an item the new standard's sheet does not list, and is not carried over.
   */
  CARRY_OVER_CLAIM_UNMAPPED(Severity.WARNING, Concern.SHEETS),
  /**
   * A claim counts a deficiency its item's counted deduction does not declare; arguments: the
   * item, the code written, the declared codes.
   */
  CLAIM_DEFICIENCY_UNKNOWN(Severity.ERROR, Concern.ASSESSMENT),
  /**
   * A claim carries deficiency counts for an item that is not scored by a counted deduction;
   * arguments: the item, the codes written.
   */
  CLAIM_DEFICIENCIES_NOT_COUNTED(Severity.ERROR, Concern.ASSESSMENT),
  /**
   * A counted deduction's claim states points other than its counts give; arguments: the item,
   * the points stated, the points the counts give, the deduction due.
   */
  CLAIM_POINTS_NOT_COUNTS(Severity.ERROR, Concern.ASSESSMENT),
  /** A standard declares the same fact code twice. */
  STANDARD_FACT_DUPLICATE(Severity.ERROR, Concern.STANDARD),
  /**
   * A fact declaration does not fit its type: a CHOICE without choices (or with a choice twice),
   * choices on another type, bounds on a type that is not a number, the lowest above the highest.
   */
  STANDARD_FACT_INVALID(Severity.ERROR, Concern.STANDARD),
  /** A rule reads {@code fact.<code>} but the standard declares no such fact. */
  STANDARD_FACT_UNDECLARED(Severity.ERROR, Concern.STANDARD),
  /** A rule compares a declared fact with an operator or a value its type does not take. */
  STANDARD_FACT_OPERATOR(Severity.ERROR, Concern.STANDARD),
  /** A rule reads a declared fact that the self-assessment does not give. */
  FACT_MISSING(Severity.ERROR, Concern.ASSESSMENT),
  /** A self-assessment gives a value for the same fact twice. */
  FACT_DUPLICATE(Severity.ERROR, Concern.ASSESSMENT),
  /** A self-assessment gives a fact its standard does not declare. */
  FACT_UNDECLARED(Severity.ERROR, Concern.ASSESSMENT),
  /** A fact's value does not fit its declared type, bounds or choices. */
  FACT_VALUE_INVALID(Severity.ERROR, Concern.ASSESSMENT),
  /**
   * An item's maximum is not a multiple of its grid (the item's step, else its rule's, else the
   * standard's claimStep); the message names the step and the nearest valid maxima.
   */
  STANDARD_MAX_OFF_STEP(Severity.ERROR, Concern.STANDARD),
  /** An item's step contradicts the step of its rule (judgement, discretionary deduction). */
  STANDARD_STEP_CONFLICT(Severity.ERROR, Concern.STANDARD),
  /**
   * A standard's review window does not make a window: it opens 0 to 59 months after 1 January
   * of the assessment year and closes after it opens, at most 60 months after that day.
   */
  STANDARD_REVIEW_WINDOW_INVALID(Severity.ERROR, Concern.STANDARD),
  /**
   * A filtered measure reads an evidence kind the registry does not have; the message names the
   * closest kinds and every kind.
   */
  STANDARD_FILTER_KIND(Severity.ERROR, Concern.STANDARD),
  /**
   * A filtered measure's {@code where} or {@code of} names a field its evidence kind does not
   * have; the message names the closest fields and every field of the kind.
   */
  STANDARD_FILTER_FIELD(Severity.ERROR, Concern.STANDARD),
  /**
   * A filter's operator does not fit its field's type (such as {@code atLeast} on a text or an
   * unordered choice, or anything but {@code equals} on a flag); the message says which fit.
   */
  STANDARD_FILTER_OPERATOR(Severity.ERROR, Concern.STANDARD),
  /**
   * A filter's value is not of its field's type, or not one of an enumeration's constants; the
   * message says what is expected and names the closest constants.
   */
  STANDARD_FILTER_VALUE(Severity.ERROR, Concern.STANDARD),
  /**
   * A filtered measure's {@code of} is missing for {@code sum} or {@code distinct}, given to a
   * {@code count}, or names a field that is not a number for {@code sum}.
   */
  STANDARD_FILTER_OF(Severity.ERROR, Concern.STANDARD),

  // ---- case files of the review workflow
  /**
   * A digest recorded in a case file no longer matches its submission: the evidence or claims
   * changed after submission.
   */
  CASE_FILE_DIGEST_MISMATCH(Severity.ERROR, Concern.TRUST),
  /**
   * A case file's audit trail does not replay to the recorded file under the registry and
   * standard given: an event breaks a workflow rule, or the recorded state was edited.
   */
  CASE_FILE_REPLAY_REFUSED(Severity.ERROR, Concern.WORKFLOW),

  // ---- needs and resource menus
  /** A menu entry names a choice (category, beneficiary, unit, elder kind, tier) not on its list. */
  MENU_CHOICE_UNKNOWN(Severity.ERROR, Concern.MENUS),
  /** A need's count or a resource's capacity is not a whole number from 1 to 10,000. */
  MENU_AMOUNT_OUT_OF_RANGE(Severity.ERROR, Concern.MENUS),
  /** A date of a menu is not written YYYY-MM-DD or is not a calendar date. */
  MENU_DATE_INVALID(Severity.ERROR, Concern.MENUS),
  /** A time window of a menu ends before it starts. */
  MENU_WINDOW_REVERSED(Severity.ERROR, Concern.MENUS),
  /** An identifier of a menu (entry, elder, unit) is not letters, digits, "_" and "-". */
  MENU_ID_INVALID(Severity.ERROR, Concern.MENUS),
  /** Two entries of one menu share an identifier. */
  MENU_DUPLICATE_ID(Severity.ERROR, Concern.MENUS),
  /** A menu's year lies outside 2000–2100. */
  MENU_YEAR_INVALID(Severity.ERROR, Concern.MENUS),
  /** A menu holds more than 2,000 entries. */
  MENU_TOO_MANY_ENTRIES(Severity.ERROR, Concern.MENUS),
  /** A resource offers no category or gives no time window. */
  MENU_LIST_EMPTY(Severity.ERROR, Concern.MENUS),
  /** The needs menu and the resource menu to be matched belong to different units or years. */
  MENUS_DO_NOT_BELONG_TOGETHER(Severity.ERROR, Concern.MENUS),

  // ---- signed decisions and times of case files (see docs/workflow.md, “Offices and signed
  //      decisions” and “Times”)
  /** A case file of the first, unsigned format (format version 1): its decisions cannot be
   *  verified. */
  CASE_FILE_UNSIGNED(Severity.ERROR, Concern.TRUST),
  /** A review, return, approval or rejection carries no office or no signature. */
  CASE_FILE_SIGNATURE_MISSING(Severity.ERROR, Concern.TRUST),
  /** A decision's signature does not verify over the content of the file with the key named. */
  CASE_FILE_SIGNATURE_INVALID(Severity.ERROR, Concern.TRUST),
  /** A decision is signed with a key the registry does not hold for the office named. */
  CASE_FILE_KEY_NOT_OF_OFFICE(Severity.ERROR, Concern.TRUST),
  /** A decision lies before its key's {@code validFrom} or at or after its {@code revokedOn}. */
  CASE_FILE_KEY_NOT_VALID(Severity.ERROR, Concern.TRUST),
  /** A decision is signed with a published demo key, and the registry is not a demo registry. */
  CASE_FILE_DEMO_KEY(Severity.ERROR, Concern.TRUST),
  /** A decision's actor does not act for the office it is signed for. */
  CASE_FILE_ACTOR_NOT_OF_OFFICE(Severity.ERROR, Concern.TRUST),
  /** A decision names an office that is unknown, of the wrong level or of another
   *  jurisdiction than its actor's. */
  CASE_FILE_OFFICE_NOT_PERMITTED(Severity.ERROR, Concern.TRUST),
  /** An event lies outside the standard's review window for the assessment year. */
  CASE_FILE_TIME_OUTSIDE_WINDOW(Severity.ERROR, Concern.TRUST),
  /** An event lies after the clock the file is read with: it is in the future. */
  CASE_FILE_TIME_IN_FUTURE(Severity.ERROR, Concern.TRUST),
  /** A designation's document number does not follow the issuing office's pattern. */
  CASE_FILE_DOCUMENT_NUMBER_PATTERN(Severity.ERROR, Concern.TRUST),
  /** A designation's date lies before the approval that confers it. */
  CASE_FILE_DESIGNATION_BEFORE_APPROVAL(Severity.ERROR, Concern.TRUST),
  /** A private key file is neither a PKCS#12 store nor an encrypted PKCS#8 PEM of an SM2 key. */
  KEY_FILE_UNREADABLE(Severity.ERROR, Concern.TRUST),
  /** A private key file does not open with the password given. */
  KEY_FILE_PASSWORD_WRONG(Severity.ERROR, Concern.TRUST);

  private final Severity defaultSeverity;
  private final Concern concern;

  ProblemCode(Severity defaultSeverity, Concern concern) {
    this.defaultSeverity = defaultSeverity;
    this.concern = concern;
  }

  /**
   * The severity a problem of this code has unless its reporter says otherwise.
   *
   * @return the severity, never null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * The concern this code belongs to; its message sits in that concern's bundles.
   *
   * @return the concern, never null
   */
  public Concern concern() {
    return concern;
  }
}
