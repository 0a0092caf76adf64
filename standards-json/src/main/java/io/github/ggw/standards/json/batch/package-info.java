/**
 * Streams of JSON documents (批量): a JSON array or newline-delimited JSON read one
 * self-assessment at a time in constant memory and scored on one or more threads, results
 * handed over in input order. May use the model, {@code rules}, the JSON root facade and {@code
 * json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.batch;

import io.github.ggw.standards.model.ModelStyle;
