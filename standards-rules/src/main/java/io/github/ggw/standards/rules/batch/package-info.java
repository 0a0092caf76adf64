/**
 * Batches of model objects (批量): {@link io.github.ggw.standards.rules.batch.BatchRunner} scores
 * a batch on one or several threads and hands the results over in input order, in constant
 * memory; {@link io.github.ggw.standards.rules.batch.BatchSummary} keeps a running summary of
 * many score reports. Adapters of particular inputs (JSON arrays and newline-delimited JSON, in
 * {@code json.batch}) build on them. May use the model and {@code rules.scoring}; no I/O, no
 * JSON.
 */
@ModelStyle
package io.github.ggw.standards.rules.batch;

import io.github.ggw.standards.model.ModelStyle;
