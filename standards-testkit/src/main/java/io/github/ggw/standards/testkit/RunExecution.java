package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.model.workflow.RegisteredUnit;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
import io.github.ggw.standards.rules.workflow.Workflow;
import io.github.ggw.standards.testkit.ReviewRuns.Action;
import io.github.ggw.standards.testkit.ReviewRuns.Kind;
import io.github.ggw.standards.testkit.ReviewRuns.Made;
import io.github.ggw.standards.testkit.ReviewRuns.Outcome;
import io.github.ggw.standards.testkit.ReviewRuns.Run;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes a generated review run (执行审核审批动作序列): each action's drawn choices are resolved
 * against the case file in hand (which kind, which actor) and applied through the run's
 * {@link Workflow}, its clock at the action's time. Nothing is drawn here: executing the same
 * run twice does the same.
 */
final class RunExecution {
  private RunExecution() {}

  /**
   * Applies every action of a run in turn to the followed unit's file.
   *
   * @param run the run
   * @return the transitions made and the refusals, in order
   */
  static Outcome execute(Run run) {
    List<Made> made = new ArrayList<>();
    List<RefusedTransitionException> refusals = new ArrayList<>();
    CaseFile file = null;
    Instant now = ReviewRuns.START;
    for (Action a : run.actions()) {
      now = now.plus(Duration.ofMinutes(a.minutes()));
      Workflow w = run.workflow(now);
      Unit unit = file == null ? run.unit() : file.getUnit();
      try {
        CaseFile after = apply(w, file, unit, a, now);
        if (after != null) {
          made.add(new Made(a, file, after));
          file = after;
        }
      } catch (RefusedTransitionException e) {
        refusals.add(e);
      }
    }
    return new Outcome(run, made, refusals);
  }

  private static CaseFile apply(Workflow w, CaseFile file, Unit unit, Action a, Instant now) {
    SelfAssessment revision = a.revision().apply(unit);
    Kind kind = a.mode() == 0 ? a.kind() : plausible(file, a.branch());
    ActorId actor = actor(w.getRegistry(), unit, kind, a);
    // a decision is signed with the key of the actor's office, when they have one
    w = ReviewRuns.keyOf(w.getRegistry(), actor).map(w::signingWith).orElse(w);
    if (file == null) {
      return kind == Kind.SUBMIT ? w.submit(revision, actor) : null;
    }
    Designation designation = new Designation(DesignationKind.QUALITY_CERTIFIED,
        "常教关委〔" + LocalDate.ofInstant(now, Workflow.ZONE).plusDays(a.designationDays())
            .getYear() + "〕4号",
        LocalDate.ofInstant(now, Workflow.ZONE).plusDays(a.designationDays()));
    return switch (kind) {
      case SUBMIT, RESUBMIT -> w.resubmit(file, revision, actor);
      case REVIEW -> w.review(file, actor, a.adjustments());
      case RETURN -> w.returnForRevision(file, actor, a.reasons());
      case APPROVE -> w.approve(file, actor, a.adjustments(), designation);
      case REJECT -> w.reject(file, actor, a.reasons());
    };
  }

  /** The kind the file's status admits next. */
  private static Kind plausible(CaseFile file, int branch) {
    if (file == null) {
      return Kind.SUBMIT;
    }
    return switch (file.getStatus()) {
      case SUBMITTED -> branch == 0 ? Kind.RETURN : Kind.REVIEW;
      case RETURNED -> Kind.RESUBMIT;
      case REVIEWED, APPROVED, REJECTED -> branch == 0 ? Kind.REJECT : Kind.APPROVE;
    };
  }

  private static Role roleOf(Kind kind) {
    return switch (kind) {
      case SUBMIT, RESUBMIT -> Role.UNIT_STAFF;
      case REVIEW, RETURN -> Role.DISTRICT_REVIEWER;
      case APPROVE, REJECT -> Role.CITY_APPROVER;
    };
  }

  /** Any actor (mode 0), one of the kind's role (mode 1), or one the rules admit (modes 2, 3). */
  private static ActorId actor(UnitRegistry registry, Unit unit, Kind kind, Action a) {
    List<ActorId> all = new ArrayList<>(registry.getActors().stream().map(Actor::id).toList());
    all.add(ActorId.of("GHOST"));
    boolean anyOfRole = registry.getActors().stream().anyMatch(x -> x.role() == roleOf(kind));
    if (a.mode() == 0 || !anyOfRole) {
      return all.get(a.actorDraw() % all.size());
    }
    Role role = roleOf(kind);
    RegisteredUnit u = registry.unit(unit.id()).orElseThrow();
    List<Actor> ofRole = registry.getActors().stream().filter(x -> x.role() == role).toList();
    List<Actor> admitted = ofRole.stream().filter(x -> role == Role.UNIT_STAFF
        ? x.isStaffOf(unit.id())
        : !x.isStaffOf(unit.id()) && x.jurisdiction().orElseThrow().equals(
            role == Role.CITY_APPROVER ? u.city() : u.reviewingJurisdiction())).toList();
    List<Actor> from = a.mode() >= 2 && !admitted.isEmpty() ? admitted : ofRole;
    return from.get(a.actorDraw() % from.size()).id();
  }
}
