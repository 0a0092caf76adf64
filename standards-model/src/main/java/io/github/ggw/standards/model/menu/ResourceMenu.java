package io.github.ggw.standards.model.menu;

import java.util.List;

/**
 * A resource menu (资源菜单): what a school's retired teachers and other elders offer. Source:
 * seed §三.1.
 *
 * @param resources the entries, at most 2,000, identifiers unique, copied
 */
public record ResourceMenu(List<Resource> resources) {

  /**
   * Checks the entries and copies them.
   *
   * @throws io.github.ggw.standards.model.StandardsException if two entries share an identifier
   *     or there are more than 2,000
   * @throws NullPointerException if the list or an entry is null
   *
   * @param resources the {@code resources} component, as described on the record
   */
  public ResourceMenu {
    resources = Entries.check(resources, Resource::id, "resource menu");
  }
}
