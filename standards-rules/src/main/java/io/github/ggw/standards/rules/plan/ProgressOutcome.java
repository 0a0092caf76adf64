package io.github.ggw.standards.rules.plan;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The result of computing a plan's progress (进展计算结果): the progress with its warnings, or the
 * problems (at least one an error) that stopped it. Never a partial result.
 */
public final class ProgressOutcome {
  private final PlanProgress progress;
  private final ImmutableList<Problem> problems;

  private ProgressOutcome(PlanProgress progress, List<Problem> problems) {
    this.progress = progress;
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * A computed outcome.
   *
   * @param progress the progress, whose warnings are also the outcome's problems
   * @return the outcome
   */
  public static ProgressOutcome computed(PlanProgress progress) {
    return new ProgressOutcome(progress, progress.warnings());
  }

  /**
   * A refused outcome.
   *
   * @param problems the problems, at least one an error
   * @return the outcome
   * @throws StandardsException if no problem is an error
   */
  public static ProgressOutcome refused(List<Problem> problems) {
    if (problems.stream().noneMatch(Problem::isError)) {
      throw new StandardsException("a refused outcome needs an error problem",
          String.valueOf(problems.size()));
    }
    return new ProgressOutcome(null, problems);
  }

  /**
   * The progress.
   *
   * @return the progress, or empty when refused
   */
  public Optional<PlanProgress> getProgress() {
    return Optional.ofNullable(progress);
  }

  /**
   * The problems: the errors that stopped the computation, or the warnings of the progress.
   *
   * @return the problems, possibly empty
   */
  public List<Problem> getProblems() {
    return problems;
  }
}
