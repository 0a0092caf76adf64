/**
 * Streams of JSON documents (批量): a JSON array or newline-delimited JSON read one
 * self-assessment at a time in constant memory ({@link
 * io.github.ggw.standards.json.batch.AssessmentStream}), and its adapter to the threaded,
 * input-ordered engine of {@code rules.batch} ({@link
 * io.github.ggw.standards.json.batch.BatchScoring}), which locates each element's problems in
 * its own bytes. May use the model, {@code rules}, the JSON root facade and {@code
 * json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.batch;

import io.github.ggw.standards.model.ModelStyle;
