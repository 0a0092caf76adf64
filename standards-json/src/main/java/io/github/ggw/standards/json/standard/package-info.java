/**
 * The JSON shapes of standards and tailoring profiles ({@code kind = "standard"}, {@code
 * "profile"}): document classes bound by Jackson and turned into model values with located
 * problems. Used by the readers of {@code standards-json}; may use the model, {@code
 * rules.measure} (measure names are checked on load) and {@code json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.model.ModelStyle;
