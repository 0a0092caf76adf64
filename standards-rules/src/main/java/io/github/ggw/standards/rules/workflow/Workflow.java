package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.rule.Judgement;
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
import io.github.ggw.standards.model.workflow.Reasons;
import io.github.ggw.standards.model.workflow.RegisteredUnit;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.model.workflow.Submission;
import io.github.ggw.standards.model.workflow.Transition;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The review workflow (审核认定流程): pure transitions from case file to case file, for one standard,
 * with the unit registry, the digester and the clock injected.
 *
 * <p>The path (DESIGN.md, "The field in one page"): a unit's staff {@linkplain #submit submit}
 * its self-assessment (自查自评); a reviewer of its district {@linkplain #review reviews} it
 * (审核把关), possibly adjusting judgement items with reasons, or {@linkplain #returnForRevision
 * returns} it with reasons; the unit {@linkplain #resubmit resubmits}; an approver of its city
 * {@linkplain #approve approves} it as reviewed or with adjusted points and confers a designation
 * under a document number, or {@linkplain #reject rejects} it with reasons.
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
 * <p>Immutable and thread-safe.
 */
public final class Workflow {
  /** The zone of calendar dates in the workflow (document dates, review dates): Asia/Shanghai. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Standard standard;
  private final UnitRegistry registry;
  private final AssessmentDigester digester;
  private final Clock clock;
  private final Scorer scorer;
  private final Map<CriterionCode, Criterion> claimable = new LinkedHashMap<>();

  private Workflow(Standard standard, UnitRegistry registry, AssessmentDigester digester,
      Clock clock, Scorer scorer) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.digester = Objects.requireNonNull(digester, "digester");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    standard.allCriteria().filter(AssessmentChecker::isClaimable)
        .forEach(c -> claimable.put(c.getCode(), c));
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
    return new Workflow(standard, registry, digester, newClock, scorer);
  }

  /** @return the standard every case file answers */
  public Standard getStandard() {
    return standard;
  }

  /** @return the units and actors */
  public UnitRegistry getRegistry() {
    return registry;
  }

  /** @return the clock */
  public Clock getClock() {
    return clock;
  }

  // ------------------------------------------------------------------ transitions

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
    Actor actor = actor(actorId, Role.UNIT_STAFF);
    RegisteredUnit unit = registered(assessment.getUnit());
    staff(actor, unit);
    requireStandard(assessment);
    StageScore self = score(Stage.SELF, assessment, List.of());
    Digest digest = digester.digest(assessment);
    Step step = new Step(actor, clock.instant(), digest);
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
    List<PointsChange> changes = changes(file.assessment(), file.getSelfScore(), adjustments);
    StageScore district = score(Stage.DISTRICT, file.assessment(), changes);
    return ImmutableCaseFile.builder().from(file)
        .status(CaseStatus.REVIEWED)
        .districtReview(new DistrictReview(reviewerId, step.now, step.seen, changes, district))
        .auditTrail(append(file, event(file, step, Transition.REVIEWED, CaseStatus.REVIEWED,
            file.revision(), step.seen, changes, List.of(), Optional.empty())))
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
    requireReasons(reasons);
    return ImmutableCaseFile.builder().from(file)
        .status(CaseStatus.RETURNED)
        .auditTrail(append(file, event(file, step, Transition.RETURNED, CaseStatus.RETURNED,
            file.revision(), step.seen, List.of(), reasons, Optional.empty())))
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
   *     ASSESSMENT_INVALID}
   */
  public CaseFile resubmit(CaseFile file, SelfAssessment revised, ActorId actorId) {
    Objects.requireNonNull(revised, "revised");
    requireStandard(file.assessment());
    Actor actor = actor(actorId, Role.UNIT_STAFF);
    staff(actor, registered(file.getUnit()));
    Step step = step(file, actor, CaseStatus.RETURNED);
    SelfAssessment current = file.assessment();
    if (!revised.getUnit().id().equals(current.getUnit().id())
        || !revised.getStandardId().equals(current.getStandardId())
        || !revised.getStandardVersion().equals(current.getStandardVersion())
        || revised.getYear() != current.getYear()) {
      throw RefusedTransitionException.of(RefusalCode.CASE_MISMATCH, describe(revised),
          describe(current));
    }
    registered(revised.getUnit());
    StageScore self = score(Stage.SELF, revised, List.of());
    Digest digest = digester.digest(revised);
    int revision = file.revision() + 1;
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
   *     DESIGNATION_BEFORE_REVIEW}, and {@code NOT_ELIGIBLE} when the city stage total is below
   *     the threshold, a key item is not met or a veto is triggered
   */
  public CaseFile approve(CaseFile file, ActorId approverId, List<Adjustment> adjustments,
      Designation designation) {
    Objects.requireNonNull(designation, "designation");
    Step step = step(file, approver(file, approverId), CaseStatus.REVIEWED);
    DistrictReview review = file.getDistrictReview().orElseThrow();
    List<PointsChange> changes = changes(file.assessment(), review.score(), adjustments);
    List<PointsChange> all = new ArrayList<>(review.adjustments());
    all.addAll(changes);
    StageScore city = score(Stage.CITY, file.assessment(), all);
    LocalDate reviewed = LocalDate.ofInstant(review.reviewedAt(), ZONE);
    if (designation.conferredOn().isBefore(reviewed)) {
      throw RefusedTransitionException.of(RefusalCode.DESIGNATION_BEFORE_REVIEW,
          designation.conferredOn().toString(), reviewed.toString());
    }
    if (!city.eligible()) {
      throw RefusedTransitionException.of(RefusalCode.NOT_ELIGIBLE, file.unitId().value(),
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
    requireReasons(reasons);
    StageScore city = StageScores.as(Stage.CITY,
        file.getDistrictReview().orElseThrow().score());
    return close(file, step, new CityApproval(approverId, step.now, step.seen,
        CityDecision.REJECTED, List.of(), city, Optional.empty(), reasons));
  }

  private CaseFile close(CaseFile file, Step step, CityApproval decision) {
    boolean approved = decision.decision() == CityDecision.APPROVED;
    CaseStatus to = approved ? CaseStatus.APPROVED : CaseStatus.REJECTED;
    return ImmutableCaseFile.builder().from(file)
        .status(to)
        .cityApproval(decision)
        .auditTrail(append(file, event(file, step,
            approved ? Transition.APPROVED : Transition.REJECTED, to, file.revision(),
            decision.digestSeen(), decision.adjustments(), decision.reasons(),
            decision.designation())))
        .build();
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
    List<IntegrityFailure> failures = new ArrayList<>();
    List<Digest> actual = new ArrayList<>();
    for (Submission s : file.getSubmissions()) {
      Digest d = digester.digest(s.assessment());
      actual.add(d);
      if (!d.equals(s.digest())) {
        failures.add(new IntegrityFailure(IntegrityCheck.SUBMISSION, s.revision(), s.digest(), d));
      }
    }
    for (AuditEvent e : file.getAuditTrail()) {
      if (e.revision() <= actual.size() && !e.digest().equals(actual.get(e.revision() - 1))) {
        failures.add(new IntegrityFailure(IntegrityCheck.EVENT, e.sequence(), e.digest(),
            actual.get(e.revision() - 1)));
      }
    }
    Digest current = actual.get(actual.size() - 1);
    file.getDistrictReview().filter(r -> !r.digestSeen().equals(current)).ifPresent(r ->
        failures.add(new IntegrityFailure(IntegrityCheck.DISTRICT_REVIEW, file.revision(),
            r.digestSeen(), current)));
    file.getCityApproval().filter(c -> !c.digestSeen().equals(current)).ifPresent(c ->
        failures.add(new IntegrityFailure(IntegrityCheck.CITY_APPROVAL, file.revision(),
            c.digestSeen(), current)));
    return new Verification(failures);
  }

  /**
   * Rebuilds a case file from its audit trail and submissions (重放审计记录) and checks that the
   * result is the file given: every event is replayed as its transition, at its recorded time,
   * by its recorded actor, under this workflow's registry and standard, so every rule holds again
   * and every digest and stage score is recomputed. A file whose status, stages, points or
   * designation were edited, or whose trail breaks a rule, is refused: no approved state can be
   * forged by editing the data. (Replay proves that the file follows the rules; it cannot prove
   * who pressed the button — sign files outside the library for that.)
   *
   * @param recorded the case file as read, not null
   * @return the replayed file, equal to {@code recorded}
   * @throws RefusedTransitionException {@code REPLAY_MISMATCH} when an event or the end state
   *     differs, or the code of the rule an event breaks, with {@link
   *     RefusedTransitionException#getEvent()} naming the event
   */
  public CaseFile replay(CaseFile recorded) {
    CaseFile state = null;
    for (AuditEvent e : recorded.getAuditTrail()) {
      Workflow at = withClock(Clock.fixed(e.at(), ZoneOffset.UTC));
      try {
        state = at.apply(state, e, recorded.getSubmissions());
      } catch (RefusedTransitionException x) {
        throw x.getEvent().isPresent() ? x : x.atEvent(e.sequence());
      }
      AuditEvent again = state.getAuditTrail().get(state.getAuditTrail().size() - 1);
      if (!again.equals(e)) {
        throw mismatch(e.sequence(), "the event replays as " + again);
      }
    }
    if (!Objects.equals(state, recorded)) {
      throw mismatch(recorded.getAuditTrail().size(),
          "the recorded status, stages or submissions differ from the replay");
    }
    return state;
  }

  private CaseFile apply(CaseFile state, AuditEvent e, List<Submission> submissions) {
    if (e.revision() > submissions.size()) {
      throw mismatch(e.sequence(), "no submission of revision " + e.revision());
    }
    SelfAssessment submitted = submissions.get(e.revision() - 1).assessment();
    if ((state == null) != (e.transition() == Transition.SUBMITTED)) {
      throw mismatch(e.sequence(), "a trail has exactly one first submission, at its start");
    }
    List<Adjustment> adjustments = e.changes().stream().map(PointsChange::toAdjustment).toList();
    return switch (e.transition()) {
      case SUBMITTED -> submit(submitted, e.actor());
      case RESUBMITTED -> resubmit(state, submitted, e.actor());
      case REVIEWED -> review(state, e.actor(), adjustments);
      case RETURNED -> returnForRevision(state, e.actor(), e.reasons());
      case APPROVED -> approve(state, e.actor(), adjustments, e.designation().orElseThrow(() ->
          mismatch(e.sequence(), "an approval without a designation")));
      case REJECTED -> reject(state, e.actor(), e.reasons());
    };
  }

  private static RefusedTransitionException mismatch(int sequence, String what) {
    return RefusedTransitionException.of(RefusalCode.REPLAY_MISMATCH, String.valueOf(sequence),
        what).atEvent(sequence);
  }

  // ------------------------------------------------------------------ checks

  /** A permitted actor about to act on an existing file: when, and the digest they see. */
  private record Step(Actor actor, Instant now, Digest seen) {}

  /** Checks the state, the time and every digest, in that order. */
  private Step step(CaseFile file, Actor actor, CaseStatus wanted) {
    requireStatus(file, wanted);
    Instant now = now(file);
    return new Step(actor, now, intact(file));
  }

  private Actor reviewer(CaseFile file, ActorId id) {
    return official(file, id, Role.DISTRICT_REVIEWER);
  }

  private Actor approver(CaseFile file, ActorId id) {
    return official(file, id, Role.CITY_APPROVER);
  }

  /**
   * A reviewer or approver permitted to act on the file's unit: registered in the role, not on
   * the unit's staff, and of the unit's review jurisdiction (reviewers) or city (approvers).
   */
  private Actor official(CaseFile file, ActorId id, Role role) {
    Objects.requireNonNull(file, "file");
    requireStandard(file.assessment());
    Actor actor = actor(id, role);
    RegisteredUnit unit = registered(file.getUnit());
    independent(actor, unit);
    within(actor, unit,
        role == Role.CITY_APPROVER ? unit.city() : unit.reviewingJurisdiction());
    return actor;
  }

  private Actor actor(ActorId id, Role role) {
    Objects.requireNonNull(id, "actor");
    Actor a = registry.actor(id).orElseThrow(() ->
        RefusedTransitionException.of(RefusalCode.ACTOR_NOT_REGISTERED, id.value()));
    if (a.role() != role) {
      throw RefusedTransitionException.of(RefusalCode.ROLE_NOT_PERMITTED, id.value(),
          Labels.of(a.role()).toString(), Labels.of(role).toString());
    }
    return a;
  }

  private RegisteredUnit registered(Unit unit) {
    RegisteredUnit r = registry.unit(unit.id()).orElseThrow(() ->
        RefusedTransitionException.of(RefusalCode.UNIT_NOT_REGISTERED, unit.id().value()));
    if (!r.unit().equals(unit)) {
      Unit u = r.unit();
      throw RefusedTransitionException.of(RefusalCode.UNIT_RECORD_MISMATCH, unit.id().value(),
          u.name() + ", " + u.type() + ", " + u.district());
    }
    return r;
  }

  private static void staff(Actor actor, RegisteredUnit unit) {
    if (!actor.isStaffOf(unit.unit().id())) {
      throw RefusedTransitionException.of(RefusalCode.NOT_UNIT_STAFF, actor.id().value(),
          unit.unit().id().value());
    }
  }

  private static void independent(Actor actor, RegisteredUnit unit) {
    if (actor.isStaffOf(unit.unit().id())) {
      throw RefusedTransitionException.of(RefusalCode.OWN_UNIT, actor.id().value(),
          unit.unit().id().value());
    }
  }

  private static void within(Actor actor, RegisteredUnit unit, DistrictCode jurisdiction) {
    DistrictCode own = actor.jurisdiction().orElseThrow();
    if (!own.equals(jurisdiction)) {
      throw RefusedTransitionException.of(RefusalCode.OUTSIDE_JURISDICTION, actor.id().value(),
          own.value(), unit.unit().id().value(), jurisdiction.value());
    }
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
    String unit = file.unitId().value();
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
    throw RefusedTransitionException.of(code, unit, Labels.of(s).toString());
  }

  private Instant now(CaseFile file) {
    Instant now = clock.instant();
    Instant last = file.getAuditTrail().get(file.getAuditTrail().size() - 1).at();
    if (now.isBefore(last)) {
      throw RefusedTransitionException.of(RefusalCode.TIME_BEFORE_LAST_EVENT, now.toString(),
          last.toString());
    }
    return now;
  }

  /** The digest of the current submission, after checking every recorded digest. */
  private Digest intact(CaseFile file) {
    Verification v = verify(file);
    if (!v.isIntact()) {
      IntegrityFailure f = v.failures().get(0);
      throw RefusedTransitionException.of(RefusalCode.INTEGRITY_BROKEN, file.unitId().value(),
          f.recorded().shortForm(), f.actual().shortForm());
    }
    return file.currentSubmission().digest();
  }

  private static void requireReasons(List<String> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw RefusedTransitionException.of(RefusalCode.REASON_REQUIRED, "none given");
    }
    for (String r : reasons) {
      if (!Reasons.isValid(r)) {
        throw RefusedTransitionException.of(RefusalCode.REASON_REQUIRED, String.valueOf(r));
      }
      refusePersonalData(r);
    }
  }

  /** Refuses a reason that holds a personal number, without repeating the number. */
  private static void refusePersonalData(String reason) {
    if (io.github.ggw.standards.rules.check.PersonalDataScanner.holdsIdentityNumber(reason)
        || io.github.ggw.standards.rules.check.PersonalDataScanner.holdsMobileNumber(reason)) {
      throw RefusedTransitionException.of(RefusalCode.PERSONAL_DATA_IN_REASON,
          "the reason is not repeated");
    }
  }

  /** Checks adjustments against the previous stage and records them as changes. */
  private List<PointsChange> changes(SelfAssessment a, StageScore previous,
      List<Adjustment> adjustments) {
    Objects.requireNonNull(adjustments, "adjustments");
    Set<CriterionCode> seen = new HashSet<>();
    List<PointsChange> out = new ArrayList<>();
    for (Adjustment adj : adjustments) {
      String code = adj.code().value();
      if (!Reasons.isValid(adj.reason())) {
        throw RefusedTransitionException.of(RefusalCode.REASON_REQUIRED, code);
      }
      refusePersonalData(adj.reason());
      Criterion c = claimable.get(adj.code());
      if (c == null || c.isNotApplicableTo(a.getUnit().type())) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_UNKNOWN_ITEM, code);
      }
      if (!(c.getRule().orElseThrow() instanceof Judgement j)) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_COMPUTED_ITEM, code);
      }
      if (!seen.add(adj.code())) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_DUPLICATE, code);
      }
      if (adj.points().compareTo(c.getMaxPoints()) > 0) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_ABOVE_MAX, code,
            adj.points().toString(), c.getMaxPoints().toString());
      }
      if (!adj.points().isMultipleOf(j.step())) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_OFF_STEP, code,
            adj.points().toString(), j.step().stripTrailingZeros().toPlainString());
      }
      Points before = previous.pointsOf(adj.code()).orElseThrow();
      if (before.equals(adj.points())) {
        throw RefusedTransitionException.of(RefusalCode.ADJUSTMENT_UNCHANGED, code,
            before.toString());
      }
      out.add(new PointsChange(adj.code(), before, adj.points(), adj.reason()));
    }
    return out;
  }

  /** Scores a stage: the assessment's claims with the changes applied in order. */
  private StageScore score(Stage stage, SelfAssessment a, List<PointsChange> changes) {
    Map<CriterionCode, Points> set = new LinkedHashMap<>();
    changes.forEach(c -> set.put(c.code(), c.after()));
    SelfAssessment claims = set.isEmpty() ? a : ImmutableSelfAssessment.copyOf(a).withClaims(
        a.getClaims().stream().map(c -> set.containsKey(c.code())
            ? new Claim(c.code(), set.get(c.code()), c.narrative()) : c).toList());
    Result<ScoreReport> o = scorer.score(standard, claims);
    if (!o.isValid()) {
      throw RefusedTransitionException.invalid(o.problems());
    }
    return StageScores.of(stage, o.value().orElseThrow());
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
