package io.github.ggw.standards.model.standard;

import static io.github.ggw.standards.model.TestStandards.c11;
import static io.github.ggw.standards.model.TestStandards.c12;
import static io.github.ggw.standards.model.TestStandards.c21;
import static io.github.ggw.standards.model.TestStandards.c22;
import static io.github.ggw.standards.model.TestStandards.d1;
import static io.github.ggw.standards.model.TestStandards.d2;
import static io.github.ggw.standards.model.TestStandards.pts;
import static io.github.ggw.standards.model.TestStandards.summary;
import static io.github.ggw.standards.model.TestStandards.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The declared composite scale ({@code compositeScale}) and what it changes in the checks of a
 * standard. The test standard has two dimensions of 10 points (nominal maximum 20), a bonus cap
 * of 1, a threshold of 18 and bands 0 / 12 / 15 / 18.
 */
class CompositeScaleCheckTest {

  private static ImmutableStandard.Builder weighted(String w1, String w2) {
    return with(d1(c11(), c12()).withWeight(new BigDecimal(w1)),
        d2(c21(), c22()).withWeight(new BigDecimal(w2)));
  }

  private static List<Problem> refused(ImmutableStandard.Builder b) {
    return assertThrows(InvalidStandardException.class, b::build).getFindings();
  }

  @Test
  void weightsAddingUpToADeclaredScaleAreFine() {
    // 12 + 8 = 20 = the declared scale 20 (equal to the nominal maximum: today's form)
    assertThat(weighted("12", "8").compositeScale(pts("20")).build().getFindings()).isEmpty();
    // 60 + 40 = 100 = the declared scale 100, although the nominal maximum is 20
    Standard s = weighted("60", "40").compositeScale(pts("100"))
        .certificationThreshold(pts("90")).build();
    assertThat(s.getFindings()).isEmpty();
    assertThat(s.getScale()).isEqualTo(pts("100"));
    assertThat(s.getNominalMax()).isEqualTo(pts("20"));
    // the maximum total is on the scale: 100 + bonus cap 1 = 101
    assertThat(s.getMaximumTotal()).isEqualTo(pts("101"));
  }

  @Test
  void withoutADeclaredScaleTheScaleIsTheNominalMaximum() {
    Standard s = weighted("12", "8").build();
    assertThat(s.getCompositeScale()).isEmpty();
    // 10 + 10 = 20, maximum total 20 + 1 = 21
    assertThat(s.getScale()).isEqualTo(pts("20"));
    assertThat(s.getMaximumTotal()).isEqualTo(pts("21"));
  }

  @Test
  void weightsNotAddingUpToTheScaleSayTheSumFoundAndTheSumNeededInBothLanguages() {
    // 40 + 60 = 100 against the default scale 20 (the sum of the dimensions' maxima, 10 + 10)
    List<Problem> f = refused(weighted("40", "60"));
    assertThat(summary(f)).containsExactly("STANDARD_WEIGHTS_SUM [1]");
    Problem p = f.get(0);
    assertThat(p.getLocation()).isEqualTo(Location.criterion(CriterionCode.of("1")));
    assertThat(p.getOffendingValue()).contains("100");
    assertThat(p.getMessageEn()).isEqualTo("The dimension weights add up to 100; the composite"
        + " scale 20 needs 20, or declare compositeScale 100");
    assertThat(p.getMessageZh())
        .isEqualTo("一级指标权重合计为 100；合成分制 20 要求权重合计为 20，或声明“compositeScale=100”");
  }

  @Test
  void weightsNotAddingUpToADeclaredScale() {
    // 40 + 60 = 100 against the declared scale 900
    List<Problem> f = refused(weighted("40", "60").compositeScale(pts("900")));
    assertThat(summary(f)).containsExactly("STANDARD_WEIGHTS_SUM [1]");
    assertThat(f.get(0).getMessageEn()).isEqualTo("The dimension weights add up to 100; the"
        + " composite scale 900 needs 900, or declare compositeScale 100");
  }

  @Test
  void aScaleWithoutWeightsMustBeTheNominalMaximum() {
    // no weights: the scale 100 is not the nominal maximum 20
    List<Problem> f = refused(with(d1(c11(), c12()), d2(c21(), c22()))
        .compositeScale(pts("100")));
    assertThat(summary(f)).containsExactly("STANDARD_SCALE_INVALID /compositeScale");
    assertThat(f.get(0).getMessageEn()).isEqualTo("The composite scale 100 needs dimension"
        + " weights: without weights it must equal the nominal maximum 20; expected"
        + " compositeScale 20, or weights adding up to 100");
    assertThat(f.get(0).getMessageZh()).isEqualTo("合成分制 100 须配合一级指标权重：不设权重时须等于满分 20；"
        + "应写“compositeScale=20”，或设合计为 100 的权重");
    // equal to it is fine
    assertThat(with(d1(c11(), c12()), d2(c21(), c22())).compositeScale(pts("20")).build()
        .getFindings()).isEmpty();
  }

  @Test
  void bandsAndThresholdAreOnTheScale() {
    // with scale 100 a band at 90 and a threshold of 95 are reachable (maximum total 101) …
    Standard s = weighted("60", "40").compositeScale(pts("100"))
        .ratingBands(List.of(new RatingBand(Rating.FAIL, pts("0")),
            new RatingBand(Rating.PASS, pts("60")), new RatingBand(Rating.GOOD, pts("80")),
            new RatingBand(Rating.EXCELLENT, pts("90"))))
        .certificationThreshold(pts("95")).build();
    assertThat(s.getFindings()).isEmpty();
    // … and a threshold of 102 is above the maximum total 100 + 1 = 101
    assertThat(summary(refused(weighted("60", "40").compositeScale(pts("100"))
        .certificationThreshold(pts("102"))))).containsExactly("STANDARD_THRESHOLD_INVALID /certificationThreshold");
  }
}
