package io.github.ggw.standards.model.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the names closest to a misspelt one, for "did you mean" hints (近似名称): an unknown
 * measure, member, column, enumeration constant or label.
 *
 * <p>Names are compared after trimming, folding full-width forms to their ASCII counterparts
 * ({@code U+FF01}–{@code U+FF5E} and the ideographic space {@code U+3000}) and lower-casing in
 * the root locale (never the machine's: a Turkish default would turn {@code I} into a dotless
 * {@code ı}). The distance is the optimal-string-alignment Damerau–Levenshtein distance over
 * Unicode code points: one insertion, deletion, substitution or swap of two neighbours costs 1.
 * Pure and thread-safe.
 */
public final class ClosestNames {
  private ClosestNames() {}

  /**
   * The candidates close enough to a given name, best first.
   *
   * <p>A candidate is close enough when its distance {@code d} to the given name, with {@code n}
   * the given name's length in code points after normalisation, is at most 1 for {@code n <= 3}
   * and at most {@code max(2, n / 3)} otherwise, and is less than the longer name's length (so
   * two names with nothing in common never match). Candidates at equal distance keep the order
   * of {@code candidates}; a candidate repeated in it is listed once.
   *
   * @param given the name as written, not null; blank gives no candidates
   * @param candidates the names that exist, not null, no element null
   * @param max the most candidates to return, {@code >= 0}
   * @return up to {@code max} candidates as spelt in {@code candidates}, nearest first; an exact
   *     match after normalisation (distance 0) comes first; empty when none is close
   * @throws IllegalArgumentException if {@code max} is negative
   * @throws NullPointerException if an argument or a candidate is null
   */
  public static List<String> closest(String given, Collection<String> candidates, int max) {
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(candidates, "candidates");
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    int[] g = normalise(given);
    int limit = g.length <= 3 ? 1 : Math.max(2, g.length / 3);
    List<Scored> close = new ArrayList<>();
    for (String candidate : new LinkedHashSet<>(candidates)) {
      int[] c = normalise(Objects.requireNonNull(candidate, "candidate"));
      int d = distance(g, c);
      if (g.length > 0 && d <= limit && d < Math.max(g.length, c.length)) {
        close.add(new Scored(candidate, d));
      }
    }
    close.sort(Comparator.comparingInt(Scored::distance)); // stable: ties keep candidate order
    return close.stream().limit(max).map(Scored::name).toList();
  }

  /**
   * The distance between two names after normalisation (see the class comment).
   *
   * @param a a name, not null
   * @param b another name, not null
   * @return the number of edits, {@code >= 0}; 0 when the names are equal after normalisation
   */
  public static int distance(String a, String b) {
    return distance(normalise(Objects.requireNonNull(a, "a")),
        normalise(Objects.requireNonNull(b, "b")));
  }

  private static int distance(int[] a, int[] b) {
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length][b.length];
  }

  private static int[] normalise(String s) {
    return s.codePoints()
        .map(cp -> cp == 0x3000 ? ' ' : cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString().strip().toLowerCase(Locale.ROOT).codePoints().toArray();
  }

  private record Scored(String name, int distance) {}
}
