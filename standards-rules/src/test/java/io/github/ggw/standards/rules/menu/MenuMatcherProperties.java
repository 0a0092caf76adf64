package io.github.ggw.standards.rules.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ggw.standards.model.menu.Need;
import io.github.ggw.standards.model.menu.NeedsMenu;
import io.github.ggw.standards.model.menu.Resource;
import io.github.ggw.standards.model.menu.ResourceMenu;
import io.github.ggw.standards.model.menu.ServiceCategory;
import io.github.ggw.standards.model.menu.ServiceUnit;
import io.github.ggw.standards.model.menu.TimeWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Invariants of the matching on random menus: no resource gives more than its capacity, no need
 * gets more than its count, only compatible pairs are allocated, the result does not depend on
 * the order of the menus, and on small menus the total equals the best of every allocation.
 */
class MenuMatcherProperties {
  private static final ServiceCategory[] CATEGORIES = {ServiceCategory.TUTORING,
      ServiceCategory.LECTURE, ServiceCategory.COUNSELLING};
  private static final LocalDate START = LocalDate.of(2022, 1, 1);

  /** A window of up to 60 days within the first 120 days of 2022. */
  private static Gen<TimeWindow> windows() {
    return SourceDSL.integers().between(0, 120).zip(SourceDSL.integers().between(0, 60),
        (from, length) -> TimeWindow.of(START.plusDays(from), START.plusDays(from + length)));
  }

  private static Gen<Need> needs(int index, int maxCount) {
    return SourceDSL.integers().between(0, CATEGORIES.length - 1)
        .zip(SourceDSL.integers().between(1, maxCount), windows(),
            (c, count, w) -> MenuFixtures.need(String.format("N%02d", index), CATEGORIES[c],
                count, ServiceUnit.SESSIONS, w));
  }

  private static Gen<Resource> resources(int index, int maxCapacity) {
    return SourceDSL.integers().between(1, 7)
        .zip(SourceDSL.integers().between(1, maxCapacity), windows(), (mask, cap, w) -> {
          List<ServiceCategory> offered = new ArrayList<>();
          for (int i = 0; i < CATEGORIES.length; i++) {
            if ((mask & (1 << i)) != 0) {
              offered.add(CATEGORIES[i]);
            }
          }
          return MenuFixtures.resource(String.format("R%02d", index), cap, ServiceUnit.SESSIONS,
              List.of(w), offered.toArray(ServiceCategory[]::new));
        });
  }

  private static Gen<List<Need>> needLists(int max, int maxCount) {
    return SourceDSL.integers().between(0, max).flatMap(n -> {
      Gen<List<Need>> g = SourceDSL.lists().of(needs(0, 1)).ofSize(0);
      for (int i = 0; i < n; i++) {
        Gen<Need> one = needs(i, maxCount);
        g = g.zip(one, (list, x) -> {
          List<Need> l = new ArrayList<>(list);
          l.add(x);
          return l;
        });
      }
      return g;
    });
  }

  private static Gen<List<Resource>> resourceLists(int max, int maxCapacity) {
    return SourceDSL.integers().between(0, max).flatMap(n -> {
      Gen<List<Resource>> g = SourceDSL.lists().of(resources(0, 1)).ofSize(0);
      for (int i = 0; i < n; i++) {
        Gen<Resource> one = resources(i, maxCapacity);
        g = g.zip(one, (list, x) -> {
          List<Resource> l = new ArrayList<>(list);
          l.add(x);
          return l;
        });
      }
      return g;
    });
  }

  @Test
  void capacitiesAndCountsAreNeverExceededAndOnlyCompatiblePairsAreUsed() {
    qt().withExamples(300).forAll(needLists(8, 12), resourceLists(8, 12)).checkAssert((ns, rs) -> {
      MatchResult m = MenuMatcher.match(new NeedsMenu(MenuFixtures.UNIT, 2021, ns), new ResourceMenu(MenuFixtures.UNIT, 2021, rs));
      Map<String, Integer> given = new HashMap<>();
      Map<String, Integer> got = new HashMap<>();
      for (Allocation a : m.allocations()) {
        Need n = ns.stream().filter(x -> x.id().equals(a.need())).findFirst().orElseThrow();
        Resource r = rs.stream().filter(x -> x.id().equals(a.resource())).findFirst()
            .orElseThrow();
        assertThat(r.canServe(n)).isTrue();
        given.merge(r.id().value(), a.amount(), Integer::sum);
        got.merge(n.id().value(), a.amount(), Integer::sum);
      }
      rs.forEach(r -> assertThat(given.getOrDefault(r.id().value(), 0))
          .isLessThanOrEqualTo(r.capacity()));
      ns.forEach(n -> assertThat(got.getOrDefault(n.id().value(), 0))
          .isLessThanOrEqualTo(n.count()));
      assertThat(m.totalCovered()).isLessThanOrEqualTo(Math.min(m.totalNeeded(),
          rs.stream().mapToInt(Resource::capacity).sum()));
    });
  }

  @Test
  void theOrderOfTheMenusDoesNotMatter() {
    qt().withExamples(200).forAll(needLists(6, 9), resourceLists(6, 9)).checkAssert((ns, rs) -> {
      List<Need> reversedNeeds = new ArrayList<>(ns);
      java.util.Collections.reverse(reversedNeeds);
      List<Resource> reversedResources = new ArrayList<>(rs);
      java.util.Collections.reverse(reversedResources);
      assertThat(MenuMatcher.match(new NeedsMenu(MenuFixtures.UNIT, 2021, reversedNeeds),
          new ResourceMenu(MenuFixtures.UNIT, 2021, reversedResources)))
          .isEqualTo(MenuMatcher.match(new NeedsMenu(MenuFixtures.UNIT, 2021, ns), new ResourceMenu(MenuFixtures.UNIT, 2021, rs)));
    });
  }

  /**
   * The reason given for a shortfall is the true one: NO_RESOURCE_OF_CATEGORY exactly when no
   * resource offers the category in the unit; TIME_WINDOWS_DO_NOT_MEET when some do but none can
   * serve; CAPACITY_USED_UP when some can serve, and then every one of them is used up.
   */
  @Test
  void everyShortfallGivesItsTrueReason() {
    qt().withExamples(300).forAll(needLists(8, 12), resourceLists(8, 12)).checkAssert((ns, rs) -> {
      MatchResult m = MenuMatcher.match(new NeedsMenu(MenuFixtures.UNIT, 2021, ns),
          new ResourceMenu(MenuFixtures.UNIT, 2021, rs));
      for (NeedCoverage c : m.needs()) {
        Need n = c.need();
        List<ResourceUse> able = m.resources().stream()
            .filter(u -> u.resource().canServe(n)).toList();
        boolean offered = rs.stream().anyMatch(r -> r.unit() == n.unit()
            && r.categories().contains(n.category()));
        assertThat(c.shortfall().isPresent()).isEqualTo(c.uncovered() > 0);
        c.shortfall().ifPresent(s -> {
          switch (s) {
            case NO_RESOURCE_OF_CATEGORY -> assertThat(offered).isFalse();
            case TIME_WINDOWS_DO_NOT_MEET -> assertThat(offered && able.isEmpty()).isTrue();
            case CAPACITY_USED_UP -> assertThat(able).isNotEmpty()
                .allMatch(u -> u.remaining() == 0);
          }
        });
      }
    });
  }

  /** On menus of at most 3 needs (count ≤ 2) and 3 resources (capacity ≤ 2), try every allocation. */
  @Test
  void onSmallMenusTheTotalIsTheBestOfEveryAllocation() {
    qt().withExamples(300).forAll(needLists(3, 2), resourceLists(3, 2)).checkAssert((ns, rs) -> {
      assertThat(MenuMatcher.match(new NeedsMenu(MenuFixtures.UNIT, 2021, ns), new ResourceMenu(MenuFixtures.UNIT, 2021, rs)).totalCovered())
          .isEqualTo(bestByEnumeration(ns, rs));
    });
  }

  /** The best total over every assignment of 0..min(count, capacity) units to each allowed pair. */
  private static int bestByEnumeration(List<Need> ns, List<Resource> rs) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < ns.size(); i++) {
      for (int j = 0; j < rs.size(); j++) {
        if (rs.get(j).canServe(ns.get(i))) {
          pairs.add(new int[] {i, j, Math.min(ns.get(i).count(), rs.get(j).capacity())});
        }
      }
    }
    return best(pairs, 0, new int[ns.size()], new int[rs.size()], ns, rs);
  }

  private static int best(List<int[]> pairs, int k, int[] needUse, int[] resUse, List<Need> ns,
      List<Resource> rs) {
    if (k == pairs.size()) {
      return 0;
    }
    int[] p = pairs.get(k);
    int best = 0;
    for (int x = 0; x <= p[2]; x++) {
      if (needUse[p[0]] + x > ns.get(p[0]).count() || resUse[p[1]] + x > rs.get(p[1]).capacity()) {
        break;
      }
      needUse[p[0]] += x;
      resUse[p[1]] += x;
      best = Math.max(best, x + best(pairs, k + 1, needUse, resUse, ns, rs));
      needUse[p[0]] -= x;
      resUse[p[1]] -= x;
    }
    return best;
  }
}
