package io.github.ggw.standards.rules.workflow;

import static io.github.ggw.standards.rules.workflow.WorkflowFixture.A1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.CERTIFIED;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.R1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.SRC;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.T0;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.text;
import static io.github.ggw.standards.rules.workflow.WorkflowTest.adjust;
import static io.github.ggw.standards.rules.workflow.WorkflowTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.workflow.Adjustment;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.PointsChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reviewers adjust the deficiency counts of a counted deduction (调整扣分项计数), with a reason,
 * through the workflow (docs/workflow.md, "Adjustments").
 *
 * <p>Sheet (nominal 20, bands FAIL 0 / PASS 12 / EXCELLENT 18, threshold 18): dimension 1 (10):
 * 1.1 judgement 0–6 step 0.5, 1.2 counted deduction of 4 points, D1 "records incomplete" 1
 * each, D2 "no minutes" 2 each; dimension 2 (10): 2.1 judgement 0–10 step 1. The unit claims 1.1
 * = 6, 1.2 with D1 found once and its points left to the counts (4 − 1 = 3), 2.1 = 10: 6 + 3 +
 * 10 = 19, eligible.
 */
class CountedAdjustmentsTest {
  static final Workflow W = Workflow.create(sheet(), WorkflowFixture.registry(),
      WorkflowFixture::digest, Clock.fixed(T0, ZoneOffset.UTC));
  static final CaseFile SUBMITTED = W.submit(assessment(), S1);

  static Standard sheet() {
    Criterion d1 = Criterion.builder().code(CriterionCode.of("1")).title(text("一"))
        .maxPoints(Points.of(10)).source(SRC)
        .addChildren(Criterion.builder().code(CriterionCode.of("1.1")).title(text("1.1"))
            .maxPoints(Points.of(6)).rule(new Judgement(new BigDecimal("0.5"))).source(SRC)
            .build())
        .addChildren(Criterion.builder().code(CriterionCode.of("1.2")).title(text("1.2"))
            .maxPoints(Points.of(4)).source(SRC).rule(new CountedDeduction(List.of(
                new CountedDeficiency("D1", LocalizedText.of("记录不全", "records incomplete"),
                    Points.of(1)),
                new CountedDeficiency("D2", LocalizedText.of("无会议纪要", "no minutes"),
                    Points.of(2)))))
            .build())
        .build();
    Criterion d2 = Criterion.builder().code(CriterionCode.of("2")).title(text("二"))
        .maxPoints(Points.of(10)).source(SRC)
        .addChildren(Criterion.builder().code(CriterionCode.of("2.1")).title(text("2.1"))
            .maxPoints(Points.of(10)).rule(new Judgement(BigDecimal.ONE)).source(SRC).build())
        .build();
    return Standard.builder().id(StandardId.of("test-sheet")).version(StandardVersion.of("1"))
        .title(text("计数扣分审核测试表")).issuer(text("测试"))
        .effectiveFrom(LocalDate.of(2020, 1, 1)).validUntil(LocalDate.of(2024, 12, 31))
        .addApplicableUnitTypes(UnitType.PRIMARY).addDimensions(d1, d2)
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(12)),
            new RatingBand(Rating.EXCELLENT, Points.of(18)))
        .certificationThreshold(Points.of(18)).source(SRC).build();
  }

  static SelfAssessment assessment() {
    return SelfAssessment.builder().unit(U1).standardId(StandardId.of("test-sheet"))
        .standardVersion(StandardVersion.of("1")).year(2022)
        .addClaims(new Claim(CriterionCode.of("1.1"), Points.of(6), "说明"),
            Claim.counted(CriterionCode.of("1.2"), Optional.empty(), "发现一处记录不全",
                DeficiencyCounts.of("D1", 1)),
            new Claim(CriterionCode.of("2.1"), Points.of(10), "说明"))
        .build();
  }

  static Adjustment counts(String code, DeficiencyCounts counts, String reason) {
    return Adjustment.ofCounts(CriterionCode.of(code), counts, reason);
  }

  /** The refusals of count adjustments, for the table of every refusal code. */
  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(RefusalCode.ADJUSTMENT_NOT_COUNTED, "counts on a judgement item",
            (org.junit.jupiter.api.function.Executable) () -> at(W, 1).review(SUBMITTED, R1,
                List.of(counts("1.1", DeficiencyCounts.of("D1", 1), "理由")))),
        Arguments.of(RefusalCode.ADJUSTMENT_COUNTS_REQUIRED, "points on a counted deduction",
            (org.junit.jupiter.api.function.Executable) () -> at(W, 1).review(SUBMITTED, R1,
                List.of(adjust("1.2", "2", "理由")))),
        Arguments.of(RefusalCode.ADJUSTMENT_UNKNOWN_DEFICIENCY, "a code the item does not count",
            (org.junit.jupiter.api.function.Executable) () -> at(W, 1).review(SUBMITTED, R1,
                List.of(counts("1.2", DeficiencyCounts.of("D9", 1), "理由")))),
        Arguments.of(RefusalCode.ADJUSTMENT_UNCHANGED, "the counts the item already has",
            (org.junit.jupiter.api.function.Executable) () -> at(W, 1).review(SUBMITTED, R1,
                List.of(counts("1.2", DeficiencyCounts.of("D1", 1).and("D2", 0), "理由")))));
  }

  @Test
  void theSelfStageScoresTheCounts() {
    // 1.2: 4 − 1 × 1 = 3; 6 + 3 + 10 = 19
    assertThat(SUBMITTED.getSelfScore().pointsOf(CriterionCode.of("1.2")))
        .contains(Points.of(3));
    assertThat(SUBMITTED.getSelfScore().total()).isEqualTo(Points.of(19));
    // the claim left its points to the counts: it claims 3
    assertThat(SUBMITTED.getPointsByStage().stream()
        .filter(r -> r.code().value().equals("1.2")).findFirst().orElseThrow().claimed())
        .contains(Points.of(3));
  }

  @Test
  void aReviewerChangesCountsWithAReasonAndTheCityOnTopOfIt() {
    // district: D2 found once more: D1 1, D2 1 → 4 − 1 − 2 = 1; 6 + 1 + 10 = 17 < 18
    CaseFile reviewed = at(W, 1).review(SUBMITTED, R1,
        List.of(counts("1.2", DeficiencyCounts.of("D2", 1), "查见一次会议无纪要")));
    PointsChange change = reviewed.getDistrictReview().orElseThrow().adjustments().get(0);
    assertThat(change.before()).isEqualTo(Points.of(3));
    assertThat(change.after()).isEqualTo(Points.of(1));
    assertThat(change.counts()).isEqualTo(DeficiencyCounts.of("D1", 1).and("D2", 1));
    assertThat(change.reason()).isEqualTo("查见一次会议无纪要");
    assertThat(reviewed.getDistrictReview().orElseThrow().score().total())
        .isEqualTo(Points.of(17));
    assertThat(reviewed.getDistrictReview().orElseThrow().score().eligible()).isFalse();
    // city: the minutes were found after all: D2 0 → 4 − 1 = 3; 6 + 3 + 10 = 19, eligible
    CaseFile approved = at(W, 2).approve(reviewed, A1,
        List.of(counts("1.2", DeficiencyCounts.of("D2", 0), "补交会议纪要，核实无误")), CERTIFIED);
    PointsChange city = approved.getCityApproval().orElseThrow().adjustments().get(0);
    assertThat(city.before()).isEqualTo(Points.of(1));
    assertThat(city.after()).isEqualTo(Points.of(3));
    assertThat(city.counts()).isEqualTo(DeficiencyCounts.of("D1", 1).and("D2", 0));
    assertThat(approved.getCityApproval().orElseThrow().score().total())
        .isEqualTo(Points.of(19));
    // the change is recorded as the adjustment that made it, for the replay
    assertThat(city.toAdjustment().counts()).isEqualTo(city.counts());
  }

  @Test
  void countsPastTheFloorGiveZeroNeverLess() {
    // D1 3, D2 2: 3 × 1 + 2 × 2 = 7 due on a 4-point item: 0 points, floor 0; 6 + 0 + 10 = 16
    CaseFile reviewed = at(W, 1).review(SUBMITTED, R1,
        List.of(counts("1.2", DeficiencyCounts.of("D1", 3).and("D2", 2), "复核发现")));
    PointsChange c = reviewed.getDistrictReview().orElseThrow().adjustments().get(0);
    assertThat(c.before()).isEqualTo(Points.of(3));
    assertThat(c.after()).isEqualTo(Points.ZERO);
    assertThat(reviewed.getDistrictReview().orElseThrow().score().total())
        .isEqualTo(Points.of(16));
  }

  @Test
  void refusalsNameTheRule() {
    refusals().forEach(a -> {
      RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
          (org.junit.jupiter.api.function.Executable) a.get()[2]);
      assertThat(e.getCode()).isEqualTo(a.get()[0]);
    });
    RefusedTransitionException unknown = assertThrows(RefusedTransitionException.class,
        () -> at(W, 1).review(SUBMITTED, R1, List.of(counts("1.2", DeficiencyCounts.of("D9", 1), "理由"))));
    assertThat(unknown.getMessage(java.util.Locale.ENGLISH))
        .contains("Item 1.2 has no deficiency D9; its deficiencies are D1, D2");
  }
}
