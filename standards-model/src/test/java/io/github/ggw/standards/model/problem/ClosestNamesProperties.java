package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The edit distance behaves as a distance, and the hints obey their own contract, on random names. */
class ClosestNamesProperties {
  private static final long SEED = 20240612L;

  /** Short names over a small alphabet with upper case, a full-width letter and a Han one. */
  private static Gen<String> names() {
    return SourceDSL.strings().betweenCodePoints('a', 'f').ofLengthBetween(0, 9)
        .zip(SourceDSL.integers().between(0, 3), (s, how) -> switch (how) {
          case 0 -> s;
          case 1 -> s.toUpperCase(java.util.Locale.ROOT);
          case 2 -> s.replace('a', 'Ａ');
          default -> s.replace('b', '层');
        });
  }

  @Test
  void distanceIsSymmetricAndBoundedByTheLengths() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(names(), names(), names())
        .checkAssert((a, b, c) -> {
          int ab = ClosestNames.distance(a, b);
          assertThat(ab).isEqualTo(ClosestNames.distance(b, a));
          assertThat(ClosestNames.distance(a, a)).isZero();
          assertThat(ab).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
          assertThat(ab).isGreaterThanOrEqualTo(Math.abs(a.strip().length() - b.strip().length()));
          // appending costs exactly one edit per appended code point
          assertThat(ClosestNames.distance(a, a + c)).isEqualTo(c.length());
        });
  }

  @Test
  void oneEditIsDistanceOne() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12),
            SourceDSL.integers().between(0, 100))
        .checkAssert((s, at) -> {
          int i = at % s.length();
          String deleted = s.substring(0, i) + s.substring(i + 1);
          String inserted = s.substring(0, i) + '_' + s.substring(i);
          assertThat(ClosestNames.distance(s, deleted)).isEqualTo(1);
          assertThat(ClosestNames.distance(s, inserted)).isEqualTo(1);
        });
  }

  @Test
  void hintsAreCandidatesNearestFirstWithinTheLimit() {
    Gen<List<String>> lists = SourceDSL.lists().of(names()).ofSizeBetween(0, 8);
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(names(), lists, SourceDSL.integers().between(0, 4))
        .checkAssert((given, candidates, max) -> {
          List<String> hints = ClosestNames.closest(given, candidates, max);
          assertThat(hints).hasSizeLessThanOrEqualTo(max).doesNotHaveDuplicates();
          assertThat(candidates).containsAll(hints);
          int previous = 0;
          for (String h : hints) {
            int d = ClosestNames.distance(given, h);
            assertThat(d).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(
                Math.max(2, given.strip().length() / 3));
            previous = d;
          }
          if (candidates.contains(given) && !given.isBlank() && max > 0) {
            assertThat(ClosestNames.distance(given, hints.get(0))).isZero();
          }
        });
  }
}
