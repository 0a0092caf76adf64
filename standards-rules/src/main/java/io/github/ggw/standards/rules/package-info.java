/**
 * Rules over the model (规则): the measure registry, the checks of an assessment against its
 * standard, and the scorer that turns a standard and a self-assessment into a score report.
 * Pure functions over immutable values; no I/O and no JSON.
 */
@ModelStyle
package io.github.ggw.standards.rules;

import io.github.ggw.standards.model.ModelStyle;
