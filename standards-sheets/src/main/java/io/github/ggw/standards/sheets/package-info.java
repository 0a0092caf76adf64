/**
 * Spreadsheet forms (表格): the CSV form of a standard (one row per item plus an {@code
 * @standard} row) read with every problem located by line and column, and written back; the CSV
 * form of certification lists. Jackson's CSV format is used only here. May use the model,
 * rules, the JSON readers and {@code sheets.internal}.
 */
@ModelStyle
package io.github.ggw.standards.sheets;

import io.github.ggw.standards.model.ModelStyle;
