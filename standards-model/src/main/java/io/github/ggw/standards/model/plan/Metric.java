package io.github.ggw.standards.model.plan;

/**
 * What an annual target measures (目标指标): a closed set, each computed from a district's score
 * reports and the designations conferred on its units. "In scope" means the units of the plan's
 * district whose type the target's scope includes. The population of a district is every unit
 * in scope that appears in the data given (a score report of any year, or a designation);
 * "assessed in the year" means having a score report for that year.
 *
 * <p>Names in zh-CN and en: {@link io.github.ggw.standards.model.Labels#of(Enum)}.
 */
public enum Metric {
  /**
   * 达标校占比 (share of units certified): units holding the quality-certified designation
   * (优质化达标校) conferred in the year or before, as a percentage of the population in scope.
   */
  SHARE_CERTIFIED(MetricUnit.PERCENT, false, true),
  /** 达标校数 (number of certified units): units certified in the year or before. */
  CERTIFIED_UNITS(MetricUnit.UNITS, false, true),
  /** 试点校数 (number of pilot units): units named quality-building pilots in the year or before. */
  PILOT_UNITS(MetricUnit.UNITS, false, true),
  /**
   * 达到某等级及以上的占比 (share at or above a band): units assessed in the year whose rating is the
   * target's band or better, as a percentage of the units assessed in the year in scope.
   */
  SHARE_AT_OR_ABOVE_BAND(MetricUnit.PERCENT, true, false),
  /**
   * 具备申报资格的占比 (share eligible to apply): units assessed in the year that are eligible for
   * certification, as a percentage of the units assessed in the year in scope.
   */
  SHARE_ELIGIBLE(MetricUnit.PERCENT, false, false),
  /** 平均分 (mean score): the mean rounded total of the units assessed in the year, exact. */
  MEAN_SCORE(MetricUnit.POINTS, false, false),
  /** 参评单位数 (number of units assessed): units with a score report for the year. */
  UNITS_ASSESSED(MetricUnit.UNITS, false, false);

  private final MetricUnit unit;
  private final boolean needsBand;
  private final boolean fromDesignations;

  Metric(MetricUnit unit, boolean needsBand, boolean fromDesignations) {
    this.unit = unit;
    this.needsBand = needsBand;
    this.fromDesignations = fromDesignations;
  }

  /**
   * The unit of the metric's values.
   *
   * @return percent, units or points
   */
  public MetricUnit unit() {
    return unit;
  }

  /**
   * Whether a target of this metric names a rating band.
   *
   * @return true for {@link #SHARE_AT_OR_ABOVE_BAND}
   */
  public boolean needsBand() {
    return needsBand;
  }

  /**
   * Whether the metric counts designations (cumulatively, up to the year) rather than the year's
   * score reports.
   *
   * @return true for the certified and pilot metrics
   */
  public boolean isFromDesignations() {
    return fromDesignations;
  }
}
