package io.github.ggw.standards.testkit;

import java.time.LocalDate;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The draws every generator of the kit is built from. Each one asks the randomness source for a
 * value under a constraint whose lower end is the simplest choice, so QuickTheories shrinks
 * towards it. The order of draws is part of each generator's behaviour: with a fixed seed, the
 * same draws give the same values.
 */
final class Draws {
  private Draws() {}

  /**
   * A whole number, shrinking towards {@code min}.
   *
   * @param in the source
   * @param min the lowest value, inclusive
   * @param max the highest value, inclusive, {@code >= min}
   * @return the number
   */
  static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  /**
   * One of some values, shrinking towards the first.
   *
   * @param <E> the value type
   * @param in the source
   * @param values the values, at least one
   * @return the value
   */
  static <E> E pick(RandomnessSource in, E[] values) {
    return values[between(in, 0, values.length - 1)];
  }

  /**
   * A yes or no, shrinking towards no.
   *
   * @param in the source
   * @return the flag
   */
  static boolean flag(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  /**
   * A day of a year (1 January to the 365th day), shrinking towards 1 January.
   *
   * @param in the source
   * @param year the year
   * @return the date
   */
  static LocalDate dateIn(RandomnessSource in, int year) {
    return LocalDate.ofYearDay(year, between(in, 1, 365));
  }
}
