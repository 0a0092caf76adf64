package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.CityApproval;
import io.github.ggw.standards.model.workflow.CityDecision;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.DistrictReview;
import io.github.ggw.standards.model.workflow.ImmutableCaseFile;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.RegisteredUnit;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.model.workflow.Submission;
import io.github.ggw.standards.model.workflow.Transition;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.model.problem.PersonalNumbers;
import io.github.ggw.standards.rules.check.PersonalDataScanner;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The review workflow (审核认定流程): pure transitions from case file to case file, for one standard,
 * with the unit registry, the digester and the clock injected.
 *
 * <p>The path (see docs/workflow.md, “Stages and transitions”): a unit's staff {@linkplain
 * #submit submit} its self-assessment (自查自评); a reviewer of its district {@linkplain #review
 * reviews} it (审核把关), possibly adjusting judgement items with reasons, or {@linkplain
 * #returnForRevision returns} it with reasons; the unit {@linkplain #resubmit resubmits}; an
 * approver of its city {@linkplain #approve approves} it as reviewed or with adjusted points
 * and confers a designation under a document number, or {@linkplain #reject rejects} it with
 * reasons.
 *
 * <p>Rules enforced here, never by callers, with roles, districts and staff affiliations read from
 * the {@link UnitRegistry} (never from the file): only a unit's own staff submit for it; a unit's
 * own staff never review or approve it; a reviewer reviews only units of their district (the
 * city's code for city-run schools); an approver approves only units of their city and only after
 * a district review; a returned file is resubmitted and reviewed again before anything else;
 * closed files stay closed; time only moves forward. Every transition re-checks the digests of
 * the file, returns a new file and appends one {@link AuditEvent}. A broken rule raises {@link
 * RefusedTransitionException} naming it by {@link RefusalCode}.
 *
 * <p>Points: each stage is scored by the {@link Scorer} over the stage's claims, so all scoring
 * semantics (rescaling, weights, bonus, veto, one rounding) hold at every stage. Reviewers adjust
 * judgement items only ({@code [0, max]}, on the rule's step, with a reason); items computed from
 * evidence follow the evidence frozen at submission, and disputing it means returning the file.
 *
 * <p>This class holds the transitions and their state and time rules; who may act (from the
 * registry), the checks of adjustments and reasons, the digests, and replay are package-private
 * collaborators beside it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Workflow {
  /** The zone of calendar dates in the workflow (document dates, review dates): Asia/Shanghai. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Standard standard;
  private final UnitRegistry registry;
  private final Clock clock;
  private final Scorer scorer;
  private final Permissions permissions;
  private final AdjustmentChecks adjustments;
  private final Integrity integrity;
  private final Seals seals;
  private final DecisionSigner signer;
  private final AuditEvent recorded;

  private Workflow(Standard standard, UnitRegistry registry, AssessmentDigester digester,
      Clock clock, Scorer scorer) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.registry = Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(digester, "digester");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.permissions = new Permissions(registry);
    this.adjustments = new AdjustmentChecks(standard);
    this.integrity = new Integrity(digester);
    this.seals = new Seals(registry, standard, null);
    this.signer = null;
    this.recorded = null;
  }

  /**
   * The same workflow with another clock, seals, key or recorded event; the collaborators are
   * immutable and shared.
   */
  private Workflow(Workflow w, Clock clock, Seals seals, DecisionSigner signer,
      AuditEvent recorded) {
    this.standard = w.standard;
    this.registry = w.registry;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scorer = w.scorer;
    this.permissions = w.permissions;
    this.adjustments = w.adjustments;
    this.integrity = w.integrity;
    this.seals = seals;
    this.signer = signer;
    this.recorded = recorded;
  }

  /**
   * A workflow with the built-in measures.
   *
   * @param standard the standard every case file answers, not null
   * @param registry the units and actors, not null
   * @param digester the digest of an assessment's canonical form, not null
   * @param clock the source of every event's time, not null
   * @return the workflow
   */
  public static Workflow create(Standard standard, UnitRegistry registry,
      AssessmentDigester digester, Clock clock) {
    return new Workflow(standard, registry, digester, clock, Scorer.create());
  }

  /**
   * A workflow with a given scorer.
   *
   * @param standard the standard every case file answers, not null
   * @param registry the units and actors, not null
   * @param digester the digest of an assessment's canonical form, not null
   * @param clock the source of every event's time, not null
   * @param scorer the scorer of every stage, not null
   * @return the workflow
   */
  public static Workflow create(Standard standard, UnitRegistry registry,
      AssessmentDigester digester, Clock clock, Scorer scorer) {
    return new Workflow(standard, registry, digester, clock, scorer);
  }

  /**
   * This workflow with another clock.
   *
   * @param newClock the clock, not null
   * @return a new workflow, equal but for its clock
   */
  public Workflow withClock(Clock newClock) {
    return new Workflow(this, newClock, seals, signer, recorded);
  }

  /**
   * This workflow with signed decisions (签名决定): every review, return, approval and rejection
   * is signed with the key given to {@link #signingWith}, for the office of the registry that
   * holds it, and {@link #replay} verifies every recorded signature against the registry's keys
   * (see docs/workflow.md, “Offices and signed decisions”). Without it a workflow is unsigned:
   * its decisions carry no signature, and its files are refused when read as JSON.
   *
   * @param signatures the signature scheme, not null
   * @return a new workflow, equal but for its signatures, with no key yet
   */
  public Workflow withSignatures(DecisionSignatures signatures) {
    Objects.requireNonNull(signatures, "signatures");
    return new Workflow(this, clock, new Seals(registry, standard, signatures), null, null);
  }

  /**
   * This signed workflow deciding with a key.
   *
   * @param key the private key of an office's actor, not null
   * @return a new workflow, equal but for its key
   * @throws IllegalStateException if this workflow is unsigned ({@link #withSignatures} first)
   */
  public Workflow signingWith(DecisionSigner key) {
    Objects.requireNonNull(key, "key");
    if (!seals.signed()) {
      throw new IllegalStateException("an unsigned workflow cannot sign: withSignatures first");
    }
    return new Workflow(this, clock, seals, key, null);
  }

  /**
   * Whether this workflow signs its decisions and verifies recorded ones.
   *
   * @return true after {@link #withSignatures}
   */
  public boolean isSigned() {
    return seals.signed();
  }

  /** The same workflow replaying a recorded event: its signature is verified, not made. */
  Workflow replaying(AuditEvent event, Clock at) {
    return new Workflow(this, at, seals, null, event);
  }

  /**
   * The review window of an assessment year under this workflow's standard: its
   * {@link Standard#getReviewWindow()} (by default 1 January of the year to 31 December of the
   * next).
   *
   * @param year the assessment year
   * @return the window
   */
  public ReviewWindow reviewWindow(int year) {
    return ReviewWindow.of(standard.getReviewWindow(), year);
  }

  /**
   * The standard of this workflow.
   *
   * @return the standard every case file answers; never null
   */
  public Standard getStandard() {
    return standard;
  }

  /**
   * The registry that decides who may act.
   *
   * @return the units and actors; never null
   */
  public UnitRegistry getRegistry() {
    return registry;
  }

  /**
   * The source of every event's time.
   *
   * @return the clock; never null
   */
  public Clock getClock() {
    return clock;
  }

  // ------------------------------------------------------------------ transitions

  /**
   * Refuses an assessment holding a personal number: a case file never stores one, whatever the
   * mode the assessment was read in or however it was built.
   */
  private static void requireNoPersonalData(SelfAssessment assessment) {
    List<io.github.ggw.standards.model.problem.Problem> found =
        PersonalDataScanner.scan(assessment);
    if (!found.isEmpty()) {
      throw RefusedTransitionException.invalid(found);
    }
  }

  /**
   * A unit submits its self-assessment (提交): a new case file, status {@code SUBMITTED}, revision
   * 1, with the assessment's digest and its self stage score.
   *
   * @param assessment the self-assessment, not null
   * @param actorId the submitter: registered unit staff of the assessment's unit, not null
   * @return the new case file with one audit event
   * @throws RefusedTransitionException {@code ACTOR_NOT_REGISTERED}, {@code ROLE_NOT_PERMITTED},
   *     {@code UNIT_NOT_REGISTERED}, {@code UNIT_RECORD_MISMATCH}, {@code NOT_UNIT_STAFF}, {@code
   *     WRONG_STANDARD}, {@code ASSESSMENT_INVALID}
   */
  public CaseFile submit(SelfAssessment assessment, ActorId actorId) {
    Objects.requireNonNull(assessment, "assessment");
    Actor actor = permissions.actor(actorId, Role.UNIT_STAFF);
    RegisteredUnit unit = permissions.staffUnit(actor, assessment.getUnit());
    requireStandard(assessment);
    requireNoPersonalData(assessment);
    StageScore self = score(Stage.SELF, assessment, List.of());
    Digest digest = integrity.digest(assessment);
    Step step = new Step(actor, inWindow(clock.instant(), assessment.getYear()), digest);
    return ImmutableCaseFile.builder()
        .unit(unit.unit())
        .status(CaseStatus.SUBMITTED)
        .addSubmissions(new Submission(1, digest, assessment))
        .selfScore(self)
        .addAuditTrail(event(null, step, Transition.SUBMITTED, CaseStatus.SUBMITTED, 1,
            digest, List.of(), List.of(), Optional.empty()))
        .build();
  }

  /**
   * The district reviews the current submission (区级审核通过), as submitted or with adjusted
   * judgement items: status {@code REVIEWED}, with the district stage score.
   *
   * @param file the case file, status {@code SUBMITTED}, not null
   * @param reviewerId a district reviewer of the unit's review jurisdiction, not of its staff
   * @param adjustments the judgement items to set, each with a reason; empty to accept as is
   * @return the new case file
   * @throws RefusedTransitionException {@code WRONG_STANDARD}, the actor and jurisdiction codes
   *     ({@code ACTOR_NOT_REGISTERED}, {@code ROLE_NOT_PERMITTED}, {@code UNIT_NOT_REGISTERED},
   *     {@code UNIT_RECORD_MISMATCH}, {@code OWN_UNIT}, {@code OUTSIDE_JURISDICTION}), the state
   *     codes ({@code ALREADY_REVIEWED}, {@code RETURNED_AWAITING_RESUBMISSION}, {@code
   *     CASE_CLOSED}), {@code TIME_BEFORE_LAST_EVENT}, {@code INTEGRITY_BROKEN} and the
   *     adjustment codes ({@code REASON_REQUIRED}, {@code ADJUSTMENT_*})
   */
  public CaseFile review(CaseFile file, ActorId reviewerId, List<Adjustment> adjustments) {
    Step step = step(file, reviewer(file, reviewerId), CaseStatus.SUBMITTED);
    List<PointsChange> changes = this.adjustments.changes(file.getAssessment(),
        file.getSelfScore(), adjustments);
    StageScore district = score(Stage.DISTRICT, file.getAssessment(), changes);
    AuditEvent e = seal(file, event(file, step, Transition.REVIEWED, CaseStatus.REVIEWED,
        file.getRevision(), step.seen, changes, List.of(), Optional.empty()), step, district);
    return ImmutableCaseFile.builder().from(file)
        .status(CaseStatus.REVIEWED)
        .districtReview(new DistrictReview(reviewerId, step.now, step.seen, changes, district))
        .auditTrail(append(file, e))
        .build();
  }

  /**
   * The district returns the current submission for revision (退回修改), with reasons: status
   * {@code RETURNED}. Nothing can happen to the file until the unit resubmits it.
   *
   * @param file the case file, status {@code SUBMITTED}, not null
   * @param reviewerId a district reviewer of the unit's review jurisdiction, not of its staff
   * @param reasons why, at least one, each non-blank and at most 500 characters
   * @return the new case file
   * @throws RefusedTransitionException as {@link #review}, with {@code REASON_REQUIRED} for
   *     missing or invalid reasons
   */
  public CaseFile returnForRevision(CaseFile file, ActorId reviewerId, List<String> reasons) {
    Step step = step(file, reviewer(file, reviewerId), CaseStatus.SUBMITTED);
    AdjustmentChecks.requireReasons(reasons);
    AuditEvent e = seal(file, event(file, step, Transition.RETURNED, CaseStatus.RETURNED,
        file.getRevision(), step.seen, List.of(), reasons, Optional.empty()), step,
        file.getSelfScore());
    return ImmutableCaseFile.builder().from(file)
        .status(CaseStatus.RETURNED)
        .auditTrail(append(file, e))
        .build();
  }

  /**
   * The unit resubmits a revised self-assessment after a return (修改后重新提交): the next
   * revision, status {@code SUBMITTED}, a new self stage score, awaiting a new district review.
   *
   * @param file the case file, status {@code RETURNED}, not null
   * @param revised the revised assessment, for the same unit, standard, version and year
   * @param actorId registered unit staff of the file's unit
   * @return the new case file
   * @throws RefusedTransitionException {@code WRONG_STANDARD}, {@code ACTOR_NOT_REGISTERED},
   *     {@code ROLE_NOT_PERMITTED}, {@code UNIT_NOT_REGISTERED}, {@code UNIT_RECORD_MISMATCH},
   *     {@code NOT_UNIT_STAFF}, {@code NOT_RETURNED}, {@code CASE_CLOSED}, {@code
   *     TIME_BEFORE_LAST_EVENT}, {@code INTEGRITY_BROKEN}, {@code CASE_MISMATCH}, {@code
   *     ASSESSMENT_INVALID} (also for a personal number, as {@link #submit})
   */
  public CaseFile resubmit(CaseFile file, SelfAssessment revised, ActorId actorId) {
    Objects.requireNonNull(revised, "revised");
    requireStandard(file.getAssessment());
    Actor actor = permissions.actor(actorId, Role.UNIT_STAFF);
    permissions.staffUnit(actor, file.getUnit());
    Step step = step(file, actor, CaseStatus.RETURNED);
    SelfAssessment current = file.getAssessment();
    if (!revised.getUnit().id().equals(current.getUnit().id())
        || !revised.getStandardId().equals(current.getStandardId())
        || !revised.getStandardVersion().equals(current.getStandardVersion())
        || revised.getYear() != current.getYear()) {
      throw RefusedTransitionException.of(RefusalCode.CASE_MISMATCH, describe(revised),
          describe(current));
    }
    permissions.registered(revised.getUnit());
    requireNoPersonalData(revised);
    StageScore self = score(Stage.SELF, revised, List.of());
    Digest digest = integrity.digest(revised);
    int revision = file.getRevision() + 1;
    return ImmutableCaseFile.builder().from(file)
        .status(CaseStatus.SUBMITTED)
        .addSubmissions(new Submission(revision, digest, revised))
        .selfScore(self)
        .districtReview(Optional.empty())
        .auditTrail(append(file, event(file, step, Transition.RESUBMITTED,
            CaseStatus.SUBMITTED, revision, digest, List.of(), List.of(), Optional.empty())))
        .build();
  }

  /**
   * The city approves a reviewed file (市级审批认定), as reviewed or with adjusted judgement items,
   * and confers a designation: status {@code APPROVED}, with the city stage score (认定分).
   *
   * @param file the case file, status {@code REVIEWED}, not null
   * @param approverId a city approver of the unit's city, not of its staff
   * @param adjustments the judgement items to set at city level, each with a reason; empty to
   *     approve as reviewed
   * @param designation the designation with its document number and date (not before the review
   *     date in Asia/Shanghai), not null
   * @return the new, closed case file
   * @throws RefusedTransitionException {@code WRONG_STANDARD}, the actor and jurisdiction codes,
   *     {@code NOT_REVIEWED}, {@code RETURNED_AWAITING_RESUBMISSION}, {@code CASE_CLOSED}, {@code
   *     TIME_BEFORE_LAST_EVENT}, {@code INTEGRITY_BROKEN}, the adjustment codes, {@code
   *     PERSONAL_DATA_IN_DOCUMENT_NUMBER} (the argument masked), {@code
   *     DESIGNATION_BEFORE_REVIEW}, and {@code NOT_ELIGIBLE} when the city stage total is below
   *     the threshold, a key item is not met or a veto is triggered
   */
  public CaseFile approve(CaseFile file, ActorId approverId, List<Adjustment> adjustments,
      Designation designation) {
    Objects.requireNonNull(designation, "designation");
    Step step = step(file, approver(file, approverId), CaseStatus.REVIEWED);
    if (PersonalNumbers.holdsAny(designation.documentNumber())) {
      throw RefusedTransitionException.of(RefusalCode.PERSONAL_DATA_IN_DOCUMENT_NUMBER,
          designation.documentNumber());
    }
    DistrictReview review = file.getDistrictReview().orElseThrow();
    List<PointsChange> changes = this.adjustments.changes(file.getAssessment(), review.score(),
        review.adjustments(), adjustments);
    List<PointsChange> all = new ArrayList<>(review.adjustments());
    all.addAll(changes);
    StageScore city = score(Stage.CITY, file.getAssessment(), all);
    LocalDate reviewed = LocalDate.ofInstant(review.reviewedAt(), ZONE);
    if (designation.conferredOn().isBefore(reviewed)) {
      throw RefusedTransitionException.of(RefusalCode.DESIGNATION_BEFORE_REVIEW,
          designation.conferredOn().toString(), reviewed.toString());
    }
    LocalDate approvedOn = LocalDate.ofInstant(step.now, ZONE);
    if (designation.conferredOn().isBefore(approvedOn)) {
      throw RefusedTransitionException.of(RefusalCode.DESIGNATION_BEFORE_APPROVAL,
          designation.conferredOn().toString(), approvedOn.toString());
    }
    if (!city.eligible()) {
      throw RefusedTransitionException.of(RefusalCode.NOT_ELIGIBLE, file.getUnitId().value(),
          city.roundedTotal().toString(), standard.getCertificationThreshold().toString());
    }
    return close(file, step, new CityApproval(approverId, step.now, step.seen,
        CityDecision.APPROVED, changes, city, Optional.of(designation), List.of()));
  }

  /**
   * The city rejects a reviewed file (市级不予认定), with reasons: status {@code REJECTED}; the
   * district stage score stands as the city stage score.
   *
   * @param file the case file, status {@code REVIEWED}, not null
   * @param approverId a city approver of the unit's city, not of its staff
   * @param reasons why, at least one, each non-blank and at most 500 characters
   * @return the new, closed case file
   * @throws RefusedTransitionException as {@link #approve} for actor, state, time and
   *     integrity, and {@code REASON_REQUIRED}
   */
  public CaseFile reject(CaseFile file, ActorId approverId, List<String> reasons) {
    Step step = step(file, approver(file, approverId), CaseStatus.REVIEWED);
    AdjustmentChecks.requireReasons(reasons);
    StageScore city = StageScores.as(Stage.CITY,
        file.getDistrictReview().orElseThrow().score());
    return close(file, step, new CityApproval(approverId, step.now, step.seen,
        CityDecision.REJECTED, List.of(), city, Optional.empty(), reasons));
  }

  private CaseFile close(CaseFile file, Step step, CityApproval decision) {
    boolean approved = decision.decision() == CityDecision.APPROVED;
    CaseStatus to = approved ? CaseStatus.APPROVED : CaseStatus.REJECTED;
    AuditEvent e = seal(file, event(file, step,
        approved ? Transition.APPROVED : Transition.REJECTED, to, file.getRevision(),
        decision.digestSeen(), decision.adjustments(), decision.reasons(),
        decision.designation()), step, decision.score());
    return ImmutableCaseFile.builder().from(file)
        .status(to)
        .cityApproval(decision)
        .auditTrail(append(file, e))
        .build();
  }

  /**
   * Signs a decision's event with this workflow's key, or, when replaying, verifies the recorded
   * signature; an unsigned workflow leaves it unsigned.
   */
  private AuditEvent seal(CaseFile file, AuditEvent e, Step step, StageScore score) {
    return recorded != null && seals.signed()
        ? seals.verify(file, e, step.actor, score, recorded)
        : seals.sign(file, e, step.actor, score, signer);
  }

  /**
   * An event's time, which must lie in the review window of the assessment year.
   *
   * @throws RefusedTransitionException {@code TIME_OUTSIDE_REVIEW_WINDOW}
   */
  private Instant inWindow(Instant now, int year) {
    ReviewWindow window = reviewWindow(year);
    if (!window.contains(now)) {
      throw RefusedTransitionException.of(RefusalCode.TIME_OUTSIDE_REVIEW_WINDOW,
          now.toString(), window.from().toString(), window.to().toString());
    }
    return now;
  }

  // ------------------------------------------------------------------ integrity

  /**
   * Verifies a case file's digests (完整性核验): the digest of every submission as it is now
   * against the digest recorded at its submission, in its audit events, and seen by the district
   * review and the city decision. Any change to evidence or claims after submission fails.
   *
   * @param file the case file, not null
   * @return every mismatch; intact when none
   */
  public Verification verify(CaseFile file) {
    return integrity.verify(file);
  }

  /**
   * Rebuilds a case file from its audit trail and submissions (重放审计记录) and checks that the
   * result is the file given: every event is replayed as its transition, at its recorded time,
   * by its recorded actor, under this workflow's registry and standard, so every rule holds again
   * and every digest and stage score is recomputed. A file whose status, stages, points or
   * designation were edited, or whose trail breaks a rule, is refused. Replay proves that the file
   * follows the rules; it cannot prove who acted: a file made by running these transitions with
   * registered actor ids replays as valid.
   *
   * @param recorded the case file as read, not null
   * @return the replayed file, equal to {@code recorded}
   * @throws RefusedTransitionException {@code REPLAY_MISMATCH} when an event or the end state
   *     differs, or the code of the rule an event breaks, with {@link
   *     RefusedTransitionException#getEvent()} naming the event
   */
  public CaseFile replay(CaseFile recorded) {
    return Replay.replay(this, recorded);
  }

  // ------------------------------------------------------------------ checks

  /** A permitted actor about to act on an existing file: when, and the digest they see. */
  private record Step(Actor actor, Instant now, Digest seen) {}

  /** Checks the state, the time and every digest, in that order. */
  private Step step(CaseFile file, Actor actor, CaseStatus wanted) {
    requireStatus(file, wanted);
    Instant now = now(file);
    return new Step(actor, now, integrity.intact(file));
  }

  private Actor reviewer(CaseFile file, ActorId id) {
    return official(file, id, Role.DISTRICT_REVIEWER);
  }

  private Actor approver(CaseFile file, ActorId id) {
    return official(file, id, Role.CITY_APPROVER);
  }

  /** The standard first, then who acts (see {@link Permissions#official}). */
  private Actor official(CaseFile file, ActorId id, Role role) {
    Objects.requireNonNull(file, "file");
    requireStandard(file.getAssessment());
    return permissions.official(id, role, file.getUnit());
  }

  private void requireStandard(SelfAssessment a) {
    if (!a.getStandardId().equals(standard.getId())
        || !a.getStandardVersion().equals(standard.getVersion())) {
      throw RefusedTransitionException.of(RefusalCode.WRONG_STANDARD,
          a.getStandardId().value(), a.getStandardVersion().value(), standard.getId().value(),
          standard.getVersion().value());
    }
  }

  private static void requireStatus(CaseFile file, CaseStatus wanted) {
    CaseStatus s = file.getStatus();
    if (s == wanted) {
      return;
    }
    String unit = file.getUnitId().value();
    RefusalCode code;
    if (s.isClosed()) {
      code = RefusalCode.CASE_CLOSED;
    } else if (wanted == CaseStatus.RETURNED) {
      code = RefusalCode.NOT_RETURNED;
    } else if (s == CaseStatus.RETURNED) {
      code = RefusalCode.RETURNED_AWAITING_RESUBMISSION;
    } else {
      code = wanted == CaseStatus.SUBMITTED ? RefusalCode.ALREADY_REVIEWED
          : RefusalCode.NOT_REVIEWED;
    }
    throw RefusedTransitionException.ofLabels(code, unit, Labels.of(s));
  }

  private Instant now(CaseFile file) {
    Instant now = clock.instant();
    Instant last = file.getAuditTrail().get(file.getAuditTrail().size() - 1).at();
    if (now.isBefore(last)) {
      throw RefusedTransitionException.of(RefusalCode.TIME_BEFORE_LAST_EVENT, now.toString(),
          last.toString());
    }
    return inWindow(now, file.getYear());
  }

  /** Scores a stage: the assessment's claims with the changes applied in order. */
  private StageScore score(Stage stage, SelfAssessment a, List<PointsChange> changes) {
    return StageScores.score(scorer, standard, stage, a, changes);
  }

  private static AuditEvent event(CaseFile file, Step step, Transition t, CaseStatus to,
      int revision, Digest digest, List<PointsChange> changes, List<String> reasons,
      Optional<Designation> designation) {
    int sequence = file == null ? 1 : file.getAuditTrail().size() + 1;
    Optional<CaseStatus> from = file == null ? Optional.empty() : Optional.of(file.getStatus());
    return new AuditEvent(sequence, step.now, step.actor.id(), step.actor.role(), t, from, to,
        revision, digest, changes, reasons, designation);
  }

  private static List<AuditEvent> append(CaseFile file, AuditEvent e) {
    List<AuditEvent> trail = new ArrayList<>(file.getAuditTrail());
    trail.add(e);
    return trail;
  }

  private static String describe(SelfAssessment a) {
    return a.getUnit().id() + " " + a.getStandardId() + " " + a.getStandardVersion() + " "
        + a.getYear();
  }
}
