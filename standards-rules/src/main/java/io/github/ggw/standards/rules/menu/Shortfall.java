package io.github.ggw.standards.rules.menu;

/**
 * Why part of a need stays uncovered after a maximum matching (需求未满足的原因). Exactly one
 * applies to each need that is not wholly covered; they are tried in this order.
 */
public enum Shortfall {
  /** No resource offers the need's category counted in the need's unit (没有该类别的资源). */
  NO_RESOURCE_OF_CATEGORY,
  /**
   * Resources of the category and unit exist, but none is available in the need's time window
   * (时间不衔接).
   */
  TIME_WINDOWS_DO_NOT_MEET,
  /**
   * Resources that could serve the need exist, and every one of them gives all of its capacity
   * (in a maximum flow a resource with capacity left that could serve an uncovered need would
   * give a longer flow, so none is left) (资源容量已用完).
   */
  CAPACITY_USED_UP
}
