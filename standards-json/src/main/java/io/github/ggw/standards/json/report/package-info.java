/**
 * The JSON shape of score reports ({@code kind = "score-report"}) as read back, and {@link
 * io.github.ggw.standards.json.report.ReportDocuments}, which wires the report's document into
 * the Jackson module. May use the model, {@code rules.scoring} and {@code json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.report;

import io.github.ggw.standards.model.ModelStyle;
