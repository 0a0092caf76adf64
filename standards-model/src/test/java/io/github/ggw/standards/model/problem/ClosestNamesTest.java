package io.github.ggw.standards.model.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "Did you mean" candidates for typical slips: typos, case, width, Chinese labels. */
class ClosestNamesTest {
  private static final List<String> TIERS = List.of("CORE", "BACKBONE", "PARTICIPANT");
  private static final List<String> KINDS = List.of("organisation", "elder", "training",
      "activity", "care-carrier", "difficulty-support", "vulnerability-support", "mentoring",
      "research", "publicity", "document", "designation", "incident");
  private static final List<String> MEMBERS = List.of("tier", "type", "time", "title", "tie");
  private static final List<String> TIER_LABELS = List.of("核心层", "骨干层", "参与层");
  private static final List<String> SHEETS = List.of("组织机构", "五老名册", "学习培训", "主题活动",
      "关爱载体", "青蓝结对", "调研成果", "宣传报道", "佐证文件");

  static Stream<Arguments> table() {
    return Stream.of(
        // swapped neighbours, a dropped, an added and a wrong letter
        Arguments.of("teir", MEMBERS, "tier, tie"),
        Arguments.of("tiers", MEMBERS, "tier, tie"),
        Arguments.of("CROE", TIERS, "CORE"),
        Arguments.of("BACKBONES", TIERS, "BACKBONE"),
        Arguments.of("PARTCIPANT", TIERS, "PARTICIPANT"),
        Arguments.of("partisipent", TIERS, "PARTICIPANT"),
        // case and the Turkish default locale of the build: I is still i
        Arguments.of("participant", TIERS, "PARTICIPANT"),
        Arguments.of("TIER", MEMBERS, "tier, tie, time"),
        // width and spaces
        Arguments.of("  ＣＯＲＥ　", TIERS, "CORE"),
        Arguments.of("ｔｒａｉｎｉｎｇ", KINDS, "training"),
        Arguments.of("care_carrier", KINDS, "care-carrier"),
        Arguments.of("elders", KINDS, "elder"),
        Arguments.of("trainig", KINDS, "training"),
        Arguments.of("documents", KINDS, "document"),
        Arguments.of("designations", KINDS, "designation"),
        Arguments.of("vulnerability support", KINDS, "vulnerability-support"),
        // Chinese labels
        Arguments.of("核心", TIER_LABELS, "核心层"),
        Arguments.of("核心曾", TIER_LABELS, "核心层"),
        Arguments.of("核心层", TIER_LABELS, "核心层"),
        Arguments.of("学习培训表", SHEETS, "学习培训"),
        Arguments.of("五老名单", SHEETS, "五老名册"),
        Arguments.of("培训学习", SHEETS, ""),
        // nothing close: no hint rather than a wild one
        Arguments.of("xyz", TIERS, ""),
        Arguments.of("ab", List.of("cd", "xy"), ""),
        Arguments.of("a", List.of("b"), ""),
        Arguments.of("level", KINDS, ""),
        Arguments.of("", TIERS, ""),
        Arguments.of("   ", TIERS, ""),
        Arguments.of("CORE", List.of(), ""));
  }

  @ParameterizedTest(name = "{0} -> [{2}]")
  @MethodSource("table")
  void closestCandidatesBestFirst(String given, List<String> candidates, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(", "));
    assertThat(ClosestNames.closest(given, candidates, 3)).isEqualTo(want);
  }

  @Test
  void tiesKeepCandidateOrderAndMaxCuts() {
    List<String> abc = List.of("cab", "cat", "car", "can");
    assertThat(ClosestNames.closest("caz", abc, 10)).containsExactly("cab", "cat", "car", "can");
    assertThat(ClosestNames.closest("caz", List.of("can", "car", "cat", "cab"), 2))
        .containsExactly("can", "car");
    assertThat(ClosestNames.closest("cart", List.of("car", "cart", "cat"), 10))
        .containsExactly("cart", "car", "cat");
    assertThat(ClosestNames.closest("cat", List.of("cat", "cat", "CAT"), 10))
        .containsExactly("cat", "CAT");
    assertThat(ClosestNames.closest("cat", abc, 0)).isEmpty();
  }

  @Test
  void thresholdGrowsWithLength() {
    // 12 code points allow 4 edits; 11 allow 3
    assertThat(ClosestNames.closest("abcdefghijkl", List.of("abcdefghWXYZ"), 1)).hasSize(1);
    assertThat(ClosestNames.closest("abcdefghijkl", List.of("abcdefgVWXYZ"), 1)).isEmpty();
    assertThat(ClosestNames.closest("abcdefghijk", List.of("abcdefghXYZ"), 1)).hasSize(1);
    assertThat(ClosestNames.closest("abcdefghijk", List.of("abcdefgWXYZ"), 1)).isEmpty();
    // four code points allow two edits, three allow one
    assertThat(ClosestNames.closest("abcd", List.of("abxy"), 1)).hasSize(1);
    assertThat(ClosestNames.closest("abc", List.of("axy"), 1)).isEmpty();
    assertThat(ClosestNames.closest("abc", List.of("abx"), 1)).hasSize(1);
  }

  @Test
  void distanceCountsEditsOnCodePoints() {
    assertThat(ClosestNames.distance("tier", "teir")).isEqualTo(1);
    assertThat(ClosestNames.distance("tier", "TIER")).isZero();
    assertThat(ClosestNames.distance("ＴＩＥＲ", "tier")).isZero();
    assertThat(ClosestNames.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ClosestNames.distance("", "abc")).isEqualTo(3);
    assertThat(ClosestNames.distance("ca", "abc")).isEqualTo(3); // optimal string alignment
    assertThat(ClosestNames.distance("𠀀a", "a")).isEqualTo(1); // one code point, two chars
    assertThat(ClosestNames.distance("核心层", "骨干层")).isEqualTo(2);
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> ClosestNames.closest("a", TIERS, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClosestNames.closest(null, TIERS, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ClosestNames.closest("a", null, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ClosestNames.closest("a", Arrays.asList("b", null), 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ClosestNames.distance(null, "a"))
        .isInstanceOf(NullPointerException.class);
  }
}
