/**
 * Not API: the report's words from the bundles and the plain rendering of decimals and
 * parameters, shared by the packages of {@code standards-rules} only. May use the model.
 */
package io.github.ggw.standards.rules.internal;
