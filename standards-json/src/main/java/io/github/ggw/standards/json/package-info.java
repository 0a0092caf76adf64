/**
 * JSON for the quality-building standards (JSON 读写): Jackson 3 binding of standards,
 * self-assessments and score reports; safe readers with explicit limits that return a value or a
 * list of located, localised problems; Bean Validation; and the bundled reference data. All
 * Jackson wiring of the project lives here.
 */
@ModelStyle
package io.github.ggw.standards.json;

import io.github.ggw.standards.model.ModelStyle;
