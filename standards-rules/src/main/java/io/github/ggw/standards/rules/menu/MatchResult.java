package io.github.ggw.standards.rules.menu;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.FactValue;
import io.github.ggw.standards.model.menu.ServiceCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of matching a needs menu to a resource menu (菜单对接结果): the allocations, the
 * coverage of every need and the use of every resource.
 *
 * @param unit the unit whose menus were matched, not null
 * @param year the menus' year, 2000 to 2100
 * @param allocations every non-zero allocation, ordered by need id, then resource id
 * @param needs the coverage of every need, ordered by need id
 * @param resources the use of every resource, ordered by resource id
 */
public record MatchResult(
    UnitId unit, int year, List<Allocation> allocations, List<NeedCoverage> needs, List<ResourceUse> resources) {

  /**
   * The code of the declared fact through which a standard may score the matching: {@value}. A
   * standard declares it (type COUNT, 0 to 100, unit %) and reads it as the measure {@code
   * fact.menus.coverage}, for instance for tiered credit on indicator 3.1; the unit gives {@link
   * #coverageFact()} in its self-assessment (see docs/formats/menus.md).
   */
  public static final String COVERAGE_FACT = "menus.coverage";

  /**
   * Copies the lists.
   *
   * @param unit the {@code unit} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param allocations the {@code allocations} component, as described on the record
   * @param needs the {@code needs} component, as described on the record
   * @param resources the {@code resources} component, as described on the record
   */
  public MatchResult {
    Objects.requireNonNull(unit, "unit");
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

  /**
   * The needs covered in full.
   *
   * @return how many needs get all the units they ask for, 0 to {@code needs().size()}
   */
  public int wholeNeedCount() {
    return (int) needs.stream().filter(n -> n.uncovered() == 0).count();
  }

  /**
   * The resources that give anything.
   *
   * @return how many resources are used, 0 to {@code resources().size()}
   */
  public int usedResourceCount() {
    return (int) resources.stream().filter(r -> r.used() > 0).count();
  }

  /**
   * The coverage per service category, for every category some need asks for.
   *
   * @return one entry per category with a need, in the order of {@link ServiceCategory}
   */
  public List<CategoryCoverage> byCategory() {
    Map<ServiceCategory, int[]> sums = new EnumMap<>(ServiceCategory.class);
    for (NeedCoverage n : needs) {
      int[] s = sums.computeIfAbsent(n.need().category(), c -> new int[2]);
      s[0] += n.need().count();
      s[1] += n.covered();
    }
    return sums.entrySet().stream()
        .map(e -> new CategoryCoverage(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
  }

  /**
   * The share of the units of need covered (需求满足率), the figure a district compares across
   * units.
   *
   * @return {@code totalCovered() × 100 ÷ totalNeeded()} in percent, 0 to 100, to one decimal
   *     rounded half up; 0 when nothing is needed
   */
  public BigDecimal coveragePercent() {
    return percent(totalCovered(), totalNeeded());
  }

  /** {@code part × 100 ÷ whole} to one decimal, half up; 0 for an empty whole. */
  static BigDecimal percent(int part, int whole) {
    return whole == 0 ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
            RoundingMode.HALF_UP);
  }

  /**
   * The share of need covered as the fact {@link #COVERAGE_FACT}, for the unit's self-assessment.
   *
   * @return the fact, its value {@link #coveragePercent()} rounded half up to a whole percent (0
   *     to 100), as a COUNT fact takes it
   */
  public FactValue coverageFact() {
    return FactValue.of(COVERAGE_FACT, coveragePercent().setScale(0, RoundingMode.HALF_UP));
  }
}
