/**
 * Planning types (规划): a district's five-year action plan for quality building (五年行动计划,
 * 2020–2024) with its phases, annual targets and staged assessments; the designations conferred
 * on units that progress is measured by; and a year's work points (工作要点) with their numbered
 * sections and items. Source: the Wujin district education bureau's 2020 work points (seed),
 * §一.4 (the action plan) and the whole text (the work points). Immutable, thread-safe, no I/O.
 */
@ModelStyle
package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.ModelStyle;
