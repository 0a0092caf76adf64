package io.github.ggw.standards.rules.menu;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The result of matching a needs menu to a resource menu (菜单对接结果): the allocations, the
 * coverage of every need and the use of every resource.
 *
 * @param allocations every non-zero allocation, ordered by need id, then resource id
 * @param needs the coverage of every need, ordered by need id
 * @param resources the use of every resource, ordered by resource id
 */
public record MatchResult(
    List<Allocation> allocations, List<NeedCoverage> needs, List<ResourceUse> resources) {

  /**
   * Copies the lists.
   *
   * @param allocations the {@code allocations} component, as described on the record
   * @param needs the {@code needs} component, as described on the record
   * @param resources the {@code resources} component, as described on the record
   */
  public MatchResult {
    allocations = ImmutableList.copyOf(allocations);
    needs = ImmutableList.copyOf(needs);
    resources = ImmutableList.copyOf(resources);
  }

  /**
   * The units all needs ask for.
   *
   * @return the sum of the needs' counts
   */
  public int totalNeeded() {
    return needs.stream().mapToInt(n -> n.need().count()).sum();
  }

  /**
   * The units covered: the value of the maximum flow.
   *
   * @return the sum of the allocations, at most {@link #totalNeeded()}
   */
  public int totalCovered() {
    return allocations.stream().mapToInt(Allocation::amount).sum();
  }

  /**
   * Needs that get nothing at all (未对接需求).
   *
   * @return the coverages with nothing covered, by need id
   */
  public List<NeedCoverage> unmatchedNeeds() {
    return needs.stream().filter(n -> n.covered() == 0).toList();
  }

  /**
   * Needs not fully covered, including those that get nothing.
   *
   * @return the coverages with units left uncovered, by need id
   */
  public List<NeedCoverage> uncoveredNeeds() {
    return needs.stream().filter(n -> n.uncovered() > 0).toList();
  }

  /**
   * Resources the matching does not use at all (闲置资源).
   *
   * @return the uses of zero, by resource id
   */
  public List<ResourceUse> unusedResources() {
    return resources.stream().filter(r -> r.used() == 0).toList();
  }
}
