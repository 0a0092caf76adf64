/**
 * The review workflow as values (审核认定流程): a unit's case file (认定档案) for one standard
 * version and year, holding its self-assessment (自查自评), the district review (区级审核把关), the
 * city approval (市级审批) with the designation conferred (称号/认定), the points of each stage
 * side by side (自评分 / 审核分 / 认定分) and an append-only audit trail; and the unit registry
 * (单位与人员名册) that says which district a unit belongs to and who may act for whom.
 *
 * <p>Everything here is immutable, thread-safe and free of I/O. The transitions that produce
 * these values, and the rules they enforce, live in {@code
 * io.github.ggw.standards.rules.workflow}. The process (see docs/workflow.md, “Case files” and
 * “Stages and transitions”): the school self-assesses, the district education
 * bureau's committee reviews and may adjust points with reasons or return the file, the city
 * committee approves and publishes the certified units under a document number such as
 * 常教关委〔2022〕4号.
 */
@ModelStyle
package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.ModelStyle;
