/**
 * JSON of the review workflow (审核认定): case files, the unit registry, certification lists and
 * the reports over case files; the canonical JSON form and its digest that integrity checks
 * use; the Jackson wiring of case files and registries ({@link
 * io.github.ggw.standards.json.workflow.WorkflowDocuments}). Readers verify and replay what they
 * read; may use the model, {@code rules.workflow}, the JSON root facade and {@code
 * json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.workflow;

import io.github.ggw.standards.model.ModelStyle;
