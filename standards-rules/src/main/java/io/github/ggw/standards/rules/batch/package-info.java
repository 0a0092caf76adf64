/**
 * Batches of model objects (批量): a running summary of many score reports in constant memory.
 * May use the model and {@code rules.scoring}; no I/O, no JSON.
 */
@ModelStyle
package io.github.ggw.standards.rules.batch;

import io.github.ggw.standards.model.ModelStyle;
