/**
 * The JSON shape of a self-assessment ({@code kind = "self-assessment"}): the package-private
 * document bound by Jackson and turned into a model value with located problems, and {@link
 * io.github.ggw.standards.json.assessment.AssessmentDocuments}, which wires it into the Jackson
 * module. May use the model and {@code json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.assessment;

import io.github.ggw.standards.model.ModelStyle;
