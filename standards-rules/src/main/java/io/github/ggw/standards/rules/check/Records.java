package io.github.ggw.standards.rules.check;

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

/**
 * The evidence records read directly, for the screening's one pass over an assessment's
 * evidence: a record's kind as a number ({@link #kindOf}: the position of its kind in {@link
 * EvidenceKinds#all()}) and a component by its position in the record ({@link #component}),
 * through the records' own accessors instead of reflection or a call site that sees every record
 * class. What the components mean (which identify a record, which are dates) stays the
 * registry's; this class only knows the records' shapes, and a test compares every kind and
 * component with reflection's. Stateless.
 */
final class Records {
  /** The number of kinds: {@link Evidence}'s permitted records. */
  static final int KINDS = 14;
  /** The kind number of {@link Organisation}. */
  static final int ORGANISATION = 0;
  /** The kind number of {@link ElderMember}. */
  static final int ELDER = 1;
  /** The kind number of {@link TrainingSession}. */
  static final int TRAINING = 2;
  /** The kind number of {@link ThemedActivity}. */
  static final int ACTIVITY = 3;
  /** The kind number of {@link CareCarrier}. */
  static final int CARE_CARRIER = 4;
  /** The kind number of {@link DifficultySupport}. */
  static final int DIFFICULTY_SUPPORT = 5;
  /** The kind number of {@link VulnerabilitySupport}. */
  static final int VULNERABILITY_SUPPORT = 6;
  /** The kind number of {@link Mentoring}. */
  static final int MENTORING = 7;
  /** The kind number of {@link ResearchOutput}. */
  static final int RESEARCH = 8;
  /** The kind number of {@link Publicity}. */
  static final int PUBLICITY = 9;
  /** The kind number of {@link DocumentRecord}. */
  static final int DOCUMENT = 10;
  /** The kind number of {@link DesignationHeld}. */
  static final int DESIGNATION = 11;
  /** The kind number of {@link Incident}. */
  static final int INCIDENT = 12;
  /** The kind number of {@link FactValue}. */
  static final int FACT = 13;

  private Records() {}

  /**
   * The kind number of a record: the position of its kind in {@link EvidenceKinds#all()}.
   *
   * @param e the record, not null
   * @return 0 to {@link #KINDS} − 1
   */
  static int kindOf(Evidence e) {
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
   * A component of a record, boxed when primitive.
   *
   * @param e the record, not null
   * @param kind its kind number ({@link #kindOf})
   * @param c the component's position in the record's declaration, from 0
   * @return the component's value
   * @throws IndexOutOfBoundsException if the record has no such component
   */
  static Object component(Evidence e, int kind, int c) {
    switch (kind) {
      case ORGANISATION: {
        Organisation r = (Organisation) e;
        switch (c) {
          case 0:
            return r.chairIsUnitHead();
          case 1:
            return r.members();
          case 2:
            return r.workingTeamElders();
          case 3:
            return r.hasOffice();
          case 4:
            return r.hasActivityRoom();
          case 5:
            return r.annualFundingYuan();
          case 6:
            return r.inAnnualPlan();
          default:
            break;
        }
        break;
      }
      case ELDER: {
        ElderMember r = (ElderMember) e;
        switch (c) {
          case 0:
            return r.elder();
          case 1:
            return r.category();
          case 2:
            return r.tier();
          case 3:
            return r.retiredTeacher();
          case 4:
            return r.joined();
          default:
            break;
        }
        break;
      }
      case TRAINING: {
        TrainingSession r = (TrainingSession) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.date();
          case 2:
            return r.hours();
          case 3:
            return r.attendees();
          case 4:
            return r.topic();
          default:
            break;
        }
        break;
      }
      case ACTIVITY: {
        ThemedActivity r = (ThemedActivity) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.date();
          case 2:
            return r.level();
          case 3:
            return r.participants();
          case 4:
            return r.award();
          case 5:
            return r.title();
          default:
            break;
        }
        break;
      }
      case CARE_CARRIER: {
        CareCarrier r = (CareCarrier) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.activeFrom();
          case 2:
            return r.sessionsHeld();
          default:
            break;
        }
        break;
      }
      case DIFFICULTY_SUPPORT: {
        DifficultySupport r = (DifficultySupport) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.pupilsSupported();
          default:
            break;
        }
        break;
      }
      case VULNERABILITY_SUPPORT: {
        VulnerabilitySupport r = (VulnerabilitySupport) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.youthsHelped();
          default:
            break;
        }
        break;
      }
      case MENTORING: {
        Mentoring r = (Mentoring) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.count();
          case 2:
            return r.since();
          default:
            break;
        }
        break;
      }
      case RESEARCH: {
        ResearchOutput r = (ResearchOutput) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.date();
          case 2:
            return r.title();
          default:
            break;
        }
        break;
      }
      case PUBLICITY: {
        Publicity r = (Publicity) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.date();
          case 2:
            return r.count();
          default:
            break;
        }
        break;
      }
      case DOCUMENT: {
        DocumentRecord r = (DocumentRecord) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.title();
          case 2:
            return r.date();
          case 3:
            return r.sha256();
          default:
            break;
        }
        break;
      }
      case DESIGNATION: {
        DesignationHeld r = (DesignationHeld) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.level();
          case 2:
            return r.conferredOn();
          case 3:
            return r.documentNumber();
          default:
            break;
        }
        break;
      }
      case INCIDENT: {
        Incident r = (Incident) e;
        switch (c) {
          case 0:
            return r.kind();
          case 1:
            return r.date();
          case 2:
            return r.raisedBy();
          case 3:
            return r.description();
          default:
            break;
        }
        break;
      }
      case FACT: {
        FactValue r = (FactValue) e;
        switch (c) {
          case 0:
            return r.code();
          case 1:
            return r.value();
          default:
            break;
        }
        break;
      }
      default:
        break;
    }
    throw new IndexOutOfBoundsException("kind " + kind + " has no component " + c);
  }
}
