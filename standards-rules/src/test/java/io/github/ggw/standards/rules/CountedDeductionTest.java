package io.github.ggw.standards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.scoring.FigureSource;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.LostPoints;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.model.problem.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counted deductions (计数扣分) worked by hand, and the deduction rule's floor (扣完为止) in the
 * report (docs/scoring.md, "counted-deduction", "deduction").
 *
 * <p>Sheet (nominal 20): dimension 1 (10) holds C1, 10 points, counted deduction D1 "records
 * incomplete" 2 each, D2 "no minutes" 2 each, D3 "late report" 1.5 each; dimension 2 (10) holds
 * 2.1, a judgement of 5 (step 0.5), and 2.2, a deduction of 5 with D1 "fewer than 3 research
 * outputs" 2 per output short and D2 "no research output" 1 when fewer than 1.
 */
class CountedDeductionTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");
  private final Scorer scorer = Scorer.create();

  static CountedDeduction rule() {
    return new CountedDeduction(List.of(
        new CountedDeficiency("D1", LocalizedText.of("记录不全", "records incomplete"),
            Points.of(2)),
        new CountedDeficiency("D2", LocalizedText.of("无会议纪要", "no minutes"), Points.of(2)),
        new CountedDeficiency("D3", LocalizedText.of("报送迟延", "late report"),
            Points.parse("1.5"))));
  }

  static Standard sheet() {
    Deduction research = new Deduction(List.of(
        new Deficiency("D1", LocalizedText.of("调研成果不足3项", "fewer than 3 research outputs"),
            MeasureRef.of("research.count"), Comparison.AT_LEAST, BigDecimal.valueOf(3),
            Points.of(2)),
        new Deficiency("D2", LocalizedText.of("无调研成果", "no research output"),
            MeasureRef.of("research.count"), Comparison.AT_LEAST, BigDecimal.ONE,
            Points.of(1))));
    return Standard.builder().id(StandardId.of("counted-sheet")).version(StandardVersion.of("1"))
        .title(text("计数扣分测试表")).issuer(text("测试")).effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.PRIMARY)
        .addDimensions(dim("1", leaf("C1", "10", rule())),
            dim("2", leaf("2.1", "5", new Judgement(new BigDecimal("0.5"))),
                leaf("2.2", "5", research)))
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(12)))
        .certificationThreshold(Points.of(12)).source(SRC).build();
  }

  private static ImmutableCriterion dim(String code, ImmutableCriterion... leaves) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.of(10)).source(SRC).addChildren(leaves).build();
  }

  private static ImmutableCriterion leaf(String code, String max, ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.parse(max)).rule(rule).source(SRC).build();
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  static DeficiencyCounts counts(String spec) {
    List<DeficiencyCounts.Count> m = new ArrayList<>();
    for (String part : spec.split(",")) {
      if (!part.isBlank()) {
        String[] kv = part.strip().split("=");
        m.add(new DeficiencyCounts.Count(kv[0], Integer.parseInt(kv[1])));
      }
    }
    return DeficiencyCounts.of(m);
  }

  static SelfAssessment assessment(Claim c1) {
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("C-1"), "计数扣分测试单位", UnitType.PRIMARY,
            DistrictCode.of("320412")))
        .standardId(StandardId.of("counted-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022).addClaims(c1, new Claim(CriterionCode.of("2.1"), Points.of(5), ""),
            new Claim(CriterionCode.of("2.2"), Points.ZERO, ""))
        .build();
  }

  private static Claim counted(String spec) {
    return Claim.counted(CriterionCode.of("C1"), Optional.empty(), "", counts(spec));
  }

  private ItemResult c1(ScoreReport r) {
    return r.items().stream().filter(i -> i.code().value().equals("C1")).findFirst()
        .orElseThrow();
  }

  private static String lines(ItemResult i) {
    return String.join("; ", i.lost().stream().map(l -> l.reasonCode().orElse("?") + " ×"
        + l.count().orElse(-1) + " due " + l.due().orElseThrow() + " lost " + l.points())
        .toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # counts             | points | lines: count, points due, points lost
      # 10 − (2×2 + 1×2) = 10 − 6 = 4
      D1=2, D2=1           | 4      | D1 ×2 due 4 lost 4; D2 ×1 due 2 lost 2
      # 2×4 + 2×2 = 12 due, floor 0; lost in declared order until 10 is used up: D1 8, D2 2
      D1=4, D2=2           | 0      | D1 ×4 due 8 lost 8; D2 ×2 due 4 lost 2
      # exactly at the floor: 5 × 2 = 10 due, 10 lost; a count of 0 is not a line
      D1=5, D2=0           | 0      | D1 ×5 due 10 lost 10
      # 3×2 + 1×2 + 1×1.5 = 9.5 due, 10 − 9.5 = 0.5
      D1=3, D2=1, D3=1     | 0.5    | D1 ×3 due 6 lost 6; D2 ×1 due 2 lost 2; D3 ×1 due 1.5 lost 1.5
      # past the floor with a code nothing is left for: 4×2 + 1×2 = 10, D3 1.5 due, 0 lost
      D1=4, D2=1, D3=1     | 0      | D1 ×4 due 8 lost 8; D2 ×1 due 2 lost 2; D3 ×1 due 1.5 lost 0
      # nothing found: full points, nothing lost
      D1=0                 | 10     | ''
      """)
  void pointsAreTheMaximumLessTheCountsFloorZeroLostNeverMoreThanTheMaximum(String spec,
      String points, String expected) {
    ScoreReport r = scorer.score(sheet(), assessment(counted(spec))).value().orElseThrow();
    ItemResult i = c1(r);
    assertThat(i.awarded()).isEqualTo(Points.parse(points));
    assertThat(i.source()).isEqualTo(FigureSource.CLAIMED);
    assertThat(lines(i)).isEqualTo(expected == null ? "" : expected);
    // never more lost than the maximum: the lines add up to max − awarded
    assertThat(i.lost().stream().map(LostPoints::points).reduce(Points.ZERO, Points::plus))
        .isEqualTo(Points.of(10).minusFloorZero(Points.parse(points)));
    // the claim left its points to the counts: it claims what they give
    assertThat(i.claimed()).contains(Points.parse(points));
  }

  @Test
  void theWorkedExampleAndItsReasonsInBothLanguages() {
    ScoreReport r = scorer.score(sheet(), assessment(counted("D1=4, D2=2"))).value()
        .orElseThrow();
    List<LostPoints> lost = c1(r).lost();
    assertThat(lost.get(0).reason().zh()).isEqualTo("D1 记录不全：发现4处，每处扣2分，应扣8分，实扣8分");
    assertThat(lost.get(1).reason().en())
        .isEqualTo("D2 no minutes: found 2 times at 2 points each, 4 due, 2 lost");
    // C1 0 + 2.1 5 + 2.2 (no research: 3×2 + 1 = 7 due on 5, floor 0) 0 = 5; claims 0 + 5 + 0
    assertThat(r.total()).isEqualTo(Points.of(5));
    assertThat(r.claimedSum()).isEqualTo(Points.of(5));
  }

  @Test
  void statedPointsMustBeWhatTheCountsGive() {
    // 10 − 2×2 − 1×2 = 4: a claim stating 4 is fine, 6 is an error naming both figures
    Claim four = Claim.counted(CriterionCode.of("C1"), Optional.of(Points.of(4)), "",
        counts("D1=2, D2=1"));
    assertThat(scorer.score(sheet(), assessment(four)).isValid()).isTrue();
    Claim six = Claim.counted(CriterionCode.of("C1"), Optional.of(Points.of(6)), "",
        counts("D1=2, D2=1"));
    Result<ScoreReport> r = scorer.score(sheet(), assessment(six));
    assertThat(r.isValid()).isFalse();
    Problem p = r.problems().get(0);
    assertThat(p.getCode()).isEqualTo(ProblemCode.CLAIM_POINTS_NOT_COUNTS);
    assertThat(p.getLocation().getPointer()).contains("/claims/0/points");
    assertThat(p.getMessageEn()).isEqualTo("Item C1: the claim states 6 points, but its"
        + " deficiency counts give 4 (6 due); leave the points out or write 4");
    assertThat(p.getMessageZh()).isEqualTo("指标 C1：自评 6 分，但扣分项计数得 4 分（应扣 6 分）；请删去自评分或填写 4");
    // points stated without counts: all counts 0, so only 10 is right
    Claim plain = new Claim(CriterionCode.of("C1"), Points.of(8), "");
    assertThat(scorer.score(sheet(), assessment(plain)).problems())
        .extracting(Problem::getCode).containsExactly(ProblemCode.CLAIM_POINTS_NOT_COUNTS);
  }

  @Test
  void countsOfUndeclaredCodesOrOnOtherItemsAreLocatedErrors() {
    Result<ScoreReport> unknown = scorer.score(sheet(), assessment(counted("D1=1, D9=2")));
    assertThat(unknown.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.CLAIM_DEFICIENCY_UNKNOWN);
    Problem p = unknown.problems().get(0);
    assertThat(p.getLocation().getPointer()).contains("/claims/0/deficiencies/D9");
    assertThat(p.getMessageEn()).isEqualTo("Item C1 has no deficiency D9; its deficiencies are"
        + " D1, D2, D3");
    assertThat(p.getMessageZh()).isEqualTo("指标 C1 没有扣分项 D9；其扣分项为 D1, D2, D3");
    SelfAssessment onJudgement = SelfAssessment.builder().from(assessment(counted("D1=1")))
        .claims(List.of(counted("D1=1"), Claim.counted(CriterionCode.of("2.1"),
            Optional.empty(), "", counts("D1=1")),
            new Claim(CriterionCode.of("2.2"), Points.ZERO, "")))
        .build();
    Result<ScoreReport> r = scorer.score(sheet(), onJudgement);
    assertThat(r.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.CLAIM_DEFICIENCIES_NOT_COUNTED);
    assertThat(r.problems().get(0).getLocation().getPointer())
        .contains("/claims/1/deficiencies");
  }

  @Test
  void aDeductionPastTheFloorNeverShowsMoreLostThanTheMaximum() {
    // 2.2 (5 points), no research output: D1 (3 − 0) × 2 = 6 due, D2 (1 − 0) × 1 = 1 due,
    // 7 in all on a 5-point item: awarded 0, D1 5 lost (of 6 due), D2 0 lost (of 1 due)
    ScoreReport r = scorer.score(sheet(), assessment(counted("D1=0"))).value().orElseThrow();
    ItemResult i = r.items().stream().filter(x -> x.code().value().equals("2.2")).findFirst()
        .orElseThrow();
    assertThat(i.awarded()).isEqualTo(Points.ZERO);
    assertThat(i.lost()).extracting(LostPoints::points)
        .containsExactly(Points.of(5), Points.ZERO);
    assertThat(i.lost()).extracting(LostPoints::due)
        .containsExactly(Optional.of(Points.of(6)), Optional.of(Points.of(1)));
    assertThat(i.lost().get(0).reason().en()).endsWith("; 6 due, 5 lost (floor 0)");
    assertThat(i.lost().get(1).reason().zh()).endsWith("；应扣1分，实扣0分（扣完为止）");
    assertThat(i.pointsLost()).isEqualTo(Points.of(5));
  }
}
