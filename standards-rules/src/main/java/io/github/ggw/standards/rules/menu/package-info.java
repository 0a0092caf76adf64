/**
 * Matching a school's needs menu to its resource menu (菜单对接). Source: the Wujin district
 * education bureau's 2020 work points (seed), §三.1. The matching is a maximum flow computed by
 * JGraphT; pure functions over immutable values, no I/O.
 */
@ModelStyle
package io.github.ggw.standards.rules.menu;

import io.github.ggw.standards.model.ModelStyle;
