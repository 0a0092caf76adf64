package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.DeserializationContext;

/**
 * Collects the problems found while one document is read and turned into model values: the
 * unknown members Jackson skips, the members a document lacks and the values the model refuses.
 * The safe readers put one binder into the Jackson context so that every document of a read,
 * nested ones included, records into it ({@link #of}). Not thread-safe: one per read.
 */
public final class Binder {
  /** The key of the binder of a read among the Jackson context's attributes. */
  static final Object ATTRIBUTE = Binder.class;

  private final List<Problem> problems = new ArrayList<>();

  /** An empty binder. */
  public Binder() {}

  /**
   * The binder of the read in progress, if the reader set one.
   *
   * @param ctxt the Jackson context, not null
   * @return the binder, or null when reading outside the safe readers (a plain mapper)
   */
  public static Binder of(DeserializationContext ctxt) {
    return ctxt.getAttribute(ATTRIBUTE) instanceof Binder b ? b : null;
  }

  /**
   * The problems recorded so far, in the order found.
   *
   * @return an unmodifiable view
   */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * Whether an error has been recorded.
   *
   * @return true if any problem recorded is an error
   */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Records a problem.
   *
   * @param p the problem, not null
   */
  public void add(Problem p) {
    problems.add(p);
  }

  /**
   * Records the problems of a nested document, their pointers moved under the pointer of the
   * place the document sits at (the item code of a location is kept).
   *
   * @param pointer the JSON pointer of the nested document, such as {@code
   *     /submissions/0/assessment}; empty for the root
   * @param nested the problems, with pointers relative to the nested document
   */
  public void addUnder(String pointer, List<Problem> nested) {
    for (Problem p : nested) {
      Location l = p.getLocation();
      if (pointer.isEmpty() || l.getPointer().isEmpty()) {
        problems.add(p);
        continue;
      }
      Location moved = Location.pointer(pointer + l.getPointer().get());
      problems.add(p.withLocation(l.getCriterion().map(moved::withCriterion).orElse(moved)));
    }
  }

  /**
   * The value, or null after recording a missing-member problem at {@code pointer/name}. A
   * member that is null because its own binding failed (errors recorded at or below its
   * pointer) is not reported missing too.
   *
   * @param value the member's value, possibly null
   * @param pointer the JSON pointer of the object holding the member; empty for the root
   * @param name the member's name
   * @param <T> the member's type
   * @return the value as given
   */
  public <T> T require(T value, String pointer, String name) {
    String at = pointer + "/" + name;
    if (value == null && problems.stream().noneMatch(p -> p.isError()
        && p.getLocation().getPointer().filter(q -> q.equals(at) || q.startsWith(at + "/"))
            .isPresent())) {
      problems.add(Problem.of(ProblemCode.JSON_MISSING_PROPERTY, Location.pointer(at), null,
          String.valueOf(name)));
    }
    return value;
  }

  /**
   * Records a missing-member problem for every null element of a list (a JSON {@code null});
   * an absent list passes.
   *
   * @param list the list, possibly null
   * @param pointer the JSON pointer of the list, such as {@code /ratingBands}
   */
  public void requireElements(List<?> list, String pointer) {
    for (int i = 0; list != null && i < list.size(); i++) {
      require(list.get(i), pointer, String.valueOf(i));
    }
  }

  /**
   * The built value, or null after recording the model's refusal at {@code pointer}.
   *
   * @param build builds the value; may throw {@link StandardsException}, or a {@link
   *     NullPointerException} after a missing member or element was recorded
   * @param pointer the JSON pointer of the value being built
   * @param <T> the value's type
   * @return the value, or null when the model refused it
   */
  public <T> T attempt(Supplier<T> build, String pointer) {
    try {
      return build.get();
    } catch (StandardsException e) {
      problems.add(Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.pointer(pointer),
          e.getOffendingValue().orElse(null), String.valueOf(e.getMessage()),
          ValueTexts.text("value.invalid").zh()));
      return null;
    } catch (NullPointerException e) {
      if (hasErrors()) {
        // a null element or member already recorded (requireElements, require)
        return null;
      }
      throw e;
    }
  }
}
