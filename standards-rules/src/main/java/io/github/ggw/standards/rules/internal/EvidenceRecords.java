package io.github.ggw.standards.rules.internal;

import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.VulnerabilitySupport;
import java.time.LocalDate;

/**
 * The evidence records read directly, for the one pass over an assessment's evidence that the
 * screening and the evidence index each make: a record's kind as a number ({@link #kindOf}: the
 * position of its kind in {@link EvidenceKinds#all()}) and the date that places it in a year
 * ({@link #dated}), through the
 * records' own accessors instead of reflection or a call site that sees every record class. What
 * the components mean (which identify a record, which are dates) stays the registry's; this
 * class only knows the records' shapes, and tests compare every kind, component and date with
 * reflection's and with {@link Evidence#dated()}. Stateless. Internal: not part of the library's
 * API.
 */
public final class EvidenceRecords {
  /** The number of kinds: {@link Evidence}'s permitted records. */
  public static final int KINDS = 14;
  /** The kind number of {@link Organisation}. */
  public static final int ORGANISATION = 0;
  /** The kind number of {@link ElderMember}. */
  public static final int ELDER = 1;
  /** The kind number of {@link TrainingSession}. */
  public static final int TRAINING = 2;
  /** The kind number of {@link ThemedActivity}. */
  public static final int ACTIVITY = 3;
  /** The kind number of {@link CareCarrier}. */
  public static final int CARE_CARRIER = 4;
  /** The kind number of {@link DifficultySupport}. */
  public static final int DIFFICULTY_SUPPORT = 5;
  /** The kind number of {@link VulnerabilitySupport}. */
  public static final int VULNERABILITY_SUPPORT = 6;
  /** The kind number of {@link Mentoring}. */
  public static final int MENTORING = 7;
  /** The kind number of {@link ResearchOutput}. */
  public static final int RESEARCH = 8;
  /** The kind number of {@link Publicity}. */
  public static final int PUBLICITY = 9;
  /** The kind number of {@link DocumentRecord}. */
  public static final int DOCUMENT = 10;
  /** The kind number of {@link DesignationHeld}. */
  public static final int DESIGNATION = 11;
  /** The kind number of {@link Incident}. */
  public static final int INCIDENT = 12;
  /** The kind number of {@link FactValue}. */
  public static final int FACT = 13;

  private EvidenceRecords() {}

  /**
   * The kind number of a record: the position of its kind in {@link EvidenceKinds#all()}.
   *
   * @param e the record, not null
   * @return 0 to {@link #KINDS} − 1
   * @throws IllegalArgumentException for an object of a class that is not one of {@link
   *     Evidence}'s permitted records (none can be made: the interface is sealed)
   */
  public static int kindOf(Evidence e) {
    if (e instanceof ElderMember) {
      return ELDER;
    }
    if (e instanceof ThemedActivity) {
      return ACTIVITY;
    }
    if (e instanceof DocumentRecord) {
      return DOCUMENT;
    }
    if (e instanceof TrainingSession) {
      return TRAINING;
    }
    if (e instanceof CareCarrier) {
      return CARE_CARRIER;
    }
    if (e instanceof DifficultySupport) {
      return DIFFICULTY_SUPPORT;
    }
    if (e instanceof Mentoring) {
      return MENTORING;
    }
    if (e instanceof ResearchOutput) {
      return RESEARCH;
    }
    if (e instanceof DesignationHeld) {
      return DESIGNATION;
    }
    if (e instanceof Organisation) {
      return ORGANISATION;
    }
    if (e instanceof VulnerabilitySupport) {
      return VULNERABILITY_SUPPORT;
    }
    if (e instanceof Publicity) {
      return PUBLICITY;
    }
    if (e instanceof FactValue) {
      return FACT;
    }
    if (e instanceof Incident) {
      return INCIDENT;
    }
    throw new IllegalArgumentException("not an evidence record: " + e.getClass().getName());
  }

  /**
   * The date that places a record in a year: what {@link Evidence#dated()} holds, read through
   * the record's own accessor (no {@code Optional}, no call through the interface).
   *
   * @param e the record, not null
   * @param kind its kind number ({@link #kindOf})
   * @return the date of a dated record (training, activity, research, publicity, document,
   *     incident); null for a standing fact
   */
  public static LocalDate dated(Evidence e, int kind) {
    switch (kind) {
      case TRAINING:
        return ((TrainingSession) e).date();
      case ACTIVITY:
        return ((ThemedActivity) e).date();
      case RESEARCH:
        return ((ResearchOutput) e).date();
      case PUBLICITY:
        return ((Publicity) e).date();
      case DOCUMENT:
        return ((DocumentRecord) e).date();
      case INCIDENT:
        return ((Incident) e).date();
      default:
        return null;
    }
  }
}
