package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grid of one item (步长) and where it comes from: the item's own {@code step}, else its
 * rule's own step (judgement, discretionary deduction), else the standard's {@code claimStep}
 * (docs/scoring.md, "The grid of an item"). Messages name the step, its source and the nearest
 * valid values.
 *
 * @param step the step in points, {@code > 0}, not null
 * @param source where it comes from, not null
 */
public record Steps(BigDecimal step, Source source) {

  /** Where an item's step comes from. */
  public enum Source {
    /** The item's own {@code step}. */
    ITEM,
    /** The rule's own step: a judgement's or a discretionary deduction's. */
    RULE,
    /** The standard's {@code claimStep}. */
    STANDARD;

    /**
     * How messages name the source, in English.
     *
     * @return such as {@code the item's step}
     */
    public String en() {
      return switch (this) {
        case ITEM -> "the item's step";
        case RULE -> "the rule's step";
        case STANDARD -> "the standard's claimStep";
      };
    }

    /**
     * How messages name the source, in Chinese.
     *
     * @return such as {@code 本项步长}
     */
    public String zh() {
      return switch (this) {
        case ITEM -> "本项步长";
        case RULE -> "评分规则的步长";
        case STANDARD -> "标准的自评分步长“claimStep”";
      };
    }
  }

  /**
   * Checks that no component is null.
   *
   * @param step the {@code step} component, as described on the record
   * @param source the {@code source} component, as described on the record
   */
  public Steps {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(source, "source");
  }

  /**
   * The grid of an item of a standard.
   *
   * @param s the standard (possibly not yet validated), not null
   * @param c the item, not null
   * @return its step and the step's source
   */
  public static Steps of(Standard s, Criterion c) {
    if (c.getStep().isPresent()) {
      return new Steps(c.getStep().get(), Source.ITEM);
    }
    return ruleStep(c).map(st -> new Steps(st, Source.RULE))
        .orElseGet(() -> new Steps(s.getClaimStep(), Source.STANDARD));
  }

  /**
   * The rule's own step, if it has one.
   *
   * @param c the item, not null
   * @return a judgement's or a discretionary deduction's step, or empty
   */
  public static Optional<BigDecimal> ruleStep(Criterion c) {
    Object r = c.getRule().orElse(null);
    if (r instanceof Judgement j) {
      return Optional.of(j.step());
    } else if (r instanceof DiscretionaryDeduction d) {
      return Optional.of(d.step());
    }
    return Optional.empty();
  }

  /**
   * The step as people write it.
   *
   * @return a plain decimal, such as {@code 0.25}
   */
  public String written() {
    return step.stripTrailingZeros().toPlainString();
  }

  /**
   * The valid values nearest to a value off the grid: the multiple of the step just below and
   * the one just above, within {@code [0, max]}.
   *
   * @param value the value, such as a claim of 7.8 on a 0.25 grid, not null
   * @param max the item's maximum, not null
   * @return one or two values, such as {@code [7.75, 8]}, lowest first
   */
  public List<String> nearest(Points value, Points max) {
    BigDecimal v = value.toBigDecimal();
    BigDecimal below = v.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal above = below.add(step);
    String lo = plain(below.max(BigDecimal.ZERO));
    if (above.compareTo(max.toBigDecimal()) > 0) {
      return List.of(lo);
    }
    return List.of(lo, plain(above));
  }

  /**
   * The valid values nearest to a maximum off the grid: the multiples of the step just below and
   * just above it.
   *
   * @param value the value, not null
   * @return two values, lowest first, such as {@code [7.5, 8]} for 7.75 on a 0.5 grid
   */
  public List<String> nearest(Points value) {
    return nearest(value, Points.of(value.toBigDecimal().add(step)));
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
