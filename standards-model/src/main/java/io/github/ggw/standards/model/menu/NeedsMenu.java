package io.github.ggw.standards.model.menu;

import java.util.List;

/**
 * A needs menu (需求菜单): what a school's pupils and young teachers need. Source: seed §三.1.
 *
 * @param needs the entries, at most 2,000, identifiers unique, copied
 */
public record NeedsMenu(List<Need> needs) {

  /**
   * Checks the entries and copies them.
   *
   * @throws io.github.ggw.standards.model.StandardsException if two entries share an identifier
   *     or there are more than 2,000
   * @throws NullPointerException if the list or an entry is null
   *
   * @param needs the {@code needs} component, as described on the record
   */
  public NeedsMenu {
    needs = Entries.check(needs, Need::id, "needs menu");
  }
}
