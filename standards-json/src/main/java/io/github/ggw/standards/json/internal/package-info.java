/**
 * Not API: the shared read pipeline of {@code standards-json} (limits, screening, binding,
 * mapping Jackson's exceptions to located problems, adding line and column), the Jackson
 * mix-ins, serializers and deserializers that keep the model free of Jackson, and Bean
 * Validation. Used only by the packages of this module; may use the model, rules, Jackson and
 * Hibernate Validator.
 */
@ModelStyle
package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.ModelStyle;
