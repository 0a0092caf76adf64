/**
 * Progress of a district's five-year action plan (行动计划进展): attainment of each annual target,
 * bands per year, year-over-year change per unit and dimension, staged assessments, and the
 * what-if of closing a gap (re-scored by the {@link io.github.ggw.standards.rules.scoring.Scorer}).
 * Source: the Wujin district education bureau's 2020 work points (seed), §一.4. Pure functions
 * over immutable values, exact decimal arithmetic, no I/O.
 */
@ModelStyle
package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.ModelStyle;
