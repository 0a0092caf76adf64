/**
 * Problems (问题): the one typed, localised answer to bad input in every layer — JSON syntax,
 * binding, value constraints, checks of a standard and checks of an assessment against it.
 */
@ModelStyle
package io.github.ggw.standards.model.problem;

import io.github.ggw.standards.model.ModelStyle;
