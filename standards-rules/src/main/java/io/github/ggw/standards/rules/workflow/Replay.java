package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.Submission;
import io.github.ggw.standards.model.workflow.Transition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Rebuilds a case file from its audit trail (重放审计记录): every event is replayed as its
 * transition through the workflow's public transitions, at its recorded time, by its recorded
 * actor, so every rule holds again and every digest and stage score is recomputed; the replayed
 * events and end state must equal the recorded ones. No event may lie after the workflow's own
 * clock (the time of reading); in a signed workflow every recorded decision's signature is
 * verified against the registry's keys instead of being made again. Stateless.
 */
final class Replay {
  private Replay() {}

  /**
   * Replays a recorded case file.
   *
   * @param workflow the workflow whose standard, registry and digests apply
   * @param recorded the case file as read, not null
   * @return the replayed file, equal to {@code recorded}
   * @throws RefusedTransitionException {@code REPLAY_MISMATCH}, or the code of the rule an event
   *     breaks, naming the event
   */
  static CaseFile replay(Workflow workflow, CaseFile recorded) {
    CaseFile state = null;
    Instant reading = workflow.getClock().instant();
    for (AuditEvent e : recorded.getAuditTrail()) {
      if (e.at().isAfter(reading)) {
        throw RefusedTransitionException.of(RefusalCode.TIME_IN_FUTURE, e.at().toString(),
            reading.toString()).atEvent(e.sequence());
      }
      Workflow at = workflow.replaying(e, Clock.fixed(e.at(), ZoneOffset.UTC));
      try {
        state = apply(at, state, e, recorded.getSubmissions());
      } catch (RefusedTransitionException x) {
        throw x.getEvent().isPresent() ? x : x.atEvent(e.sequence());
      }
      AuditEvent again = state.getAuditTrail().get(state.getAuditTrail().size() - 1);
      if (!again.equals(e)) {
        throw mismatch(e.sequence(), "event");
      }
    }
    if (!Objects.equals(state, recorded)) {
      throw mismatch(recorded.getAuditTrail().size(), "state");
    }
    return state;
  }

  private static CaseFile apply(Workflow w, CaseFile state, AuditEvent e,
      List<Submission> submissions) {
    if (e.revision() > submissions.size()) {
      throw mismatch(e.sequence(), "revision", String.valueOf(e.revision()));
    }
    SelfAssessment submitted = submissions.get(e.revision() - 1).assessment();
    if ((state == null) != (e.transition() == Transition.SUBMITTED)) {
      throw mismatch(e.sequence(), "first");
    }
    List<Adjustment> adjustments = e.changes().stream().map(PointsChange::toAdjustment).toList();
    return switch (e.transition()) {
      case SUBMITTED -> w.submit(submitted, e.actor());
      case RESUBMITTED -> w.resubmit(state, submitted, e.actor());
      case REVIEWED -> w.review(state, e.actor(), adjustments);
      case RETURNED -> w.returnForRevision(state, e.actor(), e.reasons());
      case APPROVED -> w.approve(state, e.actor(), adjustments, e.designation().orElseThrow(() ->
          mismatch(e.sequence(), "designation")));
      case REJECTED -> w.reject(state, e.actor(), e.reasons());
    };
  }

  /**
   * A mismatch at an event: what differs is one of the details the refusal bundles word in
   * both languages ({@code REPLAY_MISMATCH.<what>}): {@code event} (the event recorded is not
   * the one its replay makes), {@code state} (status, stages or submissions), {@code revision}
   * (no submission of the revision given after it), {@code first} (not exactly one first
   * submission, at the start), {@code designation} (an approval without one).
   */
  private static RefusedTransitionException mismatch(int sequence, String what,
      String... more) {
    String[] args = new String[2 + more.length];
    args[0] = String.valueOf(sequence);
    args[1] = what;
    System.arraycopy(more, 0, args, 2, more.length);
    return RefusedTransitionException.of(RefusalCode.REPLAY_MISMATCH, args).atEvent(sequence);
  }
}
