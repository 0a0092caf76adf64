package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.StandardsException;
import java.time.LocalDate;

/**
 * A standard's review window (审核期), in whole months counted from 1 January of the assessment
 * year: the window opens on the first day of month {@code opensAfterMonths} after that day and
 * stays open to the last day of month {@code closesAfterMonths}, both ends included. Every event
 * of a case file (submission, review, return, resubmission, approval, rejection) lies in it, by its
 * calendar date in Asia/Shanghai (see docs/workflow.md, “Times”).
 *
 * <p>The default {@code (0, 24)} runs from 1 January of the assessment year to 31 December of the
 * next; {@code (3, 15)} runs from 1 April of the year to 31 March of the next.
 *
 * @param opensAfterMonths months from 1 January of the assessment year to the first day of the
 *     window, 0 to {@value #MAX_MONTHS} − 1
 * @param closesAfterMonths months from 1 January of the assessment year to the day after the last
 *     day of the window, above {@code opensAfterMonths} and at most {@value #MAX_MONTHS}
 */
public record ReviewPeriod(int opensAfterMonths, int closesAfterMonths) {

  /** The longest span a window may reach, in months from 1 January of the assessment year. */
  public static final int MAX_MONTHS = 60;

  /** The default window: 1 January of the assessment year to 31 December of the next. */
  public static final ReviewPeriod DEFAULT = new ReviewPeriod(0, 24);

  /**
   * Checks the bounds (see {@link #isValid}).
   *
   * @param opensAfterMonths the {@code opensAfterMonths} component, as described on the record
   * @param closesAfterMonths the {@code closesAfterMonths} component, as described on the record
   * @throws StandardsException when the bounds are not valid; readers check {@link #isValid}
   *     first and report a located problem instead
   */
  public ReviewPeriod {
    if (!isValid(opensAfterMonths, closesAfterMonths)) {
      throw new StandardsException("a review window opens 0 to " + (MAX_MONTHS - 1)
          + " months after 1 January of the assessment year and closes after it opens, at most "
          + MAX_MONTHS + " months after that day",
          opensAfterMonths + "-" + closesAfterMonths);
    }
  }

  /**
   * Whether two bounds make a window: {@code 0 <= opens < closes <= MAX_MONTHS}.
   *
   * @param opensAfterMonths months to the window's first day
   * @param closesAfterMonths months to the day after the window's last day
   * @return true when valid
   */
  public static boolean isValid(int opensAfterMonths, int closesAfterMonths) {
    return opensAfterMonths >= 0 && opensAfterMonths < closesAfterMonths
        && closesAfterMonths <= MAX_MONTHS;
  }

  /**
   * The first day of the window of an assessment year.
   *
   * @param year the assessment year
   * @return the first day, included
   */
  public LocalDate firstDay(int year) {
    return LocalDate.of(year, 1, 1).plusMonths(opensAfterMonths);
  }

  /**
   * The last day of the window of an assessment year.
   *
   * @param year the assessment year
   * @return the last day, included
   */
  public LocalDate lastDay(int year) {
    return LocalDate.of(year, 1, 1).plusMonths(closesAfterMonths).minusDays(1);
  }

  /**
   * The window as written in a CSV {@code @standard} row: {@code opens-closes}, such as
   * {@code 0-24}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return opensAfterMonths + "-" + closesAfterMonths;
  }
}
