package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.problem.Result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.testkit.ReviewRuns.Made;
import io.github.ggw.standards.testkit.ReviewRuns.Outcome;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.ImmutableCaseFile;
import io.github.ggw.standards.model.workflow.ItemPoints;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.RegisteredUnit;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.StageScore;
import io.github.ggw.standards.model.workflow.Submission;
import io.github.ggw.standards.model.workflow.Transition;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invariants of the review workflow over generated sequences of actions by generated actors
 * (QuickTheories; see {@link ReviewRuns}), valid and invalid alike.
 */
class WorkflowProperties {
  /** The clock files are read with: after every generated event. */
  private static final java.time.Instant READ_AT = java.time.Instant.parse("2030-01-01T00:00:00Z");
  private static final int EXAMPLES = 200;
  /** Enough to shrink a failing run to a few actions without minutes of re-execution. */
  private static final int SHRINKS = 100;
  private static final Gen<Outcome> OUTCOMES =
      ReviewRuns.runs().map(ReviewRuns::execute);

  @Test
  void generatedRunsReachEveryStatusAndRefuseSomething() {
    // a guard on the generator: without it the properties below could hold vacuously; a fixed
    // seed and more examples keep the guard itself deterministic (the rare path, approval after
    // a resubmission, is not reached by every random sample of 200)
    List<Outcome> sample = new ArrayList<>();
    qt().withFixedSeed(2022).withExamples(4 * EXAMPLES).withShrinkCycles(SHRINKS).forAll(OUTCOMES)
        .checkAssert(sample::add);
    assertThat(sample.stream().flatMap(o -> o.states().stream()).map(CaseFile::getStatus)
        .distinct()).contains(CaseStatus.values());
    assertThat(sample.stream().mapToLong(o -> o.refusals().size()).sum()).isPositive();
    assertThat(sample.stream().filter(o -> o.states().stream()
        .anyMatch(f -> f.getStatus() == CaseStatus.APPROVED && f.getRevision() > 1))).isNotEmpty();
  }

  /**
   * No sequence reaches an approved state without a district review, after the last
   * (re)submission, by a reviewer of the unit's own review jurisdiction (its district, or the
   * city for a city-run school) — judged from the registry, not from the file.
   */
  @Test
  void noApprovalWithoutAReviewByTheUnitsOwnDistrictAfterTheLastResubmission() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(OUTCOMES).checkAssert(o -> {
      for (CaseFile f : o.states()) {
        if (f.getStatus() != CaseStatus.APPROVED) {
          continue;
        }
        List<AuditEvent> trail = f.getAuditTrail();
        int lastSubmission = lastIndexOf(trail, Transition.SUBMITTED, Transition.RESUBMITTED);
        int approval = lastIndexOf(trail, Transition.APPROVED);
        RegisteredUnit unit = o.run().registry().unit(f.getUnitId()).orElseThrow();
        List<AuditEvent> between = trail.subList(lastSubmission + 1, approval);
        assertThat(between).noneMatch(e -> e.transition() == Transition.RETURNED);
        assertThat(between).filteredOn(e -> e.transition() == Transition.REVIEWED)
            .singleElement().satisfies(e -> {
              Actor reviewer = o.run().registry().actor(e.actor()).orElseThrow();
              assertThat(reviewer.role()).isEqualTo(Role.DISTRICT_REVIEWER);
              assertThat(reviewer.jurisdiction()).contains(unit.reviewingJurisdiction());
            });
      }
    });
  }

  /** No actor ever reviews, returns, approves or rejects a unit whose staff they are on. */
  @Test
  void noActorEverReviewsOrApprovesTheirOwnUnit() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(OUTCOMES).checkAssert(o -> {
      UnitRegistry registry = o.run().registry();
      for (CaseFile f : o.states()) {
        for (AuditEvent e : f.getAuditTrail()) {
          Actor actor = registry.actor(e.actor()).orElseThrow();
          boolean submission = e.transition() == Transition.SUBMITTED
              || e.transition() == Transition.RESUBMITTED;
          assertThat(actor.isStaffOf(f.getUnitId())).as("%s %s", e.transition(), e.actor())
              .isEqualTo(submission);
          assertThat(e.role()).isEqualTo(actor.role());
        }
      }
    });
  }

  /** Every stage's points lie in [0, max] per line, and its totals in [0, maximum total]. */
  @Test
  void pointsAtEveryStageStayWithinBounds() {
    Points maximum = ReviewRuns.STANDARD.getMaximumTotal();
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(OUTCOMES).checkAssert(o -> {
      for (CaseFile f : o.states()) {
        List<StageScore> stages = new ArrayList<>(List.of(f.getSelfScore()));
        f.getDistrictReview().ifPresent(r -> stages.add(r.score()));
        f.getCityApproval().ifPresent(a -> stages.add(a.score()));
        for (StageScore s : stages) {
          assertThat(s.total()).isBetween(Points.ZERO, maximum);
          assertThat(s.roundedTotal()).isBetween(Points.ZERO, maximum);
          for (ItemPoints i : s.items()) {
            assertThat(i.points()).isBetween(Points.ZERO, i.maxPoints());
          }
        }
        for (AuditEvent e : f.getAuditTrail()) {
          for (PointsChange c : e.changes()) {
            Points max = ReviewRuns.STANDARD.find(c.code()).orElseThrow().getMaxPoints();
            assertThat(c.after()).isBetween(Points.ZERO, max);
          }
        }
      }
    });
  }

  /** Each transition appends exactly one event and leaves the earlier trail as it was. */
  @Test
  void theAuditTrailOnlyGrows() {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(OUTCOMES).checkAssert(o -> {
      for (Made m : o.made()) {
        List<AuditEvent> before = m.before() == null ? List.of() : m.before().getAuditTrail();
        List<AuditEvent> after = m.after().getAuditTrail();
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        AuditEvent last = after.get(after.size() - 1);
        assertThat(last.sequence()).isEqualTo(after.size());
        if (!before.isEmpty()) {
          assertThat(last.at()).isAfterOrEqualTo(before.get(before.size() - 1).at());
          assertThat(last.from()).contains(m.before().getStatus());
        }
      }
    });
  }

  /** Every reached file round-trips through JSON: its digests hold and its trail replays. */
  @Test
  void everyReachedFileRoundTripsThroughJsonAndReplays() {
    qt().withExamples(EXAMPLES / 2).withShrinkCycles(SHRINKS).forAll(OUTCOMES).checkAssert(o -> {
      Workflow w = o.run().workflow(READ_AT);
      for (CaseFile f : o.states()) {
        byte[] json = ReviewRuns.JSON.writeCaseFile(f).getBytes(StandardCharsets.UTF_8);
        Result<CaseFile> read = ReviewRuns.JSON.readCaseFile(json, w);
        assertThat(read.problems()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(f);
      }
    });
  }

  /**
   * Changing any one byte of any submission's evidence in a case file's JSON makes the file
   * fail: as JSON, as a value, or by its digests. Every non-whitespace byte is a candidate.
   */
  @Test
  void changingAnyByteOfEvidenceAfterSubmissionFails() {
    Gen<Object[]> cases = OUTCOMES.zip(in -> new long[] {in.next(Constraint.between(0,
        Integer.MAX_VALUE)), in.next(Constraint.between(0x21, 0x7e))},
        (o, draw) -> new Object[] {o, draw});
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(cases).checkAssert(c -> {
      Outcome o = (Outcome) c[0];
      long[] draw = (long[]) c[1];
      if (o.states().isEmpty()) {
        return;
      }
      CaseFile f = o.states().get((int) (draw[0] % o.states().size()));
      byte[] json = ReviewRuns.JSON.writeCaseFile(f).getBytes(StandardCharsets.UTF_8);
      List<Integer> positions = evidenceBytes(json);
      int at = positions.get((int) (draw[0] % positions.size()));
      byte replacement = (byte) draw[1];
      if (replacement == json[at]) {
        replacement = (byte) (replacement == '~' ? '!' : replacement + 1);
      }
      byte[] changed = json.clone();
      changed[at] = replacement;
      Result<CaseFile> read = ReviewRuns.JSON.readCaseFile(changed,
          o.run().workflow(READ_AT));
      assertThat(read.isValid()).as("byte %d '%c' → '%c'", at, (char) json[at],
          (char) replacement).isFalse();
    });
  }

  /** The same at the level of values: any change to a submission's evidence fails verify. */
  @Test
  void changingEvidenceAfterSubmissionFailsVerification() {
    Gen<Object[]> cases = OUTCOMES.zip(in -> new Object[] {
        (int) in.next(Constraint.between(0, 1000)), Generators.evidence(2022).generate(in)},
        (o, draw) -> new Object[] {o, draw});
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS).forAll(cases).checkAssert(c -> {
      Outcome o = (Outcome) c[0];
      Object[] draw = (Object[]) c[1];
      if (o.states().isEmpty()) {
        return;
      }
      int pick = (int) draw[0];
      CaseFile f = o.states().get(pick % o.states().size());
      int revision = pick % f.getSubmissions().size();
      Submission s = f.getSubmissions().get(revision);
      List<Evidence> evidence = new ArrayList<>(s.assessment().getEvidence());
      switch (pick % 3) {
        case 0 -> evidence.remove(pick % evidence.size());
        case 1 -> evidence.add(pick % (evidence.size() + 1), (Evidence) draw[1]);
        default -> evidence.set(pick % evidence.size(), (Evidence) draw[1]);
      }
      SelfAssessment changed = ImmutableSelfAssessment.copyOf(s.assessment())
          .withEvidence(evidence);
      if (changed.equals(s.assessment())) {
        return;
      }
      List<Submission> subs = new ArrayList<>(f.getSubmissions());
      subs.set(revision, new Submission(s.revision(), s.digest(), changed));
      CaseFile tampered = ImmutableCaseFile.builder().from(f).submissions(subs).build();
      assertThat(o.run().workflow(READ_AT).verify(tampered).isIntact())
          .isFalse();
    });
  }

  /** The byte offsets of the non-whitespace bytes inside every submission's evidence array. */
  private static List<Integer> evidenceBytes(byte[] json) {
    List<Integer> out = new ArrayList<>();
    String evidence = "/submissions/\\d+/assessment/evidence";
    try (JsonParser p = JsonMapper.builder().build().createParser(json)) {
      long start = -1;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (t == JsonToken.START_ARRAY && pointer.matches(evidence)) {
          start = p.currentTokenLocation().getByteOffset();
        } else if (t == JsonToken.END_ARRAY && start >= 0
            && pointer.matches(evidence)) {
          long end = p.currentTokenLocation().getByteOffset();
          for (long i = start; i <= end; i++) {
            byte b = json[(int) i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
              out.add((int) i);
            }
          }
          start = -1;
        }
      }
    }
    return out;
  }

  private static int lastIndexOf(List<AuditEvent> trail, Transition... kinds) {
    for (int i = trail.size() - 1; i >= 0; i--) {
      Transition t = trail.get(i).transition();
      if (Stream.of(kinds).anyMatch(k -> k == t)) {
        return i;
      }
    }
    return -1;
  }
}
