package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.StandardsException;

/** The year range of planning data: 2000 to 2100, inclusive. */
final class Years {
  private Years() {}

  /** The year, or a {@link StandardsException} naming what it is the year of. */
  static int check(int year, String what) {
    if (year < 2000 || year > 2100) {
      throw new StandardsException(what + ": the year must lie in 2000-2100",
          String.valueOf(year));
    }
    return year;
  }
}
