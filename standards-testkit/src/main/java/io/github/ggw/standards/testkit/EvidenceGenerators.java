package io.github.ggw.standards.testkit;

import static io.github.ggw.standards.testkit.Draws.between;
import static io.github.ggw.standards.testkit.Draws.dateIn;
import static io.github.ggw.standards.testkit.Draws.flag;
import static io.github.ggw.standards.testkit.Draws.pick;

import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.IncidentSource;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import io.github.ggw.standards.model.evidence.VulnerabilitySupport;
import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceKind;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of evidence (佐证材料生成器): single pieces of every kind but organisation, and
 * evidence sets with an optional organisation record. Pieces are dated in the assessment year
 * (standing facts, such as an elder's joining or a care carrier's start, in earlier years), and
 * trainings and activities have someone taking part, so adding one to an assessment never
 * creates an out-of-year or plausibility warning; a set holds one record per identity, so it
 * holds no repeat or contradiction (its organisation record may still give a working team larger
 * than the roster, a warning).
 */
final class EvidenceGenerators {
  private EvidenceGenerators() {}

  /**
   * One generator per evidence kind but organisation, in the order a draw chooses among them
   * (the first, elders, is where a failing example shrinks to).
   */
  private static List<Gen<Evidence>> kinds(int year) {
    return List.of(
        in -> new ElderMember(ElderRef.of("E" + between(in, 0, 9999)),
            pick(in, ElderCategory.values()), pick(in, Tier.values()), flag(in),
            LocalDate.of(year - 2, 9, 1)),
        in -> new TrainingSession(pick(in, TrainingKind.values()), dateIn(in, year),
            BigDecimal.valueOf(between(in, 1, 8)), between(in, 1, 50), "学习"),
        in -> new ThemedActivity(pick(in, ActivityKind.values()), dateIn(in, year),
            pick(in, Level.values()), between(in, 1, 300), pick(in, Award.values()), "活动"),
        in -> new CareCarrier(pick(in, CareCarrierKind.values()), LocalDate.of(year - 1, 9, 1),
            between(in, 0, 12)),
        in -> new DifficultySupport(pick(in, DifficultyKind.values()), between(in, 0, 10)),
        in -> new VulnerabilitySupport(pick(in, VulnerabilityKind.values()), between(in, 0, 5)),
        in -> new Mentoring(pick(in, MentoringKind.values()), between(in, 0, 8),
            LocalDate.of(year - 1, 9, 1)),
        in -> new ResearchOutput(pick(in, ResearchKind.values()), dateIn(in, year), "调研"),
        in -> new Publicity(pick(in, PublicityKind.values()), dateIn(in, year),
            between(in, 0, 6)),
        in -> new DocumentRecord(pick(in, DocumentKind.values()), "档案", dateIn(in, year), ""),
        in -> new DesignationHeld(pick(in, DesignationKind.values()), pick(in, Level.values()),
            LocalDate.of(year - 1, 12, 20), "常教关委〔" + (year - 1) + "〕1号"),
        in -> new Incident(pick(in, IncidentKind.values()), dateIn(in, year),
            pick(in, IncidentSource.values()), "事件"));
  }

  /**
   * Evidence of every kind but organisation, dated in the year.
   *
   * @param year the assessment year
   * @return the generator
   */
  static Gen<Evidence> evidence(int year) {
    List<Gen<Evidence>> kinds = kinds(year);
    return in -> kinds.get(between(in, 0, kinds.size() - 1)).generate(in);
  }

  /**
   * Evidence sets: an optional organisation record, then up to {@code maxSize} other pieces,
   * each elder named once.
   *
   * @param year the assessment year
   * @param maxSize the most pieces besides the organisation, {@code >= 0}
   * @return the generator
   */
  static Gen<List<Evidence>> evidenceSets(int year, int maxSize) {
    Gen<Evidence> pieces = evidence(year);
    return in -> {
      List<Evidence> out = new ArrayList<>();
      if (flag(in)) {
        out.add(new Organisation(flag(in), between(in, 0, 20), between(in, 0, 10), flag(in),
            flag(in), BigDecimal.valueOf(between(in, 0, 12_000)), flag(in)));
      }
      int n = between(in, 0, maxSize);
      Set<List<Object>> identities = new HashSet<>();
      for (int i = 0; i < n; i++) {
        Evidence e = pieces.generate(in);
        if (e instanceof ElderMember m) {
          e = new ElderMember(ElderRef.of("E" + i), m.category(), m.tier(), m.retiredTeacher(),
              m.joined());
        }
        if (identities.add(identity(e))) {
          out.add(e);
        }
      }
      return out;
    };
  }

  /**
   * What identifies a record (the kind and its identifying fields in the evidence-kind
   * registry): a set keeps one record per identity, so that no two pieces of a set repeat or
   * contradict each other.
   *
   * @param e the evidence
   * @return the kind's name and the values of its identifying fields
   */
  static List<Object> identity(Evidence e) {
    EvidenceKind kind = EvidenceKinds.of(e);
    List<Object> key = new ArrayList<>();
    key.add(kind.name());
    for (RecordComponent rc : kind.recordClass().getRecordComponents()) {
      if (kind.field(rc.getName()).map(EvidenceField::identifying).orElse(false)) {
        try {
          key.add(rc.getAccessor().invoke(e));
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    return key;
  }

  /**
   * The same evidence, dated in another year; standing facts (those without a date of their
   * own) keep theirs.
   *
   * @param e the evidence
   * @param year the new year
   * @return the evidence, redated
   */
  static Evidence redate(Evidence e, int year) {
    if (e.dated().isEmpty()) {
      return e;
    }
    LocalDate d = e.dated().get().withYear(year);
    if (e instanceof TrainingSession t) {
      return new TrainingSession(t.kind(), d, t.hours(), t.attendees(), t.topic());
    } else if (e instanceof ThemedActivity t) {
      return new ThemedActivity(t.kind(), d, t.level(), t.participants(), t.award(), t.title());
    } else if (e instanceof ResearchOutput r) {
      return new ResearchOutput(r.kind(), d, r.title());
    } else if (e instanceof Publicity p) {
      return new Publicity(p.kind(), d, p.count());
    } else if (e instanceof DocumentRecord r) {
      return new DocumentRecord(r.kind(), r.title(), d, r.sha256());
    } else if (e instanceof Incident i) {
      return new Incident(i.kind(), d, i.raisedBy(), i.description());
    }
    return e;
  }
}
