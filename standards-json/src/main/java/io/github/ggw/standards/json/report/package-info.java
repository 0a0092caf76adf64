/**
 * The JSON shapes of score reports ({@code kind = "score-report"}) as written and as read back.
 * May use the model, {@code rules.scoring} and {@code json.internal}.
 */
@ModelStyle
package io.github.ggw.standards.json.report;

import io.github.ggw.standards.model.ModelStyle;
