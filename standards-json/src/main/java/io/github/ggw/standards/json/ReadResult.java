package io.github.ggw.standards.json;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What a reader returns (读取结果): the value with any warnings, or the problems, at least one an
 * error, that kept it from being read. Never a partial value.
 *
 * @param <T> the value type
 */
public final class ReadResult<T> {
  private final T value;
  private final ImmutableList<Problem> problems;

  private ReadResult(T value, List<Problem> problems) {
    this.value = value;
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * A value read, with warnings.
   *
   * @param <T> the value type
   * @param value the value, not null
   * @param warnings the warnings, none an error
   * @return the result
   * @throws StandardsException if a warning is an error
   */
  public static <T> ReadResult<T> of(T value, List<Problem> warnings) {
    if (warnings.stream().anyMatch(Problem::isError)) {
      throw new StandardsException("a value cannot come with errors", String.valueOf(warnings));
    }
    return new ReadResult<>(java.util.Objects.requireNonNull(value, "value"), warnings);
  }

  /**
   * A refusal.
   *
   * @param <T> the value type
   * @param problems the problems, at least one an error
   * @return the result
   * @throws StandardsException if no problem is an error
   */
  public static <T> ReadResult<T> refused(List<Problem> problems) {
    if (problems.stream().noneMatch(Problem::isError)) {
      throw new StandardsException("a refusal needs an error problem", String.valueOf(problems));
    }
    return new ReadResult<>(null, problems);
  }

  /**
   * Whether a value was read.
   *
   * @return true when {@link #getValue()} is present
   */
  public boolean isValid() {
    return value != null;
  }

  /**
   * The value.
   *
   * @return the value, or empty when refused
   */
  public Optional<T> getValue() {
    return Optional.ofNullable(value);
  }

  /**
   * The value of a valid result.
   *
   * @return the value
   * @throws StandardsException if the result was refused, naming the first problem
   */
  public T orElseThrow() {
    if (value == null) {
      throw new StandardsException("the input was refused: " + problems.get(0), null);
    }
    return value;
  }

  /**
   * The problems: errors of a refusal, or warnings of a value.
   *
   * @return the problems in input order
   */
  public List<Problem> getProblems() {
    return problems;
  }

  @Override
  public String toString() {
    return isValid() ? "valid (" + problems.size() + " warning(s))"
        : "refused (" + problems.size() + " problem(s))";
  }
}
