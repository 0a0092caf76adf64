package io.github.ggw.standards.model.standard;

import static io.github.ggw.standards.model.TestStandards.c12;
import static io.github.ggw.standards.model.TestStandards.c21;
import static io.github.ggw.standards.model.TestStandards.c22;
import static io.github.ggw.standards.model.TestStandards.d1;
import static io.github.ggw.standards.model.TestStandards.d2;
import static io.github.ggw.standards.model.TestStandards.leaf;
import static io.github.ggw.standards.model.TestStandards.pts;
import static io.github.ggw.standards.model.TestStandards.summary;
import static io.github.ggw.standards.model.TestStandards.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counted deduction (计数扣分) as a value and in the checks of a standard: codes unique within
 * the item, points per deficiency positive and on the claim grid (0.5), and the arithmetic of the
 * counts.
 */
class CountedDeductionCheckTest {

  private static CountedDeficiency d(String code, String each) {
    return new CountedDeficiency(code, LocalizedText.of("缺项" + code, "missing " + code),
        pts(each));
  }

  @Test
  void codesAreUniqueAndPointsOnTheGrid() {
    // 1.1 is worth 6 in the test standard: a counted deduction on it is fine …
    assertThat(with(d1(leaf("1.1", "6", new CountedDeduction(List.of(d("D1", "2"),
        d("D2", "1.5")))), c12()), d2(c21(), c22())).build().getFindings()).isEmpty();
    // … D1 twice is a duplicate code, 0.25 each is off the 0.5 grid
    List<String> f = summary(assertThrows(InvalidStandardException.class, () ->
        with(d1(leaf("1.1", "6", new CountedDeduction(List.of(d("D1", "2"), d("D1", "1"),
            d("D3", "0.25")))), c12()), d2(c21(), c22())).build()).getFindings());
    assertThat(f).containsExactly("STANDARD_DUPLICATE_CODE [1.1]", "STANDARD_RULE_INVALID [1.1]");
  }

  @Test
  void valuesRefuseWhatCannotCount() {
    assertThatThrownBy(() -> new CountedDeduction(List.of()))
        .isInstanceOf(StandardsException.class);
    assertThatThrownBy(() -> d("D1", "0")).isInstanceOf(StandardsException.class);
    assertThatThrownBy(() -> d(" ", "1")).isInstanceOf(StandardsException.class);
    assertThatThrownBy(() -> d("D12345678901234567", "1"))
        .isInstanceOf(StandardsException.class);
  }

  @Test
  void pointsAndLinesFollowTheCountsInDeclaredOrder() {
    CountedDeduction rule = new CountedDeduction(List.of(d("D1", "2"), d("D2", "2")));
    // 10 − (2 × 2 + 1 × 2) = 4
    assertThat(rule.points(Points.of(10), DeficiencyCounts.of("D1", 2).and("D2", 1))).isEqualTo(Points.of(4));
    // 4 × 2 + 2 × 2 = 12 due on 10: 0; D1 takes 8, D2 the 2 left of its 4
    assertThat(rule.points(Points.of(10), DeficiencyCounts.of("D1", 4).and("D2", 2))).isEqualTo(Points.ZERO);
    List<CountedDeduction.Line> lines = rule.lines(Points.of(10), DeficiencyCounts.of("D2", 2).and("D1", 4));
    assertThat(lines).extracting(l -> l.deficiency().code() + " " + l.count() + " " + l.due()
        + " " + l.lost()).containsExactly("D1 4 8 8", "D2 2 4 2");
    // a code not counted counts 0; a code not declared is not a line
    assertThat(rule.lines(Points.of(10), DeficiencyCounts.of("D9", 3))).extracting(CountedDeduction.Line::due)
        .containsExactly(Points.ZERO, Points.ZERO);
    assertThat(rule.declares("D2")).isTrue();
    assertThat(rule.declares("D9")).isFalse();
    assertThat(rule.isComputed()).isFalse();
  }
}
