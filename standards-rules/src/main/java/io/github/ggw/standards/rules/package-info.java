/**
 * Rules over the model (规则), one package per concern: {@code scoring} (the scorer and its
 * report), {@code measure} (measures of evidence and their registry), {@code check} (checks of
 * an assessment against its standard), {@code quota} (quotas as a batch step), {@code batch}
 * (summaries of many reports), {@code workflow} (review and approval), {@code plan} (plan
 * progress), {@code menu} (matching needs to resources) and {@code stats} (district statistics).
 * Pure functions over immutable values; the rules depend on the model only: no I/O and no JSON.
 */
@ModelStyle
package io.github.ggw.standards.rules;

import io.github.ggw.standards.model.ModelStyle;
