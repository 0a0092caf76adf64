package io.github.ggw.standards.model.menu;

import io.github.ggw.standards.model.assessment.UnitId;
import java.util.List;
import java.util.Objects;

/**
 * A resource menu (资源菜单): what a school's retired teachers and other elders offer in one
 * year. Source: seed §三.1 (退休教师工作队伍的“资源菜单”).
 *
 * @param unit the school or kindergarten whose menu it is, not null
 * @param year the calendar year the menu is for, 2000 to 2100
 * @param resources the entries, at most 2,000, identifiers unique, copied
 */
public record ResourceMenu(UnitId unit, int year, List<Resource> resources) {

  /**
   * Checks the components and copies the entries.
   *
   * @throws io.github.ggw.standards.model.StandardsException if two entries share an identifier,
   *     there are more than 2,000, or the year lies outside 2000–2100
   * @throws NullPointerException if the unit, the list or an entry is null
   *
   * @param unit the {@code unit} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param resources the {@code resources} component, as described on the record
   */
  public ResourceMenu {
    Objects.requireNonNull(unit, "unit");
    Entries.checkYear(year);
    resources = Entries.check(resources, Resource::id, "resource menu");
  }
}
