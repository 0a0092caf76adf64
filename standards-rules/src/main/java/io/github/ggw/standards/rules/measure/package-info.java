/**
 * Measures (度量): named, typed functions of evidence that rules read, the registry that resolves
 * and checks them when a standard loads, and the evidence of one assessment year. May use the
 * model and {@code rules.internal}; no I/O, no JSON.
 */
@ModelStyle
package io.github.ggw.standards.rules.measure;

import io.github.ggw.standards.model.ModelStyle;
