/**
 * The scoring sheet (基本标准): a versioned {@link io.github.ggw.standards.model.standard.Standard}
 * with its recursive criterion tree (dimension → indicator → criterion), rating bands, quotas,
 * unit types, sources, tailoring profiles and the cross-item structural checks run before a
 * standard is built. Immutable values and pure checks; may use the model root ({@code Points},
 * texts), {@code model.rule}, {@code model.evidence} (designation kinds), {@code
 * model.problem}, Guava and Bean Validation annotations; no I/O, no scoring, no JSON.
 */
@ModelStyle
package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.ModelStyle;
