package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.TestStandards;
import static io.github.ggw.standards.model.TestStandards.bands;
import static io.github.ggw.standards.model.TestStandards.pts;
import static io.github.ggw.standards.model.TestStandards.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tailoring the small test standard of {@link TestStandards}: 1 (1.1 = 6, 1.2 = 4) + 2 (2.1 = 6,
 * 2.2 = 4) = 20, bonus A1 (1), veto V1; bands 0/12/15/18; threshold 18.
 */
class ProfileResolverTest {
  private final Standard base = TestStandards.valid();

  private static ImmutableProfile.Builder profile() {
    return Profile.builder().id(StandardId.of("test-primary")).version(StandardVersion.of("1"))
        .title(LocalizedText.of("小学版", "Primary profile")).base(StandardId.of("test-basic"))
        .baseVersion(StandardVersion.of("2021.1")).unitType(UnitType.PRIMARY)
        .source(TestStandards.SOURCE);
  }

  private static CriterionCode code(String c) {
    return CriterionCode.of(c);
  }

  private List<String> codes(Profile p) {
    Result<Standard> r = ProfileResolver.resolve(base, p);
    assertThat(r.isValid()).as("%s", r.problems()).isTrue();
    return r.value().orElseThrow().getAllCriteria().map(c -> c.getCode().toString()).toList();
  }

  @Test
  void anEmptySelectionKeepsEverythingForOneUnitType() {
    Result<Standard> r = ProfileResolver.resolve(base, profile().build());
    Standard s = r.value().orElseThrow();
    assertThat(s.getId()).hasToString("test-primary");
    assertThat(s.getApplicableUnitTypes()).containsExactly(UnitType.PRIMARY);
    assertThat(s.getDimensions()).isEqualTo(base.getDimensions());
    assertThat(s.getReplaces()).isEmpty();
  }

  @Test
  void selectingAnItemKeepsItsAncestorsAndSubtree() {
    // 2.2 keeps 2 (now 4 points); selecting 1 keeps 1.1 and 1.2
    assertThat(codes(profile().addSelect(code("2.2"), code("1"))
        .ratingBands(bands("0", "8", "10", "12")).certificationThreshold(pts("12")).build()))
        .containsExactly("1", "1.1", "1.2", "2", "2.2");
  }

  @Test
  void excludingAnItemShrinksItsParents() {
    // without 1.2 (4) dimension 1 is 6 and the nominal maximum 16; the bands are re-declared
    Result<Standard> r = ProfileResolver.resolve(base, profile().addExclude(code("1.2"))
        .ratingBands(bands("0", "10", "12", "14")).certificationThreshold(pts("14")).build());
    Standard s = r.value().orElseThrow();
    assertThat(s.find(code("1")).orElseThrow().getMaxPoints()).isEqualTo(pts("6"));
    assertThat(s.getNominalMax()).isEqualTo(pts("16"));
    assertThat(s.find(code("1.2"))).isEmpty();
  }

  @Test
  void changedPointsFlowUpToTheParent() {
    // 2.1 at 8 instead of 6: dimension 2 = 8 + 4 = 12, nominal 22
    Result<Standard> r = ProfileResolver.resolve(base, profile()
        .addPointsChanges(new ProfilePointsChange(code("2.1"), pts("8"))).build());
    assertThat(r.value().orElseThrow().getNominalMax()).isEqualTo(pts("22"));
  }

  @Test
  void theResultIsCheckedAgain() {
    // without 1.2 the highest total is 16 + 1 = 17: the excellent band (18) and the threshold
    // (18) of the base cannot be reached
    Result<Standard> r = ProfileResolver.resolve(base, profile().addExclude(code("1.2")).build());
    assertThat(r.isValid()).isFalse();
    assertThat(summary(r.problems())).contains("STANDARD_BAND_UNREACHABLE /ratingBands/3",
        "STANDARD_THRESHOLD_INVALID -");
    // an explicit parent total that no longer adds up is a budget finding
    Result<Standard> budget = ProfileResolver.resolve(base, profile()
        .addPointsChanges(new ProfilePointsChange(code("2"), pts("11"))).build());
    assertThat(summary(budget.problems())).containsExactly("STANDARD_BUDGET_MISMATCH [2]");
    // a weight on one dimension only
    Result<Standard> weights = ProfileResolver.resolve(base, profile()
        .addWeightChanges(new WeightChange(code("1"), BigDecimal.TEN)).build());
    assertThat(summary(weights.problems())).containsExactly("STANDARD_WEIGHTS_INVALID [2]");
  }

  @Test
  void profilesThatCannotResolve() {
    assertThat(summary(ProfileResolver.resolve(base, profile().addExclude(code("1"),
        code("2")).build()).problems())).containsExactly("STANDARD_PROFILE_EMPTY -");
    assertThat(summary(ProfileResolver.resolve(base, profile().addSelect(code("7.1"))
        .addPointsChanges(new ProfilePointsChange(code("7.2"), pts("1"))).build()).problems()))
        .containsExactly("STANDARD_DANGLING_CODE [7.1]", "STANDARD_DANGLING_CODE [7.2]");
    List<Problem> mismatch = ProfileResolver.resolve(base,
        profile().unitType(UnitType.KINDERGARTEN).build()).problems();
    assertThat(summary(mismatch)).containsExactly("STANDARD_PROFILE_MISMATCH -");
    assertThat(mismatch.get(0).getMessageEn()).isEqualTo("The profile is for test-basic 2021.1 "
        + "and unit type KINDERGARTEN, but the base standard is test-basic 2021.1 covering "
        + "[PRIMARY, JUNIOR_SECONDARY]");
    // zh names the unit types by their labels, never by their codes
    assertThat(mismatch.get(0).getMessageZh()).isEqualTo("裁剪方案基于 test-basic 2021.1、"
        + "单位类型为幼儿园，而基础标准为 test-basic 2021.1，适用于小学、初中");
  }
}
