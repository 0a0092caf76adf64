/**
 * A unit's self-assessment (自查自评): the unit (school or kindergarten) with its district code,
 * its claims per item and its evidence. Immutable values; may use the model root, {@code
 * model.standard} (codes and versions it answers), {@code model.evidence}, {@code
 * model.problem} and Bean Validation annotations; no I/O, no scoring, no JSON.
 */
@ModelStyle
package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.ModelStyle;
