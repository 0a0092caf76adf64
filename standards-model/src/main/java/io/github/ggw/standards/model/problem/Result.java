package io.github.ggw.standards.model.problem;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one result type of the library (结果): a value with the warnings found on the way, or the
 * problems (at least one of them an error) that stopped it. Readers, the scorer, plan progress
 * and tailoring return it; none of them throws on bad input.
 *
 * <p>A valid result never carries an error problem; a refused result never carries a value, so a
 * partial value is never presented as whole. Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the type of the value
 */
public final class Result<T> {
  private final T value;
  private final ImmutableList<Problem> problems;

  private Result(T value, List<Problem> problems) {
    this.value = value;
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * A value without warnings.
   *
   * @param value the value, not null
   * @param <T> the type of the value
   * @return a valid result
   * @throws NullPointerException if the value is null
   */
  public static <T> Result<T> of(T value) {
    return of(value, List.of());
  }

  /**
   * A value with the warnings found while making it.
   *
   * @param value the value, not null
   * @param warnings the warnings (no error among them), not null, in the order found
   * @param <T> the type of the value
   * @return a valid result
   * @throws NullPointerException if the value or the list is null
   * @throws StandardsException if a warning is an error (a value cannot come with errors)
   */
  public static <T> Result<T> of(T value, List<Problem> warnings) {
    Objects.requireNonNull(value, "value");
    if (warnings.stream().anyMatch(Problem::isError)) {
      throw new StandardsException("a value cannot come with errors", String.valueOf(warnings));
    }
    return new Result<>(value, warnings);
  }

  /**
   * A refusal: the problems that stopped the value, at least one of them an error.
   *
   * @param problems every problem found, in the order found; not null
   * @param <T> the type of the value that was not made
   * @return a refused result
   * @throws StandardsException if no problem is an error
   */
  public static <T> Result<T> refused(List<Problem> problems) {
    if (problems.stream().noneMatch(Problem::isError)) {
      throw new StandardsException("a refusal needs an error problem", String.valueOf(problems));
    }
    return new Result<>(null, problems);
  }

  /**
   * The value with these problems: refused when any of them is an error, else valid with them as
   * warnings.
   *
   * @param value the value made despite the problems, not null
   * @param problems the problems found, not null
   * @param <T> the type of the value
   * @return a valid result when no problem is an error, else a refused one without the value
   */
  public static <T> Result<T> ofChecked(T value, List<Problem> problems) {
    return problems.stream().anyMatch(Problem::isError) ? refused(problems) : of(value, problems);
  }

  /**
   * Whether a value was made.
   *
   * @return true when valid (warnings allowed), false when refused
   */
  public boolean isValid() {
    return value != null;
  }

  /**
   * The value.
   *
   * @return the value, or empty when refused
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The value, or an exception naming the first problem.
   *
   * @return the value, not null
   * @throws StandardsException when refused
   */
  public T orElseThrow() {
    if (value == null) {
      throw new StandardsException("refused: " + problems.get(0), null);
    }
    return value;
  }

  /**
   * Every problem: the warnings of a valid result, or all problems of a refused one.
   *
   * @return the problems in the order found, unmodifiable, never null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The problems that are not errors.
   *
   * @return the warnings and information problems, unmodifiable, never null
   */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The value transformed, keeping the problems.
   *
   * @param f the function, not null; must not return null
   * @param <U> the new type
   * @return a valid result of {@code f(value)} with the same warnings, or this refusal retyped
   */
  public <U> Result<U> map(Function<? super T, ? extends U> f) {
    Objects.requireNonNull(f, "f");
    return value == null ? new Result<>(null, problems) : new Result<>(f.apply(value), problems);
  }

  /**
   * The result of a further step, with the problems of both steps in order.
   *
   * @param f the next step, not null; must not return null
   * @param <U> the new type
   * @return the next step's result with this result's warnings before its own, or this refusal
   */
  public <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
    Objects.requireNonNull(f, "f");
    if (value == null) {
      return new Result<>(null, problems);
    }
    Result<U> next = Objects.requireNonNull(f.apply(value), "f returned null");
    return new Result<>(next.value,
        ImmutableList.<Problem>builder().addAll(problems).addAll(next.problems).build());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Result<?> r && Objects.equals(value, r.value)
        && problems.equals(r.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, problems);
  }

  @Override
  public String toString() {
    return isValid() ? "valid (" + problems.size() + " warning(s))"
        : "refused (" + problems.size() + " problem(s))";
  }
}
