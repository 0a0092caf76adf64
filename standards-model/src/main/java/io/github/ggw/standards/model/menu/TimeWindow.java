package io.github.ggw.standards.model.menu;

import io.github.ggw.standards.model.StandardsException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of calendar days, both ends inclusive (时间段), such as a term.
 *
 * @param from the first day, not null
 * @param to the last day, not before {@code from}, not null
 */
public record TimeWindow(LocalDate from, LocalDate to) {

  /**
   * Checks the days.
   *
   * @throws StandardsException if {@code to} precedes {@code from}
   * @throws NullPointerException if a day is null
   *
   * @param from the {@code from} component, as described on the record
   * @param to the {@code to} component, as described on the record
   */
  public TimeWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new StandardsException("a time window ends before it starts: " + from + ".." + to,
          from + ".." + to);
    }
  }

  /**
   * A window.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the window
   * @throws StandardsException if {@code to} precedes {@code from}
   */
  public static TimeWindow of(LocalDate from, LocalDate to) {
    return new TimeWindow(from, to);
  }

  /**
   * Whether two windows share at least one day.
   *
   * @param other the other window, not null
   * @return true when they overlap
   */
  public boolean overlaps(TimeWindow other) {
    return !other.to.isBefore(from) && !to.isBefore(other.from);
  }

  /** The window as {@code 2021-09-01..2022-01-20}. */
  @Override
  public String toString() {
    return from + ".." + to;
  }
}
