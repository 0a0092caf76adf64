/**
 * Not API: the columns, cells and rule syntax of the CSV form of a standard, the row reader and
 * the writer. Used only by {@code io.github.ggw.standards.sheets}; may use the model, rules and
 * {@code json.internal}'s public shapes.
 */
@ModelStyle
package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.ModelStyle;
