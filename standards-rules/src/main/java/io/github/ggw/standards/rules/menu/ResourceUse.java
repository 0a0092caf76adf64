package io.github.ggw.standards.rules.menu;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.menu.Resource;
import java.util.Objects;

/**
 * How much of one resource the matching uses (资源使用情况).
 *
 * @param resource the resource, not null
 * @param used the units used, 0 to {@code resource.capacity()}
 */
public record ResourceUse(Resource resource, int used) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the use is negative or above the capacity
   *
   * @param resource the {@code resource} component, as described on the record
   * @param used the {@code used} component, as described on the record
   */
  public ResourceUse {
    Objects.requireNonNull(resource, "resource");
    if (used < 0 || used > resource.capacity()) {
      throw new StandardsException("resource " + resource.id() + ": use must lie in 0-"
          + resource.capacity(), String.valueOf(used));
    }
  }

  /**
   * The capacity left over.
   *
   * @return {@code resource.capacity() − used}, {@code >= 0}
   */
  public int remaining() {
    return resource.capacity() - used;
  }
}
