/**
 * Not API: the one read pipeline of {@code standards-json} (limits, screening, the reader mapper
 * and its strictness, binding into one {@code Binder} per read, mapping Jackson's exceptions to
 * located problems, adding line and column), the writers, and the pieces of the Jackson module
 * that are not a document family's: the value-type serializers and deserializers, the mix-ins,
 * the per-type output rules and the generic document (de)serializers. Used only by the packages
 * of this module; may use the model, rules, Jackson and Hibernate Validator.
 */
@ModelStyle
package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.ModelStyle;
