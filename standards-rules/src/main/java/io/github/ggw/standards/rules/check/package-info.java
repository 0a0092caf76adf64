/**
 * Checks of a self-assessment against its standard (自评材料核验) before scoring: claims (missing,
 * duplicate, unknown, off the step, above the maximum), evidence of the year, the plausibility
 * pre-pass that decides which evidence counts ({@code Plausibility}), and the scan for personal
 * numbers in free text. Every problem at once; may use the model and {@code
 * rules.measure}; no I/O, no JSON.
 */
@ModelStyle
package io.github.ggw.standards.rules.check;

import io.github.ggw.standards.model.ModelStyle;
