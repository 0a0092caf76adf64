package io.github.ggw.standards.rules.workflow;

import static io.github.ggw.standards.rules.workflow.WorkflowFixture.A1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.CERTIFIED;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.R1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.RC;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S3;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.T0;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U3;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.assessment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.AuditEvent;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.CityDecision;
import io.github.ggw.standards.model.workflow.PointsChange;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.Stage;
import io.github.ggw.standards.model.workflow.StagePoints;
import io.github.ggw.standards.model.workflow.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workflow's paths through the public API, with the points of each stage worked by hand. */
class WorkflowTest {
  private final Workflow workflow = WorkflowFixture.workflow();

  /** The workflow with its clock {@code hours} after T0. */
  static Workflow at(Workflow w, long hours) {
    return w.withClock(Clock.fixed(T0.plus(Duration.ofHours(hours)), ZoneOffset.UTC));
  }

  static Adjustment adjust(String code, String points, String reason) {
    return new Adjustment(CriterionCode.of(code), Points.parse(points), reason);
  }

  @Test
  void submittedFileHoldsTheAssessmentItsDigestAndTheSelfStage() {
    CaseFile f = workflow.submit(assessment(U1), S1);
    assertThat(f.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
    assertThat(f.getRevision()).isEqualTo(1);
    assertThat(f.getCurrentSubmission().digest()).isEqualTo(WorkflowFixture.digest(assessment(U1)));
    // 6 + 4 + 10 = 20, band EXCELLENT from 18, eligible at threshold 18
    assertThat(f.getSelfScore().roundedTotal()).isEqualTo(Points.of(20));
    assertThat(f.getSelfScore().rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(f.getSelfScore().eligible()).isTrue();
    AuditEvent e = f.getAuditTrail().get(0);
    assertThat(e.sequence()).isEqualTo(1);
    assertThat(e.at()).isEqualTo(T0);
    assertThat(e.actor()).isEqualTo(S1);
    assertThat(e.role()).isEqualTo(Role.UNIT_STAFF);
    assertThat(e.from()).isEmpty();
    assertThat(e.to()).isEqualTo(CaseStatus.SUBMITTED);
    assertThat(e.digest()).isEqualTo(f.getCurrentSubmission().digest());
    assertThat(workflow.verify(f).isIntact()).isTrue();
  }

  /**
   * The whole path with adjustments at both stages. District: 1.1 from 6 to 5 → 5 + 4 + 10 = 19.
   * City: 2.1 from 10 to 9 on top → 5 + 4 + 9 = 18, still EXCELLENT and eligible (18 ≥ 18).
   */
  @Test
  void reviewThenApprovalKeepsThePointsOfEachStageSideBySide() {
    CaseFile submitted = workflow.submit(assessment(U1), S1);
    CaseFile reviewed = at(workflow, 1).review(submitted, R1,
        List.of(adjust("1.1", "5", "活动记录不全")));
    CaseFile approved = at(workflow, 2).approve(reviewed, A1,
        List.of(adjust("2.1", "9", "创新举措不够突出")), CERTIFIED);

    assertThat(reviewed.getDistrictReview().orElseThrow().score().roundedTotal())
        .isEqualTo(Points.of(19));
    assertThat(approved.getStatus()).isEqualTo(CaseStatus.APPROVED);
    assertThat(approved.getCityApproval().orElseThrow().decision())
        .isEqualTo(CityDecision.APPROVED);
    assertThat(approved.getCityApproval().orElseThrow().score().roundedTotal())
        .isEqualTo(Points.of(18));
    assertThat(approved.getDesignation()).contains(CERTIFIED);
    assertThat(approved.getLatestScore().stage()).isEqualTo(Stage.CITY);

    List<StagePoints> rows = approved.getPointsByStage();
    StagePoints r11 = row(rows, "1.1");
    assertThat(r11.claimed()).contains(Points.of(6));
    assertThat(r11.self()).isEqualTo(Points.of(6));
    assertThat(r11.district()).contains(Points.of(5));
    assertThat(r11.city()).contains(Points.of(5));
    StagePoints r21 = row(rows, "2.1");
    assertThat(r21.district()).contains(Points.of(10));
    assertThat(r21.city()).contains(Points.of(9));
    StagePoints d1 = row(rows, "1");
    assertThat(d1.claimed()).isEmpty();
    assertThat(d1.self()).isEqualTo(Points.of(10));
    assertThat(d1.district()).contains(Points.of(9));

    assertThat(approved.getAuditTrail()).extracting(AuditEvent::transition)
        .containsExactly(Transition.SUBMITTED, Transition.REVIEWED, Transition.APPROVED);
    AuditEvent review = approved.getAuditTrail().get(1);
    assertThat(review.role()).isEqualTo(Role.DISTRICT_REVIEWER);
    assertThat(review.changes()).containsExactly(new PointsChange(CriterionCode.of("1.1"),
        Points.of(6), Points.of(5), "活动记录不全"));
    AuditEvent approval = approved.getAuditTrail().get(2);
    assertThat(approval.from()).contains(CaseStatus.REVIEWED);
    assertThat(approval.changes()).containsExactly(new PointsChange(CriterionCode.of("2.1"),
        Points.of(10), Points.of(9), "创新举措不够突出"));
    assertThat(approval.designation()).contains(CERTIFIED);
    assertThat(approval.digest()).isEqualTo(submitted.getCurrentSubmission().digest());
    assertThat(at(workflow, 100).replay(approved)).isEqualTo(approved);
  }

  @Test
  void returnedFileIsResubmittedAndReviewedAgainBeforeApproval() {
    CaseFile returned = at(workflow, 1).returnForRevision(workflow.submit(assessment(U1), S1),
        R1, List.of("缺少年度工作计划"));
    assertThat(returned.getStatus()).isEqualTo(CaseStatus.RETURNED);
    assertThat(returned.getAuditTrail().get(1).reasons()).containsExactly("缺少年度工作计划");

    CaseFile resubmitted = at(workflow, 2).resubmit(returned,
        assessment(U1, 2022, "5.5", "4", "10"), S1);
    assertThat(resubmitted.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
    assertThat(resubmitted.getRevision()).isEqualTo(2);
    assertThat(resubmitted.getSubmissions()).hasSize(2);
    // 5.5 + 4 + 10 = 19.5
    assertThat(resubmitted.getSelfScore().roundedTotal()).isEqualTo(Points.parse("19.5"));
    assertThat(resubmitted.getDistrictReview()).isEmpty();

    CaseFile approved = at(workflow, 4).approve(at(workflow, 3).review(resubmitted, R1,
        List.of()), A1, List.of(), CERTIFIED);
    assertThat(approved.getAuditTrail()).extracting(AuditEvent::transition).containsExactly(
        Transition.SUBMITTED, Transition.RETURNED, Transition.RESUBMITTED, Transition.REVIEWED,
        Transition.APPROVED);
    assertThat(approved.getAuditTrail().get(4).revision()).isEqualTo(2);
    assertThat(approved.getCityApproval().orElseThrow().score().roundedTotal())
        .isEqualTo(Points.parse("19.5"));
    assertThat(at(workflow, 100).replay(approved)).isEqualTo(approved);
  }

  @Test
  void cityRunSchoolIsReviewedByTheCityReviewer() {
    CaseFile reviewed = at(workflow, 1).review(workflow.submit(assessment(U3), S3), RC,
        List.of());
    assertThat(reviewed.getStatus()).isEqualTo(CaseStatus.REVIEWED);
    assertThat(reviewed.getDistrictReview().orElseThrow().reviewer()).isEqualTo(RC);
  }

  @Test
  void rejectionKeepsTheDistrictScoreAsTheCityStage() {
    CaseFile reviewed = at(workflow, 1).review(workflow.submit(assessment(U1), S1), R1,
        List.of(adjust("2.1", "5", "特色不明显")));
    CaseFile rejected = at(workflow, 2).reject(reviewed, A1, List.of("总分未达认定线"));
    assertThat(rejected.getStatus()).isEqualTo(CaseStatus.REJECTED);
    // 6 + 4 + 5 = 15
    assertThat(rejected.getCityApproval().orElseThrow().score().roundedTotal())
        .isEqualTo(Points.of(15));
    assertThat(rejected.getCityApproval().orElseThrow().score().stage()).isEqualTo(Stage.CITY);
    assertThat(rejected.getDesignation()).isEmpty();
    assertThat(rejected.getAuditTrail().get(2).reasons()).containsExactly("总分未达认定线");
  }

  /** Adjusted judgement points at the district, worked by hand (sheet: 1.1 + 1.2 + 2.1). */
  @ParameterizedTest(name = "1.1={0}, 2.1={1} → {2}")
  @CsvSource({
    // 0 + 4 + 10 = 14: PASS (12 ≤ 14 < 18), not eligible
    "0, 10, 14, PASS, false",
    // 6 + 4 + 0 = 10: FAIL (< 12)
    "6, 0, 10, FAIL, false",
    // 3.5 + 4 + 10 = 17.5: PASS, below the threshold 18
    "3.5, 10, 17.5, PASS, false",
    // 4 + 4 + 10 = 18: EXCELLENT, exactly at the threshold
    "4, 10, 18, EXCELLENT, true",
  })
  void districtAdjustmentsRescoreTheStage(String p11, String p21, String total, Rating rating,
      boolean eligible) {
    CaseFile f = workflow.submit(assessment(U1), S1);
    List<Adjustment> adjustments = new java.util.ArrayList<>();
    if (!p11.equals("6")) {
      adjustments.add(adjust("1.1", p11, "依据不足"));
    }
    if (!p21.equals("10")) {
      adjustments.add(adjust("2.1", p21, "依据不足"));
    }
    CaseFile reviewed = at(workflow, 1).review(f, R1, adjustments);
    var score = reviewed.getDistrictReview().orElseThrow().score();
    assertThat(score.roundedTotal()).isEqualTo(Points.parse(total));
    assertThat(score.rating()).isEqualTo(rating);
    assertThat(score.eligible()).isEqualTo(eligible);
  }

  @Test
  void verificationNamesEveryRecordThatNoLongerMatches() {
    CaseFile approved = at(workflow, 2).approve(at(workflow, 1).review(
        workflow.submit(assessment(U1), S1), R1, List.of()), A1, List.of(), CERTIFIED);
    CaseFile tampered = WorkflowRefusalsTest.withEvidenceChanged(approved);
    Verification v = workflow.verify(tampered);
    assertThat(v.isIntact()).isFalse();
    assertThat(v.failures()).extracting(IntegrityFailure::check).containsExactly(
        IntegrityCheck.SUBMISSION, IntegrityCheck.EVENT, IntegrityCheck.EVENT,
        IntegrityCheck.EVENT, IntegrityCheck.DISTRICT_REVIEW, IntegrityCheck.CITY_APPROVAL);
    assertThat(v.failures().get(0).recorded()).isEqualTo(approved.getCurrentSubmission().digest());
  }

  @Test
  void transitionsNeverChangeTheFileGiven() {
    CaseFile submitted = workflow.submit(assessment(U1), S1);
    CaseFile copy = io.github.ggw.standards.model.workflow.ImmutableCaseFile.copyOf(submitted);
    at(workflow, 1).review(submitted, R1, List.of(adjust("1.1", "5", "理由")));
    assertThat(submitted).isEqualTo(copy);
    assertThat(submitted.getAuditTrail()).hasSize(1);
    assertThat(submitted.getDistrictReview()).isEqualTo(Optional.empty());
  }

  static StagePoints row(List<StagePoints> rows, String code) {
    return rows.stream().filter(r -> r.code().value().equals(code)).findFirst().orElseThrow();
  }
}
