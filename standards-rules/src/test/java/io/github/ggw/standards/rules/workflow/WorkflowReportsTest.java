package io.github.ggw.standards.rules.workflow;

import static io.github.ggw.standards.rules.workflow.WorkflowFixture.A1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.CERTIFIED;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.R1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.RC;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S2;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.S3;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U1;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U2;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.U3;
import static io.github.ggw.standards.rules.workflow.WorkflowFixture.assessment;
import static io.github.ggw.standards.rules.workflow.WorkflowTest.adjust;
import static io.github.ggw.standards.rules.workflow.WorkflowTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.CaseStatus;
import io.github.ggw.standards.model.workflow.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports over case files, worked by hand on the fixture's sheet (1.1 judgement of 6, 1.2
 * two points per training up to 4, 2.1 judgement of 10).
 *
 * <ul>
 *   <li>A: U1 (320412) 2022, claims 6/4/10, district 1.1 → 5, city 2.1 → 9, approved at 18.
 *   <li>B: U2 (320411) 2022, claims 3/4/10 with one training (1.2 computed 2), submitted only.
 *   <li>C: U3 (city-run, 320402) 2022, claims 6/2/10 with two trainings (1.2 computed 4),
 *       reviewed by the city's reviewer with 2.1 → 7.
 *   <li>D: U1 2023, claims 6/4/10, submitted only.
 * </ul>
 */
class WorkflowReportsTest {
  private static final Workflow W = WorkflowFixture.workflow();
  static final CaseFile A = at(W, 2).approve(at(W, 1).review(W.submit(assessment(U1), S1), R1,
      List.of(adjust("1.1", "5", "记录不全"))), A1,
      List.of(adjust("2.1", "9", "特色一般")), CERTIFIED);
  static final CaseFile B = W.submit(oneTraining(assessment(U2, 2022, "3", "4", "10")), S2);
  static final CaseFile C = at(W, 1).review(W.submit(assessment(U3, 2022, "6", "2", "10"), S3),
      RC, List.of(adjust("2.1", "7", "创新不足")));
  // in the review window of 2023, which starts on 2023-01-01
  static final CaseFile D = W.withClock(java.time.Clock.fixed(
      java.time.Instant.parse("2023-03-01T02:00:00Z"), java.time.ZoneOffset.UTC))
      .submit(assessment(U1, 2023, "6", "4", "10"), S1);

  private static SelfAssessment oneTraining(SelfAssessment a) {
    return ImmutableSelfAssessment.copyOf(a).withEvidence(a.getEvidence().get(0));
  }

  @Test
  void caseDiscrepanciesCompareTheClaimWithTheLatestStage() {
    CaseDiscrepancy a = DiscrepancyReport.of(A, Points.parse("0.5"));
    assertThat(a.latestStage()).isEqualTo(Stage.CITY);
    assertThat(a.items()).extracting(i -> i.code().value()).containsExactly("1.1", "1.2", "2.1");
    IndicatorDiscrepancy i11 = a.items().get(0);
    assertThat(i11.claimed()).isEqualTo(Points.of(6));
    assertThat(i11.self()).isEqualTo(Points.of(6));
    assertThat(i11.district()).contains(Points.of(5));
    assertThat(i11.city()).contains(Points.of(5));
    assertThat(i11.difference()).isEqualByComparingTo("1");
    assertThat(i11.overClaim()).isTrue();
    assertThat(a.items().get(1).difference()).isEqualByComparingTo("0");
    assertThat(a.items().get(1).overClaim()).isFalse();
    // over: (6 − 5) + (10 − 9) = 2; under: 0
    assertThat(a.overClaimed()).isEqualTo(Points.of(2));
    assertThat(a.underClaimed()).isEqualTo(Points.ZERO);
    assertThat(a.net()).isEqualByComparingTo("2");
    assertThat(a.flagged()).isEqualTo(2);
  }

  /** The tolerance is exclusive: a difference equal to it is not flagged. */
  @ParameterizedTest(name = "tolerance {0} flags {1} item(s) of A")
  @CsvSource({"0, 2", "0.5, 2", "1, 0", "3, 0"})
  void toleranceDecidesWhatIsFlagged(String tolerance, int flagged) {
    assertThat(DiscrepancyReport.of(A, Points.parse(tolerance)).flagged()).isEqualTo(flagged);
  }

  @Test
  void batchSummarisesEachDistrictSortedByCode() {
    DiscrepancyReport r = DiscrepancyReport.of(List.of(D, A, B, C), Points.parse("0.5"));
    assertThat(r.cases()).extracting(c -> c.unit().id().value() + "/" + c.year())
        .containsExactly("U3/2022", "U2/2022", "U1/2022", "U1/2023");
    assertThat(r.districts()).extracting(DistrictDiscrepancy::district).containsExactly(
        DistrictCode.of("320402"), DistrictCode.of("320411"), DistrictCode.of("320412"));
    // C: 1.2 claimed 2, computed 4 → under 2; 2.1 claimed 10, reviewed 7 → over 3; net 1
    DistrictDiscrepancy tianning = r.districts().get(0);
    assertThat(tianning.units()).isEqualTo(1);
    assertThat(tianning.overClaimed()).isEqualTo(Points.of(3));
    assertThat(tianning.underClaimed()).isEqualTo(Points.of(2));
    assertThat(tianning.net()).isEqualByComparingTo("1");
    assertThat(tianning.flaggedItems()).isEqualTo(1);
    // B: 1.2 claimed 4, one training computes 2 → over 2, flagged
    DistrictDiscrepancy xinbei = r.districts().get(1);
    assertThat(xinbei.net()).isEqualByComparingTo("2");
    assertThat(xinbei.unitsFlagged()).isEqualTo(1);
    // A (net 2, 2 flagged) and D (claims equal the self stage: net 0): mean (2 + 0) ÷ 2 = 1
    DistrictDiscrepancy wujin = r.districts().get(2);
    assertThat(wujin.units()).isEqualTo(2);
    assertThat(wujin.net()).isEqualByComparingTo("2");
    assertThat(wujin.meanNetPerUnit()).isEqualByComparingTo("1");
    assertThat(wujin.flaggedItems()).isEqualTo(2);
    assertThat(wujin.unitsFlagged()).isEqualTo(1);
  }

  @Test
  void certificationListHoldsTheApprovedUnitsByDistrictThenCode() {
    CaseFile approvedCityRun = at(W, 2).approve(C, A1, List.of(adjust("2.1", "10", "复核认可")),
        CERTIFIED);
    CertificationList list = CertificationList.of(List.of(A, B, approvedCityRun, D));
    assertThat(list.filesConsidered()).isEqualTo(4);
    assertThat(list.entries()).extracting(e -> e.unitId().value()).containsExactly("U3", "U1");
    CertificationEntry u1 = list.entries().get(1);
    assertThat(u1.district()).isEqualTo(DistrictCode.of("320412"));
    assertThat(u1.unitName()).isEqualTo("甲小学");
    assertThat(u1.year()).isEqualTo(2022);
    // 5 + 4 + 9 = 18
    assertThat(u1.roundedTotal()).isEqualTo(Points.of(18));
    assertThat(u1.rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(u1.designation().documentNumber()).isEqualTo("常教关委〔2022〕4号");
    // C at city level: 6 + 4 + 10 = 20 (1.2 is computed from two trainings, whatever the claim)
    assertThat(list.entries().get(0).roundedTotal()).isEqualTo(Points.of(20));
  }

  @Test
  void yearOverYearComparesEachDimensionAndIndicator() {
    YearOverYear y = YearOverYear.of(List.of(D, A));
    assertThat(y.unit()).isEqualTo(UnitId.of("U1"));
    assertThat(y.years()).extracting(YearColumn::year).containsExactly(2022, 2023);
    YearColumn y2022 = y.years().get(0);
    assertThat(y2022.stage()).isEqualTo(Stage.CITY);
    assertThat(y2022.status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(y2022.roundedTotal()).isEqualTo(Points.of(18));
    assertThat(y2022.totalChange()).isEmpty();
    YearColumn y2023 = y.years().get(1);
    assertThat(y2023.stage()).isEqualTo(Stage.SELF);
    // 20 − 18 = 2
    assertThat(y2023.totalChange()).hasValueSatisfying(
        c -> assertThat(c).isEqualByComparingTo("2"));
    assertThat(y.rows()).extracting(r -> r.code().value())
        .containsExactly("1", "1.1", "1.2", "2", "2.1");
    // dimension 1: 5 + 4 = 9 in 2022, 6 + 4 = 10 in 2023
    assertRow(y.rows().get(0), 0, "9", "10", "1");
    assertRow(y.rows().get(1), 1, "5", "6", "1");
    assertRow(y.rows().get(2), 1, "4", "4", "0");
    assertRow(y.rows().get(3), 0, "9", "10", "1");
    assertRow(y.rows().get(4), 1, "9", "10", "1");
  }

  private static void assertRow(YearRow row, int depth, String first, String second,
      String change) {
    assertThat(row.depth()).isEqualTo(depth);
    assertThat(row.cells().get(0).points()).contains(Points.parse(first));
    assertThat(row.cells().get(0).change()).isEmpty();
    assertThat(row.cells().get(1).points()).contains(Points.parse(second));
    assertThat(row.cells().get(1).change().orElseThrow()).isEqualByComparingTo(change);
  }

  @Test
  void yearOverYearNeedsOneUnitAndOneFilePerYear() {
    assertThrows(StandardsException.class, () -> YearOverYear.of(List.of()));
    assertThrows(StandardsException.class, () -> YearOverYear.of(List.of(A, B)));
    assertThrows(StandardsException.class, () -> YearOverYear.of(List.of(A, A)));
    assertThat(YearOverYear.of(List.of(A)).rows().get(0).cells()).hasSize(1);
  }

  @Test
  void reportsAreImmutable() {
    CertificationList list = CertificationList.of(new java.util.ArrayList<>(List.of(A)));
    assertThrows(UnsupportedOperationException.class, () -> list.entries().clear());
    DiscrepancyReport r = DiscrepancyReport.of(List.of(A), Points.ZERO);
    assertThrows(UnsupportedOperationException.class, () -> r.cases().clear());
    assertThrows(UnsupportedOperationException.class, () -> r.cases().get(0).items().clear());
  }
}
