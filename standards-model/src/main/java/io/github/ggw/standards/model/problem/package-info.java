/**
 * Problems (问题): the one typed, localised answer to bad input in every layer — JSON syntax,
 * binding, value constraints, checks of a standard and checks of an assessment against it — and
 * what they are made of: stable codes sectioned by {@link
 * io.github.ggw.standards.model.problem.Concern} (one pair of zh-CN/en message bundles per
 * concern), a {@link io.github.ggw.standards.model.problem.Location} that names a JSON place, a
 * spreadsheet cell, a CSV cell or an item, written for people by {@link
 * io.github.ggw.standards.model.problem.LocationFormat}, {@link
 * io.github.ggw.standards.model.problem.ClosestNames} for "did you mean" hints, and the one
 * result type {@link io.github.ggw.standards.model.problem.Result}. Uses only the model's root
 * package and Guava; no I/O.
 */
@ModelStyle
package io.github.ggw.standards.model.problem;

import io.github.ggw.standards.model.ModelStyle;
