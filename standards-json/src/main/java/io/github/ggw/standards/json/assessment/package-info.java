/**
 * The JSON shape of a self-assessment ({@code kind = "self-assessment"}): the document bound by
 * Jackson and turned into a model value with located problems. May use the model and {@code
 * json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.assessment;

import io.github.ggw.standards.model.ModelStyle;
