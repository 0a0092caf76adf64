package io.github.ggw.standards.json.workflow;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.DocumentDeserializer;
import io.github.ggw.standards.json.internal.DocumentSerializer;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.CityApproval;
import io.github.ggw.standards.model.workflow.CityDecision;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.DistrictReview;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.RegisteredUnit;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.model.workflow.Submission;
import io.github.ggw.standards.model.workflow.Transition;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.workflow.EventSignature;
import io.github.ggw.standards.model.workflow.Office;
import io.github.ggw.standards.model.workflow.OfficeId;
import io.github.ggw.standards.model.workflow.OfficeKey;
import io.github.ggw.standards.model.workflow.OfficeLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON shapes of the review workflow (format version 1) and their Jackson wiring, which
 * {@link io.github.ggw.standards.json.StandardsModule} installs: a {@link CaseFile} reads and
 * writes as its document ({@code kind = "case-file"}, every submission with its full
 * self-assessment document) and a {@link UnitRegistry} as its ({@code kind = "unit-registry"}).
 * Values without optional parts (stage scores, points changes, designations, district reviews,
 * registered units) bind as records; the rest go through these documents, whose missing members
 * become located problems. Reading a case file this way checks its shape and values only: the
 * digests and the replay of its trail are {@link WorkflowJson}'s.
 *
 * <p>Not for direct use: applications register the module.
 */
public final class WorkflowDocuments {
  static final String CASE_FILE = "case-file";
  static final String REGISTRY = "unit-registry";
  /** The format version of case files: 2, with signed decisions; 1 was unsigned. */
  static final int CASE_FILE_VERSION = 2;

  private WorkflowDocuments() {}

  /**
   * Adds the serializers and deserializers of case files and unit registries to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    module.addDeserializer(PointsChange.class, new PointsChangeDocument.Deserializer());
    module.addSerializer(CaseFile.class,
        new DocumentSerializer<>(CaseFile.class, CaseFileDocument::from));
    module.addDeserializer(CaseFile.class, DocumentDeserializer.of(CaseFile.class,
        CaseFileDocument.class, CaseFileDocument::toModel));
    module.addSerializer(UnitRegistry.class,
        new DocumentSerializer<>(UnitRegistry.class, RegistryDocument::from));
    module.addDeserializer(UnitRegistry.class, DocumentDeserializer.of(UnitRegistry.class,
        RegistryDocument.class, RegistryDocument::toModel));
  }

  /** A case file. */
  static final class CaseFileDocument {
    public String kind;
    public Integer formatVersion;
    public Unit unit;
    public CaseStatus status;
    public List<SubmissionDocument> submissions;
    public StageScore selfScore;
    public DistrictReview districtReview;
    public CityApprovalDocument cityApproval;
    public List<AuditEventDocument> auditTrail;

    static CaseFileDocument from(CaseFile f) {
      CaseFileDocument d = new CaseFileDocument();
      d.kind = CASE_FILE;
      d.formatVersion = CASE_FILE_VERSION;
      d.unit = f.getUnit();
      d.status = f.getStatus();
      d.submissions = f.getSubmissions().stream().map(SubmissionDocument::from).toList();
      d.selfScore = f.getSelfScore();
      d.districtReview = f.getDistrictReview().orElse(null);
      d.cityApproval = f.getCityApproval().map(CityApprovalDocument::from).orElse(null);
      d.auditTrail = f.getAuditTrail().stream().map(AuditEventDocument::from).toList();
      return d;
    }

    /** The case file, or null after recording problems. */
    CaseFile toModel(Binder b) {
      if (CASE_FILE.equals(kind) && Integer.valueOf(1).equals(formatVersion)) {
        b.add(Problem.of(ProblemCode.CASE_FILE_UNSIGNED, Location.pointer("/formatVersion"),
            "1", "1"));
        return null;
      }
      Formats.checkHeader(kind, CASE_FILE, formatVersion, CASE_FILE_VERSION, b);
      b.require(unit, "", "unit");
      b.require(status, "", "status");
      b.require(selfScore, "", "selfScore");
      List<Submission> subs = each(submissions, "/submissions", b, SubmissionDocument::toModel);
      List<AuditEvent> trail = each(auditTrail, "/auditTrail", b, AuditEventDocument::toModel);
      CityApproval approval = cityApproval == null ? null
          : cityApproval.toModel("/cityApproval", b);
      if (b.hasErrors()) {
        return null;
      }
      return b.attempt(() -> CaseFile.builder().unit(unit).status(status).addAllSubmissions(subs)
          .selfScore(selfScore).districtReview(Optional.ofNullable(districtReview))
          .cityApproval(Optional.ofNullable(approval)).addAllAuditTrail(trail).build(), "");
    }
  }

  /**
   * One submission: revision, digest and the assessment (read and written as its document,
   * whose problems are recorded under {@code /submissions/<i>/assessment}).
   */
  static final class SubmissionDocument {
    public Integer revision;
    public Digest digest;
    public SelfAssessment assessment;

    static SubmissionDocument from(Submission s) {
      SubmissionDocument d = new SubmissionDocument();
      d.revision = s.revision();
      d.digest = s.digest();
      d.assessment = s.assessment();
      return d;
    }

    Submission toModel(String at, Binder b) {
      if (!present(b, at, "revision", revision, "digest", digest, "assessment", assessment)) {
        return null;
      }
      return b.attempt(() -> new Submission(revision, digest, assessment), at);
    }
  }

  /** The city's decision, whose designation is optional. */
  static final class CityApprovalDocument {
    public ActorId approver;
    public Instant decidedAt;
    public Digest digestSeen;
    public CityDecision decision;
    public List<PointsChange> adjustments;
    public StageScore score;
    public Designation designation;
    public List<String> reasons;

    static CityApprovalDocument from(CityApproval a) {
      CityApprovalDocument d = new CityApprovalDocument();
      d.approver = a.approver();
      d.decidedAt = a.decidedAt();
      d.digestSeen = a.digestSeen();
      d.decision = a.decision();
      d.adjustments = a.adjustments();
      d.score = a.score();
      d.designation = a.designation().orElse(null);
      d.reasons = a.reasons();
      return d;
    }

    CityApproval toModel(String at, Binder b) {
      if (!present(b, at, "approver", approver, "decidedAt", decidedAt, "digestSeen",
          digestSeen, "decision", decision, "adjustments", adjustments, "score", score,
          "reasons", reasons)) {
        return null;
      }
      return b.attempt(() -> new CityApproval(approver, decidedAt, digestSeen, decision,
          adjustments, score, Optional.ofNullable(designation), reasons), at);
    }
  }

  /** One audit event, whose previous status and designation are optional. */
  static final class AuditEventDocument {
    public Integer sequence;
    public Instant at;
    public ActorId actor;
    public Role role;
    public Transition transition;
    public CaseStatus from;
    public CaseStatus to;
    public Integer revision;
    public Digest digest;
    public List<PointsChange> changes;
    public List<String> reasons;
    public Designation designation;
    public OfficeId office;
    public EventSignature signature;

    static AuditEventDocument from(AuditEvent e) {
      AuditEventDocument d = new AuditEventDocument();
      d.sequence = e.sequence();
      d.at = e.at();
      d.actor = e.actor();
      d.role = e.role();
      d.transition = e.transition();
      d.from = e.from().orElse(null);
      d.to = e.to();
      d.revision = e.revision();
      d.digest = e.digest();
      d.changes = e.changes();
      d.reasons = e.reasons();
      d.designation = e.designation().orElse(null);
      d.office = e.office().orElse(null);
      d.signature = e.signature().orElse(null);
      return d;
    }

    AuditEvent toModel(String path, Binder b) {
      if (!present(b, path, "sequence", sequence, "at", at, "actor", actor, "role", role,
          "transition", transition, "to", to, "revision", revision, "digest", digest,
          "changes", changes, "reasons", reasons)) {
        return null;
      }
      return b.attempt(() -> new AuditEvent(sequence, at, actor, role, transition,
          Optional.ofNullable(from), to, revision, digest, changes, reasons,
          Optional.ofNullable(designation), Optional.ofNullable(office),
          Optional.ofNullable(signature)), path);
    }
  }

  /** A unit registry: the units and the actors. */
  static final class RegistryDocument {
    public String kind;
    public Integer formatVersion;
    public String note;
    public Boolean demo;
    public List<RegisteredUnit> units;
    public List<ActorDocument> actors;
    public List<OfficeDocument> offices;

    static RegistryDocument from(UnitRegistry r) {
      RegistryDocument d = new RegistryDocument();
      d.kind = REGISTRY;
      d.formatVersion = Formats.VERSION;
      d.demo = r.isDemo() ? Boolean.TRUE : null;
      d.units = r.getUnits();
      d.actors = r.getActors().stream().map(ActorDocument::from).toList();
      d.offices = r.getOffices().isEmpty() ? null
          : r.getOffices().stream().map(OfficeDocument::from).toList();
      return d;
    }

    UnitRegistry toModel(Binder b) {
      Formats.checkHeader(kind, REGISTRY, formatVersion, b);
      b.require(units, "", "units");
      for (int i = 0; units != null && i < units.size(); i++) {
        b.require(units.get(i), "/units", String.valueOf(i));
      }
      List<Actor> list = each(actors, "/actors", b, ActorDocument::toModel);
      List<Office> officeList = offices == null ? List.of()
          : each(offices, "/offices", b, OfficeDocument::toModel);
      if (b.hasErrors()) {
        return null;
      }
      return b.attempt(() -> UnitRegistry.of(units, list, officeList,
          Boolean.TRUE.equals(demo)), "");
    }
  }

  /** An office, whose document-number pattern is optional. */
  static final class OfficeDocument {
    public OfficeId id;
    public OfficeLevel level;
    public DistrictCode district;
    public LocalizedText name;
    public List<ActorId> actors;
    public List<OfficeKeyDocument> keys;
    public String documentNumberPattern;

    static OfficeDocument from(Office o) {
      OfficeDocument d = new OfficeDocument();
      d.id = o.id();
      d.level = o.level();
      d.district = o.district();
      d.name = o.name();
      d.actors = o.actors();
      d.keys = o.keys().stream().map(OfficeKeyDocument::from).toList();
      d.documentNumberPattern = o.documentNumberPattern().orElse(null);
      return d;
    }

    Office toModel(String at, Binder b) {
      if (!present(b, at, "id", id, "level", level, "district", district, "name", name,
          "actors", actors)) {
        return null;
      }
      List<OfficeKey> keyList = each(keys, at + "/keys", b, OfficeKeyDocument::toModel);
      if (b.hasErrors()) {
        return null;
      }
      return b.attempt(() -> new Office(id, level, district, name, actors, keyList,
          Optional.ofNullable(documentNumberPattern)), at);
    }
  }

  /** A public key of an office, whose revocation is optional. */
  static final class OfficeKeyDocument {
    public String keyId;
    public String publicKey;
    public Instant validFrom;
    public Instant revokedOn;

    static OfficeKeyDocument from(OfficeKey k) {
      OfficeKeyDocument d = new OfficeKeyDocument();
      d.keyId = k.keyId();
      d.publicKey = k.publicKey();
      d.validFrom = k.validFrom();
      d.revokedOn = k.revokedOn().orElse(null);
      return d;
    }

    OfficeKey toModel(String at, Binder b) {
      if (!present(b, at, "keyId", keyId, "publicKey", publicKey, "validFrom", validFrom)) {
        return null;
      }
      return b.attempt(() -> new OfficeKey(keyId, publicKey, validFrom,
          Optional.ofNullable(revokedOn)), at);
    }
  }

  /** An actor, whose jurisdiction is optional. */
  static final class ActorDocument {
    public ActorId id;
    public String name;
    public Role role;
    public DistrictCode jurisdiction;
    public List<UnitId> staffOf;

    static ActorDocument from(Actor a) {
      ActorDocument d = new ActorDocument();
      d.id = a.id();
      d.name = a.name();
      d.role = a.role();
      d.jurisdiction = a.jurisdiction().orElse(null);
      d.staffOf = List.copyOf(a.staffOf());
      return d;
    }

    Actor toModel(String at, Binder b) {
      if (!present(b, at, "id", id, "name", name, "role", role, "staffOf", staffOf)) {
        return null;
      }
      return b.attempt(() -> new Actor(id, name, role, Optional.ofNullable(jurisdiction),
          Set.copyOf(staffOf)), at);
    }
  }

  /** A document part that binds itself at a pointer. */
  private interface Part<D, T> {
    T toModel(D doc, String at, Binder b);
  }

  /** Binds every element of a required list, or records it missing. */
  private static <D, T> List<T> each(List<D> docs, String at, Binder b, Part<D, T> part) {
    int slash = at.lastIndexOf('/');
    String name = at.substring(slash + 1);
    String parent = at.substring(0, slash);
    List<T> out = new ArrayList<>();
    if (b.require(docs, parent, name) == null) {
      return out;
    }
    for (int i = 0; i < docs.size(); i++) {
      D d = b.require(docs.get(i), at, String.valueOf(i));
      if (d != null) {
        out.add(part.toModel(d, at + "/" + i, b));
      }
    }
    return out;
  }

  /**
   * Whether every required member is present, recording each missing one.
   *
   * @param namesAndValues pairs of a member's name and its value
   */
  private static boolean present(Binder b, String at, Object... namesAndValues) {
    boolean all = true;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      all &= b.require(namesAndValues[i + 1], at, (String) namesAndValues[i]) != null;
    }
    return all;
  }
}
