package io.github.ggw.standards.rules;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The result of scoring (评分结果): a report, or the problems that stopped scoring. Never both a
 * report and an error: a file with an error problem is not scored (DESIGN.md, Settled semantics:
 * Claims).
 */
public final class ScoringOutcome {
  private final ScoreReport report;
  private final ImmutableList<Problem> problems;

  private ScoringOutcome(ScoreReport report, List<Problem> problems) {
    this.report = report;
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * A scored outcome.
   *
   * @param report the report, whose warnings are also the outcome's problems
   * @return the outcome
   */
  public static ScoringOutcome scored(ScoreReport report) {
    return new ScoringOutcome(report, report.warnings());
  }

  /**
   * A refused outcome.
   *
   * @param problems the problems, at least one an error
   * @return the outcome
   * @throws StandardsException if no problem is an error
   */
  public static ScoringOutcome refused(List<Problem> problems) {
    if (problems.stream().noneMatch(Problem::isError)) {
      throw new StandardsException("a refused outcome needs an error problem", String.valueOf(problems));
    }
    return new ScoringOutcome(null, problems);
  }

  /**
   * Whether the assessment was scored.
   *
   * @return true when a report exists
   */
  public boolean isScored() {
    return report != null;
  }

  /**
   * The report.
   *
   * @return the report, or empty when scoring was refused
   */
  public Optional<ScoreReport> getReport() {
    return Optional.ofNullable(report);
  }

  /**
   * The problems: the errors that stopped scoring, or the warnings of a scored report.
   *
   * @return the problems, possibly empty
   */
  public List<Problem> getProblems() {
    return problems;
  }

  @Override
  public String toString() {
    return isScored()
        ? "scored: " + report.roundedTotal() + " " + report.rating()
        : "refused: " + problems.size() + " problem(s)";
  }
}
