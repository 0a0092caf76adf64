package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the problems found while turning documents into model values; one per read. */
public final class Binder {
  private final List<Problem> problems = new ArrayList<>();

  public List<Problem> problems() {
    return problems;
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public void add(Problem p) {
    problems.add(p);
  }

  /** The value, or null after recording a missing-member problem at {@code pointer/name}. */
  public <T> T require(T value, String pointer, String name) {
    if (value == null) {
      problems.add(Problem.of(ProblemCode.JSON_MISSING_PROPERTY,
          Location.pointer(pointer + "/" + name), null, String.valueOf(name)));
    }
    return value;
  }

  /** Records a missing-member problem for every null element of a list (absent lists pass). */
  public static void noNulls(java.util.List<?> list, String pointer, Binder b) {
    for (int i = 0; list != null && i < list.size(); i++) {
      b.require(list.get(i), pointer, String.valueOf(i));
    }
  }

  /** The built value, or null after recording the model's refusal at {@code pointer}. */
  public <T> T attempt(Supplier<T> build, String pointer) {
    try {
      return build.get();
    } catch (StandardsException e) {
      problems.add(Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer(pointer),
          e.getOffendingValue().orElse(null), String.valueOf(e.getMessage())));
      return null;
    }
  }
}
