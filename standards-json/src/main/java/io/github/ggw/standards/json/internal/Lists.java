package io.github.ggw.standards.json.internal;

import java.util.List;

/** Checks shared by the documents' lists. */
public final class Lists {
  private Lists() {}

  /** Records a missing-member problem for every null element of a list (a JSON {@code null}). */
  public static void requireElements(List<?> list, String pointer, Binder b) {
    for (int i = 0; list != null && i < list.size(); i++) {
      b.require(list.get(i), pointer, String.valueOf(i));
    }
  }
}
