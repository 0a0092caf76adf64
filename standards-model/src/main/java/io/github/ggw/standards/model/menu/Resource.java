package io.github.ggw.standards.model.menu;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Tier;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a resource menu (资源菜单条目): what one elder offers, how much, and when. Source:
 * seed §三.1 (退休教师工作队伍的“资源菜单”), §四.2 (the core, backbone and participant tiers).
 *
 * @param id the entry's identifier, unique on its menu, not null
 * @param elder the elder, an opaque reference, not null
 * @param elderCategory the kind of elder (五老), not null
 * @param tier the elder's layer in the team, not null
 * @param categories what the elder offers, at least one, copied
 * @param capacity how much the elder can give in all, 1 to 10,000, in {@code unit}, shared by all
 *     the categories offered
 * @param unit the unit of the capacity, not null
 * @param availability when the elder is available, at least one window, copied
 */
public record Resource(
    ResourceId id,
    ElderRef elder,
    ElderCategory elderCategory,
    Tier tier,
    Set<ServiceCategory> categories,
    int capacity,
    ServiceUnit unit,
    List<TimeWindow> availability) {

  /**
   * Checks the components and copies the collections.
   *
   * @throws StandardsException if no category or no window is given, or the capacity lies outside
   *     1–10,000
   * @throws NullPointerException if a component or an element is null
   *
   * @param id the {@code id} component, as described on the record
   * @param elder the {@code elder} component, as described on the record
   * @param elderCategory the {@code elderCategory} component, as described on the record
   * @param tier the {@code tier} component, as described on the record
   * @param categories the {@code categories} component, as described on the record
   * @param capacity the {@code capacity} component, as described on the record
   * @param unit the {@code unit} component, as described on the record
   * @param availability the {@code availability} component, as described on the record
   */
  public Resource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(elder, "elder");
    Objects.requireNonNull(elderCategory, "elderCategory");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(unit, "unit");
    if (categories.isEmpty() || availability.isEmpty()) {
      throw new StandardsException("resource " + id + " needs a category and a time window",
          String.valueOf(id));
    }
    categories = Sets.immutableEnumSet(EnumSet.copyOf(categories));
    availability = ImmutableList.copyOf(availability);
    if (capacity < 1 || capacity > 10_000) {
      throw new StandardsException("resource " + id + ": the capacity must lie in 1-10000",
          String.valueOf(capacity));
    }
  }

  /**
   * Whether this resource can serve a need: it offers the need's category in the need's unit, and
   * one of its windows shares at least a day with the need's window.
   *
   * @param need the need, not null
   * @return true when an allocation between the two is allowed
   */
  public boolean canServe(Need need) {
    return unit == need.unit() && categories.contains(need.category())
        && availability.stream().anyMatch(w -> w.overlaps(need.window()));
  }
}
