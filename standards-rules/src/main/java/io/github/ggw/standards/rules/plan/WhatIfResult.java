package io.github.ggw.standards.rules.plan;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a unit would reach if it closed one gap (补齐差距的测算): the report as scored, and the
 * report the scorer gives once the gap's item is assumed closed.
 *
 * @param code the gap's item, not null
 * @param title its title, not null
 * @param before the report of the assessment as given, not null
 * @param after the report re-scored with the gap closed, not null
 * @param assumptions what was assumed to close it, at least one
 */
public record WhatIfResult(
    CriterionCode code,
    LocalizedText title,
    ScoreReport before,
    ScoreReport after,
    List<WhatIfChange> assumptions) {

  /**
   * Checks that no component is null and copies the list.
   *
   * @param code the {@code code} component, as described on the record
   * @param title the {@code title} component, as described on the record
   * @param before the {@code before} component, as described on the record
   * @param after the {@code after} component, as described on the record
   * @param assumptions the {@code assumptions} component, as described on the record
   */
  public WhatIfResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    assumptions = ImmutableList.copyOf(assumptions);
  }

  /**
   * The change of the rounded total (the figure of record).
   *
   * @return {@code after.roundedTotal − before.roundedTotal}, in points
   */
  public BigDecimal pointsGained() {
    return after.roundedTotal().toBigDecimal().subtract(before.roundedTotal().toBigDecimal());
  }
}
