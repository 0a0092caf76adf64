package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.StandardsException;
import java.util.stream.IntStream;

/**
 * A span of calendar years, both ends inclusive, such as the action plan's 2020–2024 (规划期).
 *
 * @param firstYear the first year, 2000 to 2100
 * @param lastYear the last year, {@code firstYear} to 2100
 */
public record PlanPeriod(int firstYear, int lastYear) {

  /**
   * Checks the years.
   *
   * @throws StandardsException if a year lies outside 2000–2100 or the last precedes the first
   *
   * @param firstYear the {@code firstYear} component, as described on the record
   * @param lastYear the {@code lastYear} component, as described on the record
   */
  public PlanPeriod {
    if (firstYear < 2000 || lastYear > 2100 || firstYear > lastYear) {
      throw new StandardsException("a period runs from a first to a last year within 2000-2100: "
          + firstYear + "-" + lastYear, firstYear + "-" + lastYear);
    }
  }

  /**
   * A period.
   *
   * @param firstYear the first year, 2000 to 2100
   * @param lastYear the last year, {@code firstYear} to 2100
   * @return the period
   * @throws StandardsException if the years are out of range or out of order
   */
  public static PlanPeriod of(int firstYear, int lastYear) {
    return new PlanPeriod(firstYear, lastYear);
  }

  /**
   * Whether a year lies in the period.
   *
   * @param year a calendar year
   * @return true when {@code firstYear <= year <= lastYear}
   */
  public boolean contains(int year) {
    return year >= firstYear && year <= lastYear;
  }

  /**
   * Whether another period lies wholly inside this one.
   *
   * @param other the other period, not null
   * @return true when both its ends lie in this period
   */
  public boolean contains(PlanPeriod other) {
    return contains(other.firstYear) && contains(other.lastYear);
  }

  /**
   * The years of the period, in order.
   *
   * @return {@code firstYear} to {@code lastYear}, inclusive
   */
  public IntStream years() {
    return IntStream.rangeClosed(firstYear, lastYear);
  }

  /** The period as {@code 2020–2024}, or {@code 2021} for a single year. */
  @Override
  public String toString() {
    return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "–" + lastYear;
  }
}
