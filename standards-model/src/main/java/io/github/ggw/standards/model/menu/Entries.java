package io.github.ggw.standards.model.menu;

import com.google.common.collect.ImmutableList;
import io.github.ggw.standards.model.StandardsException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The checks shared by the two menus: a year in 2000–2100, at most 2,000 entries, identifiers unique. */
final class Entries {
  private Entries() {}

  /** Nothing, or a {@link StandardsException} when the year lies outside 2000–2100. */
  static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new StandardsException("a menu's year lies in 2000-2100", String.valueOf(year));
    }
  }

  /** An immutable copy of the entries, or a {@link StandardsException}. */
  static <E> List<E> check(List<E> entries, Function<E, ?> id, String menu) {
    List<E> copy = ImmutableList.copyOf(entries);
    if (copy.size() > 2000) {
      throw new StandardsException("a " + menu + " holds at most 2000 entries",
          String.valueOf(copy.size()));
    }
    Set<Object> ids = new HashSet<>();
    for (E e : copy) {
      if (!ids.add(id.apply(e))) {
        throw new StandardsException("the " + menu + " id " + id.apply(e) + " is used twice",
            String.valueOf(id.apply(e)));
      }
    }
    return copy;
  }
}
