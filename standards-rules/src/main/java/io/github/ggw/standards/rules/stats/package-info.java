/**
 * District statistics over a batch of score reports (全区统计): counts and shares by band and by
 * unit type, the spread of totals and of each dimension, and the indicators most often lost. Pure
 * functions over immutable values, exact decimal arithmetic, no I/O.
 */
@ModelStyle
package io.github.ggw.standards.rules.stats;

import io.github.ggw.standards.model.ModelStyle;
