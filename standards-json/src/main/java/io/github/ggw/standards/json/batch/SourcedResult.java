package io.github.ggw.standards.json.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.problem.PersonalNumbers;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.util.List;
import java.util.Objects;

/**
 * The result of scoring one input, named by its source (a file name), for multi-input output:
 * either a report (with its warnings inside) or the problems that stopped it.
 *
 * @param source the input's name, not null; a personal number in it ({@link PersonalNumbers}) is
 *     masked, since the name is echoed in every output
 * @param report the report, or null when refused
 * @param problems the problems of a refused input; empty when scored
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourcedResult(String source, ScoreReport report, List<Problem> problems) {

  /**
   * Checks that exactly one of report and problems is given, and copies the list.
   *
   * @param source the {@code source} component, as described on the record
   * @param report the {@code report} component, as described on the record
   * @param problems the {@code problems} component, as described on the record
   */
  public SourcedResult {
    source = PersonalNumbers.mask(Objects.requireNonNull(source, "source"));
    problems = ImmutableList.copyOf(problems);
    if ((report == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("give a report or problems, not both: " + source);
    }
  }
}
