/**
 * Scoring (评分): the {@link io.github.ggw.standards.rules.scoring.Scorer} that turns a standard
 * and a self-assessment into an explainable {@link
 * io.github.ggw.standards.rules.scoring.ScoreReport} (items, dimension subtotals, composite,
 * bonus, vetoes, total rounded once, band, eligibility, gaps and the reason for every lost
 * point). May use the model, {@code rules.measure}, {@code rules.check} and {@code
 * rules.internal}; no I/O, no JSON.
 */
@ModelStyle
package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.ModelStyle;
