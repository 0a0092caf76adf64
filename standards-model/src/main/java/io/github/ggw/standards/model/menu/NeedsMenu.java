package io.github.ggw.standards.model.menu;

import io.github.ggw.standards.model.assessment.UnitId;
import java.util.List;
import java.util.Objects;

/**
 * A needs menu (需求菜单): what a school's pupils and young teachers need in one year. Source:
 * seed §三.1 (各校关工委要不断更新学生和青年教师的“需求菜单”).
 *
 * @param unit the school or kindergarten whose menu it is, not null
 * @param year the school year's calendar year the menu is for, 2000 to 2100
 * @param needs the entries, at most 2,000, identifiers unique, copied
 */
public record NeedsMenu(UnitId unit, int year, List<Need> needs) {

  /**
   * Checks the components and copies the entries.
   *
   * @throws io.github.ggw.standards.model.StandardsException if two entries share an identifier,
   *     there are more than 2,000, or the year lies outside 2000–2100
   * @throws NullPointerException if the unit, the list or an entry is null
   *
   * @param unit the {@code unit} component, as described on the record
   * @param year the {@code year} component, as described on the record
   * @param needs the {@code needs} component, as described on the record
   */
  public NeedsMenu {
    Objects.requireNonNull(unit, "unit");
    Entries.checkYear(year);
    needs = Entries.check(needs, Need::id, "needs menu");
  }
}
