/**
 * Not API: the columns, cells and rule syntax of the CSV form of a standard, the row reader and
 * the writer. Used only by {@code io.github.ggw.standards.sheets}; may use the model and the
 * rules (never {@code json.internal}, which is used only inside {@code standards-json}).
 */
@ModelStyle
package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.ModelStyle;
