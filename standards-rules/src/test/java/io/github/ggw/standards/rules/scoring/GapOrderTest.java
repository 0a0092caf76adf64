package io.github.ggw.standards.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ggw.standards.model.Points;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gaps' order by packed primitive keys is the order of the stable sort comparing the
 * points and the code ranks, and the packed sort steps aside where its keys do not fit.
 */
class GapOrderTest {
  private static Points p(String text) {
    return Points.parse(text);
  }

  @Test
  void mostLostFirstThenByRankThenAsGiven() {
    // lost 2, 3.5, 2.0, 3.50, 0.25 at nodes 0–4, whose ranks are 4, 1, 0, 1, 2:
    // 3.5 (rank 1, position 1) and 3.50 (rank 1, position 3) tie in points and rank: given order;
    // then 2 (rank 4) and 2.0 (rank 0): rank 0 first; then 0.25
    Points[] lost = {p("2"), p("3.5"), p("2.0"), p("3.50"), p("0.25")};
    int[] at = {0, 1, 2, 3, 4};
    int[] rank = {4, 1, 0, 1, 2};
    int[] expected = {1, 3, 2, 0, 4};
    assertThat(GapOrder.packed(lost, at, rank, 5)).containsExactly(expected);
    assertThat(GapOrder.plain(lost, at, rank, 5)).containsExactly(expected);
    assertThat(GapOrder.order(lost, at, rank, 5)).containsExactly(expected);
  }

  @Test
  void noGapsAndOneGap() {
    assertThat(GapOrder.order(new Points[0], new int[0], new int[0], 0)).isEmpty();
    assertThat(GapOrder.order(new Points[] {p("1")}, new int[] {3}, new int[] {0, 0, 0, 7}, 1))
        .containsExactly(0);
  }

  @Test
  void pointsBeyondALongOrKeysBeyond63BitsAreOrderedByTheComparison() {
    // 10^30 does not fit in a long: no packed keys; the comparison puts it first
    Points wide = Points.of(new BigDecimal(BigInteger.TEN.pow(30)));
    Points[] lost = {p("1"), wide, p("0.5")};
    int[] at = {0, 1, 2};
    int[] rank = {0, 1, 2};
    assertThat(GapOrder.packed(lost, at, rank, 3)).isNull();
    assertThat(GapOrder.order(lost, at, rank, 3)).containsExactly(1, 0, 2);
    // 2^61 units (61 bits… 62 with the sign-free count) plus rank bits (2: ranks up to 3) plus
    // position bits (2: positions up to 2) = 66 bits > 63: no packed keys
    Points big = Points.of(BigDecimal.valueOf(1L << 61));
    Points[] lost2 = {p("1"), big, p("1")};
    int[] rank2 = {3, 0, 1};
    assertThat(GapOrder.packed(lost2, at, rank2, 3)).isNull();
    // big first; the two 1s by rank: position 2 (rank 1) before position 0 (rank 3)
    assertThat(GapOrder.order(lost2, at, rank2, 3)).containsExactly(1, 2, 0);
    // a scale of 19 (0.1 × 10^-18): beyond a long's powers of ten against 5 (scale 0)? 5 ×
    // 10^19 does not fit: no packed keys
    Points[] lost3 = {p("5"), p("0.0000000000000000001")};
    assertThat(GapOrder.packed(lost3, new int[] {0, 1}, new int[] {0, 1}, 2)).isNull();
    assertThat(GapOrder.order(lost3, new int[] {0, 1}, new int[] {0, 1}, 2))
        .containsExactly(0, 1);
  }

  @Test
  void anyPointsOfAnyScaleWithTiedRanksAreOrderedAsTheComparisonOrdersThem() {
    // up to 60 gaps; points u × 10^-s with u in 1 … 40 (many ties) or a wide one (2^62 … beyond
    // a long), scales −1 … 20; ranks 0 … 9 (many ties), at positions in a plan of 64 nodes
    qt().withExamples(3_000)
        .forAll(lists().of(integers().between(0, 40 * 22 + 5)).ofSizeBetween(0, 60),
            lists().of(integers().between(0, 9)).ofSize(64))
        .checkAssert((codes, ranks) -> {
          int count = codes.size();
          Points[] lost = new Points[count];
          int[] at = new int[count];
          int[] rank = ranks.stream().mapToInt(Integer::intValue).toArray();
          for (int k = 0; k < count; k++) {
            int c = codes.get(k);
            lost[k] = c >= 40 * 22 ? Points.of(new BigDecimal(BigInteger.TWO.pow(58 + c % 10)))
                : Points.of(BigDecimal.valueOf(1 + c % 40, c / 40 - 1));
            at[k] = (k * 37) % 64;
          }
          int[] plain = GapOrder.plain(lost, at, rank, count);
          assertThat(GapOrder.order(lost, at, rank, count)).containsExactly(plain);
          int[] packed = GapOrder.packed(lost, at, rank, count);
          if (packed != null) {
            assertThat(packed).containsExactly(plain);
          }
        });
  }

  @Test
  void thePackedSortIsTakenForPointsOfEveryDayScale() {
    // 0.5, 1.25, 3 and 10 at ranks up to 200 in 240 positions: 4 + 8 + 8 bits, far within 63
    List<String> texts = List.of("0.5", "1.25", "3", "10");
    int count = 240;
    Points[] lost = new Points[count];
    int[] at = new int[count];
    int[] rank = new int[count];
    for (int k = 0; k < count; k++) {
      lost[k] = p(texts.get(k % 4));
      at[k] = k;
      rank[k] = 200 - k % 201;
    }
    int[] packed = GapOrder.packed(lost, at, rank, count);
    assertThat(packed).isNotNull();
    assertThat(packed).containsExactly(GapOrder.plain(lost, at, rank, count));
    // the first is a 10 (positions 3, 7, …) of the lowest rank: rank 200 − k % 201 is lowest at
    // the largest k % 201 with k ≡ 3 (mod 4): k = 199 (199 % 201 = 199, rank 1)
    assertThat(packed[0]).isEqualTo(199);
  }
}
