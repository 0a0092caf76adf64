/**
 * JSON for the quality-building standards (JSON 读写): the entry points — the safe reader and
 * writer facade {@link io.github.ggw.standards.json.StandardsJson}, the Jackson module {@link
 * io.github.ggw.standards.json.StandardsModule} (for trusted data and for applications that
 * return model values from their own mappers), the read limits and modes, Bean Validation and
 * the constants of the JSON Schemas in the jar — above one package per document family ({@code
 * standard}, {@code assessment}, {@code report}, {@code workflow}, {@code plan}, {@code batch}),
 * the bundled {@code reference} data and the {@code internal} read pipeline. Readers never throw
 * on bad input. All Jackson wiring of the project lives in this module; may use the model, the
 * rules, Jackson and Hibernate Validator.
 */
@ModelStyle
package io.github.ggw.standards.json;

import io.github.ggw.standards.model.ModelStyle;
