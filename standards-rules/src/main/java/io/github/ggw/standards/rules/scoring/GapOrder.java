package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.rules.internal.Exact;
import java.util.Arrays;

/**
 * The order of a report's gaps ({@link ScoreReport#gaps()}): most points lost first, then by the
 * item's code (its rank in the plan), ties kept in the order given (a stable sort).
 *
 * <p>Where the lost points, their code ranks and their positions fit together in one {@code
 * long} (the points as whole numbers of their common smallest unit, see {@link
 * Exact#commonUnits}), the order is that of a primitive sort of such keys: no boxing, no
 * comparator, no {@code BigDecimal} comparison. Otherwise, {@link #plain} gives it. Both give the
 * same permutation (a test compares them); internal to scoring.
 */
final class GapOrder {
  private GapOrder() {}

  /**
   * The order of the gaps.
   *
   * @param lost the points lost by each gap, positive (the first {@code count})
   * @param at each gap's node index (the first {@code count})
   * @param codeRank each node's rank among the codes, by node index, {@code >= 0}
   * @param count the number of gaps, {@code >= 0}
   * @return the positions {@code 0 … count-1} of the gaps in report order
   */
  static int[] order(Points[] lost, int[] at, int[] codeRank, int count) {
    int[] fast = packed(lost, at, codeRank, count);
    return fast != null ? fast : plain(lost, at, codeRank, count);
  }

  /**
   * The order by a sort of packed keys {@code (maxUnits − units) · 2^(r+p) + rank · 2^p +
   * position}, with {@code r} and {@code p} the bits the largest rank and position need;
   * ascending keys are descending points, then ascending rank, then ascending position: the
   * stable order. Null when the keys do not fit in 63 bits, or the points in a {@code long}.
   */
  static int[] packed(Points[] lost, int[] at, int[] codeRank, int count) {
    if (count == 0) {
      return new int[0];
    }
    long[] units = Exact.commonUnits(lost, count);
    if (units == null) {
      return null;
    }
    long maxUnits = 0;
    int maxRank = 0;
    for (int k = 0; k < count; k++) {
      maxUnits = Math.max(maxUnits, units[k]);
      maxRank = Math.max(maxRank, codeRank[at[k]]);
    }
    int positionBits = bits(count - 1);
    int rankBits = bits(maxRank);
    int pointBits = bits(maxUnits);
    if (positionBits + rankBits + pointBits > Long.SIZE - 1) {
      return null;
    }
    long[] keys = new long[count];
    for (int k = 0; k < count; k++) {
      keys[k] = ((maxUnits - units[k]) << (rankBits + positionBits))
          | ((long) codeRank[at[k]] << positionBits) | k;
    }
    Arrays.sort(keys);
    long mask = (1L << positionBits) - 1;
    int[] order = new int[count];
    for (int k = 0; k < count; k++) {
      order[k] = (int) (keys[k] & mask);
    }
    return order;
  }

  /** The order by a stable sort comparing the points themselves, then the ranks. */
  static int[] plain(Points[] lost, int[] at, int[] codeRank, int count) {
    Integer[] order = new Integer[count];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, (x, y) -> {
      int byPoints = lost[y].compareTo(lost[x]);
      return byPoints != 0 ? byPoints : Integer.compare(codeRank[at[x]], codeRank[at[y]]);
    });
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      out[k] = order[k];
    }
    return out;
  }

  /** The bits a non-negative number needs (0 for 0). */
  private static int bits(long n) {
    return Long.SIZE - Long.numberOfLeadingZeros(n);
  }
}
