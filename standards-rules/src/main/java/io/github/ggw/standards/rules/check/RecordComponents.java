package io.github.ggw.standards.rules.check;

import static io.github.ggw.standards.rules.internal.EvidenceRecords.*;

import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.Evidence;
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
 * The components of the evidence records read by their position in the record, through the
 * records' own accessors instead of reflection or a call site that sees every record class, for
 * the screening's one pass over an assessment's evidence; a record's kind number is {@link
 * io.github.ggw.standards.rules.internal.EvidenceRecords#kindOf}'s. What the components mean
 * (which identify a record, which are dates) stays the registry's; a test compares every
 * component with reflection's. Stateless.
 */
final class RecordComponents {
  private RecordComponents() {}

  /**
   * A component of a record, boxed when primitive.
   *
   * @param e the record, not null
   * @param kind its kind number ({@link EvidenceRecords#kindOf})
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
