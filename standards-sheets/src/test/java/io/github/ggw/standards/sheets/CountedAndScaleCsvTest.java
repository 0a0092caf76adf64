package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Standard;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The CSV form of a counted deduction (rule {@code counted-deduction} or 计数扣分, its parameters
 * cell) and of a composite scale ({@code compositeScale} on the {@code @standard} row) round-trip
 * through CSV and JSON; a mistake in the cell is a located finding.
 */
class CountedAndScaleCsvTest {
  private static final StandardsCsv CSV = StandardsCsv.create();
  private static final StandardsJson JSON = StandardsJson.create();

  /** The small sheet of {@link StandardFindingsTest}, 2.1 a counted deduction, weights 60/40. */
  static String sheet(String rule, String params) {
    return StandardFindingsTest.BASE
        .replace("per-occurrence,measure=activities.count; pointsEach=1", rule + "," + params);
  }

  private static Result<Standard> read(String csv) {
    return CSV.readStandard(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCountedDeductionRoundTripsThroughCsvAndJson() {
    for (String kind : new String[] {"counted-deduction", "计数扣分"}) {
      Standard s = read(sheet(kind, "\"code=D1; reason=记录不全; reasonEn=records incomplete;"
          + " pointsEach=0.5 | code=D2; reason=无会议纪要; pointsEach=1\"")).orElseThrow();
      CountedDeduction rule = (CountedDeduction) s.find(CriterionCode.of("2.1")).orElseThrow()
          .getRule().orElseThrow();
      assertThat(rule.deficiencies()).extracting(d -> d.code() + " " + d.reason().zh() + " "
          + d.reason().en() + " " + d.pointsEach())
          // an empty reasonEn takes the Chinese reason
          .containsExactly("D1 记录不全 records incomplete 0.5", "D2 无会议纪要 无会议纪要 1");
      String written = CSV.writeStandard(s);
      assertThat(written).contains("counted-deduction,").contains("code=D1; reason=记录不全;"
          + " reasonEn=records incomplete; pointsEach=0.5 | code=D2; reason=无会议纪要;"
          + " reasonEn=无会议纪要; pointsEach=1");
      assertThat(read(written).orElseThrow()).isEqualTo(s);
      assertThat(JSON.readStandard(JSON.writeStandard(s).getBytes(StandardCharsets.UTF_8))
          .orElseThrow()).isEqualTo(s);
    }
  }

  @Test
  void aMissingPointsEachIsALocatedFinding() {
    Result<Standard> r = read(sheet("counted-deduction", "code=D1; reason=记录不全"));
    assertThat(r.isValid()).isFalse();
    Problem p = r.problems().get(0);
    assertThat(p.getCode()).isEqualTo(ProblemCode.STANDARD_PARAMETER_INVALID);
    assertThat(p.getLocation().getCriterion()).contains(CriterionCode.of("2.1"));
    assertThat(p.getLocation().getLine()).isPresent();
    assertThat(p.getMessageEn()).contains("pointsEach");
  }

  /** The base sheet with weights 60 / 40 on its dimensions (of 6 and 4 points). */
  private static String weighted(String standardParams) {
    return StandardFindingsTest.BASE
        .replace("1,,组织,Organisation,,,6,,,,,,,,,", "1,,组织,Organisation,,,6,,,,60,,,,,")
        .replace("2,,活动,Activities,,,4,,,,,,,,,", "2,,活动,Activities,,,4,,,,40,,,,,")
        .replace("bonusCap=1;", "bonusCap=1;" + standardParams);
  }

  @Test
  void aCompositeScaleRoundTripsAndWeightsOffItAreLocated() {
    // 60 + 40 = 100 = compositeScale 100, though the nominal maximum is 6 + 4 = 10
    Standard s = read(weighted(" compositeScale=100;")).orElseThrow();
    assertThat(s.getScale()).hasToString("100");
    assertThat(CSV.writeStandard(s)).contains("compositeScale=100");
    assertThat(read(CSV.writeStandard(s)).orElseThrow()).isEqualTo(s);
    assertThat(JSON.readStandard(JSON.writeStandard(s).getBytes(StandardCharsets.UTF_8))
        .orElseThrow()).isEqualTo(s);
    // without it the scale is 10: the finding sits on dimension 1 (line 3) and says both sums
    Result<Standard> r = read(weighted(""));
    Problem p = r.problems().get(0);
    assertThat(p.getCode()).isEqualTo(ProblemCode.STANDARD_WEIGHTS_SUM);
    assertThat(p.getLocation().getLine()).contains(3);
    assertThat(p.getMessageEn()).isEqualTo("The dimension weights add up to 100; the composite"
        + " scale 10 needs 10, or declare compositeScale 100");
  }
}
