/**
 * JSON of the planning documents: action plans, work points and designation lists, and the
 * written forms of plan progress, district summaries and menu matchings; the Jackson wiring of
 * plans ({@link io.github.ggw.standards.json.plan.PlanDocuments}). May use the model,
 * {@code rules.plan}, {@code rules.stats}, {@code rules.menu}, the JSON root facade and {@code
 * json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.model.ModelStyle;
