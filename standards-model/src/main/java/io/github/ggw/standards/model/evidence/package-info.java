/**
 * Evidence (佐证材料): typed facts a unit gives for its self-assessment — organisation, the
 * roster of elders, trainings, themed activities, care carriers, support caseloads, mentoring,
 * research, publicity, documents, designations held and incidents.
 *
 * <p>Evidence carries dates, non-negative counts, enumerations and amounts in yuan; never the
 * name or identity of a minor (support records are counts only). {@code toString()} of evidence
 * never prints free text. Source of the kinds: the Wujin district education bureau's 2020 work
 * points (seed), clauses named on each type.
 *
 * <p>{@link io.github.ggw.standards.model.evidence.EvidenceKinds} describes every kind for the
 * code that reads or writes evidence generically (workbooks, filters, messages, schemas,
 * plausibility checks): logical names, zh-CN/en labels, fields with types, units, bounds and
 * allowed values, identifying and free-text fields.
 */
@ModelStyle
package io.github.ggw.standards.model.evidence;

import io.github.ggw.standards.model.ModelStyle;
