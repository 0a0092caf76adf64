package io.github.ggw.standards.rules.stats;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The centre and spread of a batch of figures (集中趋势与离散程度), such as the dimension 3 scores
 * of a district's units. Exact: the mean and median are exact decimals (DECIMAL128 where a
 * division occurs); the standard deviation is the population one, {@code √(Σ(x − mean)² ÷ n)},
 * to 34 significant digits.
 *
 * @param count how many figures, {@code >= 1}
 * @param mean their mean
 * @param median the middle figure, or the mean of the two middle figures for an even count
 * @param min the smallest
 * @param max the largest
 * @param standardDeviation the population standard deviation, {@code >= 0}
 */
public record Spread(
    int count,
    BigDecimal mean,
    BigDecimal median,
    BigDecimal min,
    BigDecimal max,
    BigDecimal standardDeviation) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the count is below 1
   * @throws NullPointerException if a figure is null
   *
   * @param count the {@code count} component, as described on the record
   * @param mean the {@code mean} component, as described on the record
   * @param median the {@code median} component, as described on the record
   * @param min the {@code min} component, as described on the record
   * @param max the {@code max} component, as described on the record
   * @param standardDeviation the {@code standardDeviation} component, as described on the record
   */
  public Spread {
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(standardDeviation, "standardDeviation");
    if (count < 1) {
      throw new StandardsException("a spread needs at least one figure", String.valueOf(count));
    }
  }

  /**
   * The spread of some figures.
   *
   * @param figures the figures, at least one, none null
   * @return their count, mean, median, minimum, maximum and standard deviation
   * @throws StandardsException if there is no figure
   */
  public static Spread of(List<BigDecimal> figures) {
    if (figures.isEmpty()) {
      throw new StandardsException("a spread needs at least one figure", "0");
    }
    List<BigDecimal> sorted = figures.stream().sorted().toList();
    int n = sorted.size();
    BigDecimal size = BigDecimal.valueOf(n);
    BigDecimal mean = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(size, Points.DIVISION_CONTEXT);
    BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2),
            Points.DIVISION_CONTEXT);
    BigDecimal squares = sorted.stream().map(x -> x.subtract(mean).pow(2))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal sd = squares.divide(size, Points.DIVISION_CONTEXT).sqrt(Points.DIVISION_CONTEXT);
    return new Spread(n, mean, median, sorted.get(0), sorted.get(n - 1), sd);
  }

  /**
   * The range (极差).
   *
   * @return {@code max − min}, {@code >= 0}
   */
  public BigDecimal range() {
    return max.subtract(min);
  }
}
