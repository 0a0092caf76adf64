package io.github.ggw.standards.rules.workflow;

/** Which recorded digest an integrity failure concerns (摘要核验项). */
public enum IntegrityCheck {
  /** The digest recorded with a submission. */
  SUBMISSION,
  /** The digest an audit event recorded (at submission) or saw (at review or approval). */
  EVENT,
  /** The digest the district review saw. */
  DISTRICT_REVIEW,
  /** The digest the city decision saw. */
  CITY_APPROVAL
}
