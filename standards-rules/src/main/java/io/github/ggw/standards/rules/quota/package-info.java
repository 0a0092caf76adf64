/**
 * Rating quotas (名额比例) as a batch step over many score reports: provisional bands become final,
 * ties at the cut keep the higher band and are flagged. May use the model, {@code
 * rules.scoring} and {@code rules.internal}; no I/O, no JSON.
 */
@ModelStyle
package io.github.ggw.standards.rules.quota;

import io.github.ggw.standards.model.ModelStyle;
