/**
 * The JSON shapes of standards and tailoring profiles ({@code kind = "standard"}, {@code
 * "profile"}): package-private document classes bound by Jackson and turned into model values
 * with located problems, and {@link io.github.ggw.standards.json.standard.StandardDocuments},
 * which wires them into the Jackson module. May use the model, {@code rules.measure} (measure
 * names are checked on load) and {@code json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.model.ModelStyle;
