/**
 * The reference data bundled in the jar (内置参考数据), apart from the binding code: the modelled
 * Changzhou standard, the sample self-assessments, the modelled unit registry and sample case
 * files, the Wujin 2020 work points and the modelled action plan. Each datum cites its source
 * or says it is modelled. May use the JSON facades of this module and the model.
 */
@ModelStyle
package io.github.ggw.standards.json.reference;

import io.github.ggw.standards.model.ModelStyle;
