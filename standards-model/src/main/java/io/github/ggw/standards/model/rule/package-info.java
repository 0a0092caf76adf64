/**
 * Scoring rules as data (评分标准): the sealed set of rule kinds, the measures they name and the
 * conditions they test. Rules here are values only; {@code standards-rules} evaluates them.
 */
@ModelStyle
package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.ModelStyle;
