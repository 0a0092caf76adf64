package io.github.ggw.standards.rules.menu;

import static io.github.ggw.standards.model.menu.ServiceCategory.COUNSELLING;
import static io.github.ggw.standards.model.menu.ServiceCategory.LECTURE;
import static io.github.ggw.standards.model.menu.ServiceCategory.SCIENCE;
import static io.github.ggw.standards.model.menu.ServiceCategory.TUTORING;
import static io.github.ggw.standards.rules.menu.MenuFixtures.TERM;
import static io.github.ggw.standards.rules.menu.MenuFixtures.need;
import static io.github.ggw.standards.rules.menu.MenuFixtures.resource;
import static io.github.ggw.standards.rules.menu.MenuFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.menu.ServiceUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made menus whose maximum coverage is known. */
class MenuMatcherTest {

  private static MatchResult match(NeedsMenu n, ResourceMenu r) {
    return MenuMatcher.match(n, r);
  }

  /**
   * Greedy is not optimal here: N1 (tutoring) taken first by R1, the first resource that can
   * serve it, leaves N2 (counselling) without anyone, covering 1. The maximum is 2: N1 by R2, N2
   * by R1.
   */
  @Test
  void coversTwoWhereAFirstFitGreedyCoversOne() {
    MatchResult m = match(
        new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(need("N1", TUTORING, 1), need("N2", COUNSELLING, 1))),
        new ResourceMenu(MenuFixtures.UNIT, 2021, List.of(resource("R1", 1, TUTORING, COUNSELLING),
            resource("R2", 1, TUTORING))));
    assertThat(m.totalCovered()).isEqualTo(2);
    assertThat(m.allocations()).containsExactly(
        new Allocation(NeedId.of("N1"), ResourceId.of("R2"), 1),
        new Allocation(NeedId.of("N2"), ResourceId.of("R1"), 1));
    assertThat(m.unmatchedNeeds()).isEmpty();
    assertThat(m.unusedResources()).isEmpty();
  }

  /**
   * Counts and capacities are flow capacities. Needs: N1 tutoring 5, N2 lecture 3, N3 science 2.
   * Resources: R1 tutoring+lecture cap 4, R2 tutoring cap 2, R3 lecture cap 2, R4 counselling cap
   * 9. Cut {N1, N2} against {R1, R2, R3}: at most 4 + 2 + 2 = 8 of the 8 units N1 and N2 ask; N3
   * has no resource. Maximum 8 of 10: N3 unmatched (2 uncovered), R4 unused.
   */
  @Test
  void countsAndCapacitiesAreFlowCapacities() {
    MatchResult m = match(
        new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(need("N1", TUTORING, 5), need("N2", LECTURE, 3),
            need("N3", SCIENCE, 2))),
        new ResourceMenu(MenuFixtures.UNIT, 2021, List.of(resource("R1", 4, TUTORING, LECTURE),
            resource("R2", 2, TUTORING), resource("R3", 2, LECTURE),
            resource("R4", 9, COUNSELLING))));
    assertThat(m.totalNeeded()).isEqualTo(10);
    assertThat(m.totalCovered()).isEqualTo(8);
    assertThat(m.needs()).extracting(NeedCoverage::covered).containsExactly(5, 3, 0);
    assertThat(m.unmatchedNeeds()).extracting(c -> c.need().id().value()).containsExactly("N3");
    assertThat(m.uncoveredNeeds()).extracting(NeedCoverage::uncovered).containsExactly(2);
    assertThat(m.unusedResources()).extracting(u -> u.resource().id().value())
        .containsExactly("R4");
    assertThat(m.resources()).extracting(ResourceUse::remaining).containsExactly(0, 0, 0, 9);
  }

  /**
   * Capacity binds: N1 tutoring 6 and N2 tutoring 6 share R1 (cap 5) and R2 (cap 4): 9 of 12,
   * and 3 remain uncovered; both resources are used up.
   */
  @Test
  void sharedCapacityIsNeverExceeded() {
    MatchResult m = match(
        new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(need("N1", TUTORING, 6), need("N2", TUTORING, 6))),
        new ResourceMenu(MenuFixtures.UNIT, 2021, List.of(resource("R1", 5, TUTORING), resource("R2", 4, TUTORING))));
    assertThat(m.totalCovered()).isEqualTo(9);
    assertThat(m.resources()).allMatch(u -> u.remaining() == 0);
    assertThat(m.uncoveredNeeds().stream().mapToInt(NeedCoverage::uncovered).sum()).isEqualTo(3);
  }

  /**
   * Windows and units decide who may serve: R1 is available only in the summer (no overlap with
   * the term), R2 counts hours not sessions; R3 is available on the term's last day only, which
   * overlaps. Maximum 1 (R3's capacity).
   */
  @Test
  void timeWindowsAndUnitsMustFit() {
    MatchResult m = match(new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(need("N1", TUTORING, 4))),
        new ResourceMenu(MenuFixtures.UNIT, 2021, List.of(
            resource("R1", 9, ServiceUnit.SESSIONS, List.of(window("2022-07-01", "2022-08-31")),
                TUTORING),
            resource("R2", 9, ServiceUnit.HOURS, List.of(TERM), TUTORING),
            resource("R3", 1, ServiceUnit.SESSIONS,
                List.of(window("2022-01-20", "2022-01-20")), TUTORING))));
    assertThat(m.totalCovered()).isEqualTo(1);
    assertThat(m.allocations()).containsExactly(
        new Allocation(NeedId.of("N1"), ResourceId.of("R3"), 1));
    assertThat(m.unusedResources()).hasSize(2);
  }

  @Test
  void theSameMenusInAnotherOrderGiveTheSameResult() {
    var needs = List.of(need("N2", COUNSELLING, 1), need("N1", TUTORING, 2));
    var resources = List.of(resource("R2", 1, TUTORING), resource("R1", 2, TUTORING, COUNSELLING));
    MatchResult a = match(new NeedsMenu(MenuFixtures.UNIT, 2021, needs), new ResourceMenu(MenuFixtures.UNIT, 2021, resources));
    MatchResult b = match(new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(needs.get(1), needs.get(0))),
        new ResourceMenu(MenuFixtures.UNIT, 2021, List.of(resources.get(1), resources.get(0))));
    assertThat(a).isEqualTo(b);
    assertThat(a.totalCovered()).isEqualTo(3);
  }

  @Test
  void emptyMenusMatchNothing() {
    MatchResult m = match(new NeedsMenu(MenuFixtures.UNIT, 2021, List.of()), new ResourceMenu(MenuFixtures.UNIT, 2021, List.of()));
    assertThat(m.totalNeeded()).isZero();
    assertThat(m.allocations()).isEmpty();
  }

  @Test
  void menusRefuseDuplicateIdsAndBadCounts() {
    assertThrows(StandardsException.class, () -> new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(need("N1", TUTORING, 1),
        need("N1", LECTURE, 1))));
    assertThrows(StandardsException.class, () -> new ResourceMenu(MenuFixtures.UNIT, 2021, List.of(
        resource("R1", 1, TUTORING), resource("R1", 2, LECTURE))));
    assertThrows(StandardsException.class, () -> need("N1", TUTORING, 0));
    assertThrows(StandardsException.class, () -> need("N1", TUTORING, 10_001));
    assertThat(need("N1", TUTORING, 10_000).count()).isEqualTo(10_000);
    assertThrows(StandardsException.class, () -> resource("R1", 0, TUTORING));
    assertThrows(StandardsException.class, () -> resource("R1", 1));
    assertThrows(StandardsException.class, () -> window("2022-01-02", "2022-01-01"));
    assertThrows(StandardsException.class, () -> new Allocation(NeedId.of("N1"),
        ResourceId.of("R1"), 0));
  }

  /**
   * A need split across two resources: N1 tutoring 7; R1 tutoring cap 4, R2 tutoring cap 5. No
   * single resource can give 7, but 4 + 3 = 7: N1 is covered in full, R1 gives 4 (all it has)
   * and R2 gives the remaining 7 − 4 = 3, keeping 5 − 3 = 2.
   */
  @Test
  void oneNeedIsSplitAcrossTwoResources() {
    MatchResult m = match(new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(need("N1", TUTORING, 7))),
        new ResourceMenu(MenuFixtures.UNIT, 2021,
            List.of(resource("R1", 4, TUTORING), resource("R2", 5, TUTORING))));
    assertThat(m.totalCovered()).isEqualTo(7);
    assertThat(m.allocations()).extracting(Allocation::amount).containsExactlyInAnyOrder(4, 3);
    assertThat(m.resources()).extracting(ResourceUse::remaining).containsExactlyInAnyOrder(0, 2);
    assertThat(m.needs().get(0).shortfall()).isEmpty();
    assertThat(m.wholeNeedCount()).isEqualTo(1);
    assertThat(m.usedResourceCount()).isEqualTo(2);
  }

  /**
   * Capacities summing exactly to the needs: N1 lecture 3 + N2 tutoring 2 = 5 asked; R1 lecture
   * cap 3 + R2 tutoring cap 2 = 5 offered. Everything is covered and nothing is left: 5 of 5,
   * both resources at 0 remaining, no shortfall.
   */
  @Test
  void capacitiesEqualToTheNeedsCoverEverythingAndLeaveNothing() {
    MatchResult m = match(
        new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(need("N1", LECTURE, 3), need("N2", TUTORING, 2))),
        new ResourceMenu(MenuFixtures.UNIT, 2021,
            List.of(resource("R1", 3, LECTURE), resource("R2", 2, TUTORING))));
    assertThat(m.totalNeeded()).isEqualTo(5);
    assertThat(m.totalCovered()).isEqualTo(5);
    assertThat(m.resources()).allMatch(u -> u.remaining() == 0);
    assertThat(m.needs()).allMatch(n -> n.shortfall().isEmpty());
    assertThat(m.byCategory()).containsExactly(new CategoryCoverage(LECTURE, 3, 3),
        new CategoryCoverage(TUTORING, 2, 2));
  }

  /**
   * Each shortfall once: N1 science 2 has no science resource (NO_RESOURCE_OF_CATEGORY); N2
   * counselling 1 has R2, available only in the summer (TIME_WINDOWS_DO_NOT_MEET); N3 tutoring 5
   * has R1 (cap 3), which gives all 3 and leaves 5 − 3 = 2 uncovered (CAPACITY_USED_UP). Per
   * category (in ServiceCategory order TUTORING, COUNSELLING, SCIENCE): 3 of 5, 0 of 1, 0 of 2.
   */
  @Test
  void everyUncoveredNeedSaysWhy() {
    MatchResult m = match(
        new NeedsMenu(MenuFixtures.UNIT, 2021, List.of(need("N1", SCIENCE, 2),
            need("N2", COUNSELLING, 1), need("N3", TUTORING, 5))),
        new ResourceMenu(MenuFixtures.UNIT, 2021, List.of(resource("R1", 3, TUTORING),
            resource("R2", 4, ServiceUnit.SESSIONS, List.of(window("2022-07-01", "2022-08-31")),
                COUNSELLING))));
    assertThat(m.needs()).extracting(n -> n.shortfall().orElseThrow()).containsExactly(
        Shortfall.NO_RESOURCE_OF_CATEGORY, Shortfall.TIME_WINDOWS_DO_NOT_MEET,
        Shortfall.CAPACITY_USED_UP);
    assertThat(m.byCategory()).containsExactly(new CategoryCoverage(TUTORING, 5, 3),
        new CategoryCoverage(COUNSELLING, 1, 0), new CategoryCoverage(SCIENCE, 2, 0));
    assertThat(m.wholeNeedCount()).isZero();
    assertThat(m.usedResourceCount()).isEqualTo(1);
  }
}
