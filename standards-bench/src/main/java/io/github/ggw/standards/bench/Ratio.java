package io.github.ggw.standards.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A ratio of two measured quantities with its 95% confidence interval, and how it compares with
 * a goal.
 *
 * <p>How the interval is computed: the two quantities are measured independently (different JMH
 * benchmarks, or different processes), each as a set of samples grouped by fork (for JMH, one
 * sample is the mean of one measured iteration; a fork is one JVM). Because iterations of one
 * fork share that JVM's compilation and layout decisions, they are not independent samples;
 * forks are. The interval is therefore a <em>hierarchical percentile bootstrap</em>: {@value
 * #RESAMPLES} times, for each quantity, draw as many forks as were measured with replacement,
 * within each drawn fork draw its iterations with replacement, and take the mean (or the median,
 * for cold starts) of all drawn samples; the ratio of the two is one bootstrap ratio. The
 * interval is the 2.5th and 97.5th percentile of the bootstrap ratios; the point estimate is the
 * ratio of the full-sample means (medians). The bootstrap is seeded (the result of a given set
 * of samples is reproducible). With three forks the fork level is coarse: the interval is honest
 * about fork-to-fork variation but cannot be narrower than that variation allows.
 *
 * @param value the point estimate, numerator ÷ denominator
 * @param low the lower end of the 95% interval
 * @param high the upper end of the 95% interval
 */
record Ratio(double value, double low, double high) {
  /** The number of bootstrap resamples: 10,000. */
  static final int RESAMPLES = 10_000;

  /**
   * The ratio of two means of grouped samples.
   *
   * @param numerator samples of the numerator, one array per fork, none empty
   * @param denominator samples of the denominator, one array per fork, none empty
   * @return the ratio and its interval
   */
  static Ratio ofMeans(List<double[]> numerator, List<double[]> denominator) {
    return of(numerator, denominator, false);
  }

  /**
   * The ratio of two medians of ungrouped samples (one group each).
   *
   * @param numerator samples of the numerator, not empty
   * @param denominator samples of the denominator, not empty
   * @return the ratio and its interval
   */
  static Ratio ofMedians(double[] numerator, double[] denominator) {
    return of(List.of(numerator), List.of(denominator), true);
  }

  private static Ratio of(List<double[]> num, List<double[]> den, boolean median) {
    double point = centre(flatten(num), median) / centre(flatten(den), median);
    SplittableRandom random = new SplittableRandom(20261201L);
    double[] ratios = new double[RESAMPLES];
    for (int b = 0; b < RESAMPLES; b++) {
      ratios[b] = centre(resample(num, random), median) / centre(resample(den, random), median);
    }
    Arrays.sort(ratios);
    return new Ratio(point, ratios[(int) (0.025 * (RESAMPLES - 1))],
        ratios[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
  }

  private static double[] resample(List<double[]> groups, SplittableRandom random) {
    int n = 0;
    for (double[] g : groups) {
      n += g.length;
    }
    double[] out = new double[n];
    int k = 0;
    while (k < n) {
      double[] g = groups.get(random.nextInt(groups.size()));
      for (int i = 0; i < g.length && k < n; i++) {
        out[k++] = g[random.nextInt(g.length)];
      }
    }
    return out;
  }

  private static double[] flatten(List<double[]> groups) {
    return groups.stream().flatMapToDouble(Arrays::stream).toArray();
  }

  private static double centre(double[] xs, boolean median) {
    if (!median) {
      return Arrays.stream(xs).average().orElseThrow();
    }
    double[] s = xs.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  /**
   * How the ratio stands against an upper goal.
   *
   * @param goal the largest ratio that meets the goal
   * @return {@code met}, {@code missed by x%} (the point estimate above the goal, as a share of
   *     the goal), with {@code (uncertain)} when the interval contains the goal
   */
  String against(double goal) {
    return against(Double.NEGATIVE_INFINITY, goal);
  }

  /**
   * How the ratio stands against a goal range.
   *
   * @param lowest the smallest ratio that meets the goal
   * @param highest the largest ratio that meets the goal
   * @return {@code met}, or {@code missed by x%} (the distance of the point estimate from the
   *     nearest end, as a share of that end), with {@code (uncertain)} when the interval
   *     contains an end of the range
   */
  String against(double lowest, double highest) {
    boolean uncertain = (low <= highest && highest <= high) || (low <= lowest && lowest <= high);
    String verdict;
    if (value > highest) {
      verdict = String.format(Locale.ROOT, "MISSED by %.0f%%", 100 * (value - highest) / highest);
    } else if (value < lowest) {
      verdict = String.format(Locale.ROOT, "MISSED by %.0f%%", 100 * (lowest - value) / lowest);
    } else {
      verdict = "met";
    }
    return uncertain ? verdict + " (uncertain: the interval contains the goal)" : verdict;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.2f [95%% %.2f–%.2f]", value, low, high);
  }
}
