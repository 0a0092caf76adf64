/**
 * Evidence (佐证材料): typed facts a unit gives for its self-assessment — organisation, the
 * roster of elders, trainings, themed activities, care carriers, support caseloads, mentoring,
 * research, publicity, documents, designations held and incidents.
 *
 * <p>Evidence carries dates, non-negative counts, enumerations and amounts in yuan; never the
 * name or identity of a minor (support records are counts only). {@code toString()} of evidence
 * never prints free text. Source of the kinds: the Wujin district education bureau's 2020 work
 * points (seed), clauses named on each type.
 */
@ModelStyle
package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.ModelStyle;
