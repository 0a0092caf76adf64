package io.github.ggw.standards.rules.workflow;

import static io.github.ggw.standards.rules.workflow.WorkflowFixture.A1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.CERTIFIED;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.R1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.T0;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.Designation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What reviewers may adjust, and the clock rule, on the workflow fixture's sheet. */
class WorkflowAdjustmentsTest {

  /**
   * The fixture's sheet with item 2.1 (10 points) scored as a discretionary deduction (deduct 2
   * to 5 in whole points): a figure claimed by the unit, but not a judgement.
   */
  private static Workflow discretionary() {
    Standard s = WorkflowFixture.sheet();
    Criterion d2 = s.getDimensions().get(1);
    Criterion c21 = ImmutableCriterion.copyOf(d2.getChildren().get(0))
        .withRule(new DiscretionaryDeduction(Points.of(2), Points.of(5), BigDecimal.ONE));
    Standard changed = ImmutableStandard.copyOf(s).withDimensions(s.getDimensions().get(0),
        ImmutableCriterion.copyOf(d2).withChildren(c21));
    return Workflow.create(changed, WorkflowFixture.registry(), WorkflowFixture::digest,
        Clock.fixed(T0, ZoneOffset.UTC));
  }

  @Test
  void onlyJudgementItemsAreAdjustedNotDiscretionaryDeductions() {
    Workflow w = discretionary();
    // 6 + 4 + 10 (nothing deducted) = 20
    CaseFile submitted = w.submit(assessment(U1), S1);
    assertThat(submitted.getSelfScore().roundedTotal()).isEqualTo(Points.of(20));
    Workflow later = w.withClock(Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC));
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> later.review(submitted, R1, List.of(new Adjustment(CriterionCode.of("2.1"),
            Points.of(7), "记录不全，酌情扣3分"))));
    assertThat(e.getCode()).isEqualTo(RefusalCode.ADJUSTMENT_COMPUTED_ITEM);
    // the judgement item 1.1 can be adjusted: 5 + 4 + 10 = 19
    CaseFile reviewed = later.review(submitted, R1, List.of(new Adjustment(
        CriterionCode.of("1.1"), Points.of(5), "活动记录不全")));
    assertThat(reviewed.getDistrictReview().orElseThrow().score().roundedTotal())
        .isEqualTo(Points.of(19));
  }

  /**
   * The review at T0 + 15 h = 2022-10-10T17:00Z is 2022-10-11 01:00 in Asia/Shanghai: a document
   * dated 2022-10-10 lies before it (though not before its UTC date), one dated 2022-10-11 does
   * not.
   */
  @Test
  void theDesignationDateIsComparedWithTheReviewDateInShanghai() {
    Workflow w = WorkflowFixture.workflow();
    CaseFile reviewed = w.withClock(Clock.fixed(T0.plus(Duration.ofHours(15)), ZoneOffset.UTC))
        .review(w.submit(assessment(U1), S1), R1, List.of());
    // approved in the same hour: 2022-10-11 in Asia/Shanghai as well
    Workflow later = w.withClock(Clock.fixed(T0.plus(Duration.ofHours(15)), ZoneOffset.UTC));
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> later.approve(reviewed, A1, List.of(), designation(LocalDate.of(2022, 10, 10))));
    assertThat(e.getCode()).isEqualTo(RefusalCode.DESIGNATION_BEFORE_REVIEW);
    assertThat(later.approve(reviewed, A1, List.of(), designation(LocalDate.of(2022, 10, 11)))
        .getStatus()).isEqualTo(CaseStatus.APPROVED);
  }

  /**
   * Approved two days later, at T0 + 2 d = 2022-10-12T02:00Z, 10:00 in Asia/Shanghai: a document
   * dated 2022-10-11 follows the review (2022-10-11 in Shanghai) but precedes the approval.
   */
  @Test
  void theDesignationDateIsNotBeforeTheApprovalInShanghai() {
    Workflow w = WorkflowFixture.workflow();
    CaseFile reviewed = w.withClock(Clock.fixed(T0.plus(Duration.ofHours(15)), ZoneOffset.UTC))
        .review(w.submit(assessment(U1), S1), R1, List.of());
    Workflow later = w.withClock(Clock.fixed(T0.plus(Duration.ofDays(2)), ZoneOffset.UTC));
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> later.approve(reviewed, A1, List.of(), designation(LocalDate.of(2022, 10, 11))));
    assertThat(e.getCode()).isEqualTo(RefusalCode.DESIGNATION_BEFORE_APPROVAL);
    assertThat(e.getArguments()).containsExactly("2022-10-11", "2022-10-12");
    assertThat(later.approve(reviewed, A1, List.of(), designation(LocalDate.of(2022, 10, 12)))
        .getStatus()).isEqualTo(CaseStatus.APPROVED);
  }

  private static Designation designation(LocalDate date) {
    return new Designation(CERTIFIED.kind(), CERTIFIED.documentNumber(), date);
  }

  @Test
  void anEventMayShareTheTimeOfTheLastButNotPrecedeIt() {
    Workflow w = WorkflowFixture.workflow();
    CaseFile submitted = w.submit(assessment(U1), S1);
    // the same instant as the submission is not before it
    CaseFile reviewed = w.review(submitted, R1, List.of());
    assertThat(reviewed.getStatus()).isEqualTo(CaseStatus.REVIEWED);
    Workflow earlier = w.withClock(Clock.fixed(T0.minusSeconds(1), ZoneOffset.UTC));
    RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
        () -> earlier.approve(reviewed, A1, List.of(), CERTIFIED));
    assertThat(e.getCode()).isEqualTo(RefusalCode.TIME_BEFORE_LAST_EVENT);
  }
}
