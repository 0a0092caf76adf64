package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.standard.ReviewPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The review window of an assessment year (审核期): every event of a case file (submission,
 * review, return, resubmission, approval, rejection) lies within it, by its calendar date in
 * Asia/Shanghai. The default runs from 1 January of the assessment year to 31 December of the
 * next (see docs/workflow.md, “Times”).
 *
 * @param from the first day, not null
 * @param to the last day, not before {@code from}
 */
public record ReviewWindow(LocalDate from, LocalDate to) {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if {@code to} lies before {@code from}
   * @throws NullPointerException if a bound is null
   *
   * @param from the {@code from} component, as described on the record
   * @param to the {@code to} component, as described on the record
   */
  public ReviewWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a review window ends on or after its start");
    }
  }

  /**
   * The default window of an assessment year: 1 January of it to 31 December of the next.
   *
   * @param year the assessment year
   * @return the window
   */
  public static ReviewWindow ofYear(int year) {
    return new ReviewWindow(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
  }

  /**
   * The window of an assessment year under a standard's review window.
   *
   * @param period the standard's window in months from 1 January of the year, not null
   * @param year the assessment year
   * @return the window
   */
  public static ReviewWindow of(ReviewPeriod period, int year) {
    Objects.requireNonNull(period, "period");
    return new ReviewWindow(period.firstDay(year), period.lastDay(year));
  }

  /**
   * Whether an instant's calendar date in Asia/Shanghai lies in the window, both ends included.
   *
   * @param at the instant, not null
   * @return true when inside
   */
  public boolean contains(Instant at) {
    LocalDate d = LocalDate.ofInstant(at, Workflow.ZONE);
    return !d.isBefore(from) && !d.isAfter(to);
  }
}
