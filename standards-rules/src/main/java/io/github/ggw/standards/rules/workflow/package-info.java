/**
 * The review workflow as pure transitions (审核认定流程): {@link
 * io.github.ggw.standards.rules.workflow.Workflow} turns case files into new case files —
 * submission, district review or return, resubmission, city approval with a designation or
 * rejection — enforcing roles and jurisdiction from the unit registry, recording digests and an
 * audit event per transition, and replaying a file's audit trail to trust it; plus the reports
 * over case files: discrepancies between the stages, the certification list of a batch, and the
 * year-over-year comparison of a unit.
 *
 * <p>Pure functions over immutable model values: no I/O, no JSON (digests arrive through an
 * {@link io.github.ggw.standards.rules.workflow.AssessmentDigester}), and time only from the
 * injected {@link java.time.Clock}. Described in docs/workflow.md.
 */
@ModelStyle
package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.ModelStyle;
