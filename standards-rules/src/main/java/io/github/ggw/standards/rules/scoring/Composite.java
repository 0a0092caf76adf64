package io.github.ggw.standards.rules.scoring;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.internal.Texts;
import io.github.ggw.standards.rules.measure.EvidenceInYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From dimension scores to the unit's result under one standard (合成): dimension contributions
 * with weights, the composite under the standard's not-applicable mode, the bonus and its cap,
 * the one rounding, the veto floor, the band with veto effects applied, and eligibility.
 *
 * <p>Semantics (the settled scoring semantics, as the {@link Scorer} states them): with weights a
 * dimension contributes {@code points ÷ denominator × weight}, the denominator being its
 * applicable maximum (its nominal maximum under {@code EXCLUDE}); under {@code RESCALE} the sum
 * is scaled by score rate to the standard's scale (its declared composite scale, else the nominal
 * maximum): {@code Σ (P ÷ A × w) × scale ÷ Σ w} over the dimensions with {@code A > 0}. Bonus points are added after the composite,
 * capped for the standard. Only the total is rounded, to the standard's precision and rounding;
 * the band, the veto floor and the threshold read the rounded total. Immutable.
 */
final class Composite {
  private final Standard standard;
  /** The divisions of the plan this composite belongs to, remembered by operands. */
  private final Quotients quotients;
  /** The standard's scale ({@link Standard#getScale()}), worked out once. */
  private final BigDecimal nominal;
  /** The lowest band's rating ({@link Standard#getLowestBand()}), worked out once. */
  private final Rating lowest;

  /**
   * The composite of a standard, built once per scoring plan: what it reads of the standard
   * (scale, lowest band) is worked out here, not per call.
   *
   * @param standard the standard, not null
   * @param quotients the plan's divisions, not null
   */
  Composite(Standard standard, Quotients quotients) {
    this.standard = standard;
    this.quotients = quotients;
    this.nominal = standard.getScale().toBigDecimal();
    this.lowest = standard.getLowestBand().rating();
  }

  /**
   * The totals of one scoring run.
   *
   * @param composite the weighted, rescaled sum of the dimensions, unrounded
   * @param bonus the bonus after the standard's cap
   * @param total composite plus bonus, unrounded
   * @param rounded the total rounded once
   * @param band the band of the rounded total after every veto's effect
   * @param vetoes the items' vetoes, then the total floor's when it applies
   * @param eligibility whether the unit may be certified, with every reason it may not
   */
  record Totals(BigDecimal composite, Points bonus, Points total, Points rounded, Rating band,
      List<VetoFinding> vetoes, Eligibility eligibility) {}

  /**
   * A dimension's line: its points, maxima, weight and contribution to the composite.
   *
   * @param d the dimension's node in the plan (its code, title, maximum and weight as the
   *     criterion has them), budgeted
   * @param awarded its points, clamped to its maximum
   * @param applicableMax the maximum of its items that apply to the unit
   * @return the line
   */
  DimensionResult dimension(ScoringPlan.Node d, Points awarded, Points applicableMax) {
    BigDecimal contribution = awarded.toBigDecimal();
    if (d.weight.isPresent()) {
      Points denominator = standard.getNotApplicableMode() == NotApplicableMode.EXCLUDE
          ? d.max : applicableMax;
      contribution = denominator.isZero() ? BigDecimal.ZERO
          : quotients.divide(awarded.toBigDecimal().multiply(d.weight.get()),
              denominator.toBigDecimal());
    }
    return new DimensionResult(d.code, d.title, awarded, applicableMax, d.max, d.weight,
        contribution);
  }

  /**
   * The totals, band and eligibility of a run.
   *
   * @param dims the budgeted dimensions' lines, in order
   * @param bonuses the points of every bonus item
   * @param itemVetoes the vetoes the items triggered, in order
   * @param keyFailures a reason for every key item not met
   * @param evidence the assessment's evidence (prerequisite designations count in any year)
   * @return the totals
   */
  Totals totals(List<DimensionResult> dims, List<Points> bonuses, List<VetoFinding> itemVetoes,
      List<LocalizedText> keyFailures, EvidenceInYear evidence) {
    BigDecimal composite = composite(dims);
    Points bonus = Points.ZERO;
    for (Points b : bonuses) {
      bonus = bonus.plus(b);
    }
    bonus = bonus.atMost(standard.getBonusCap());
    Points total = Points.of(composite).plus(bonus);
    Points rounded = total.roundTo(standard.getPrecision(), standard.getRounding());
    List<VetoFinding> vetoes = new ArrayList<>(itemVetoes);
    standard.getVetoBelow().filter(floor -> rounded.compareTo(floor) < 0).ifPresent(floor ->
        vetoes.add(new VetoFinding(Optional.empty(),
            Texts.of("veto.floor", rounded, floor), List.of())));
    Rating band = standard.bandFor(rounded).rating();
    for (VetoFinding v : vetoes) {
      band = v.apply(band, lowest);
    }
    return new Totals(composite, bonus, total, rounded, band, vetoes,
        eligibility(rounded, keyFailures, !vetoes.isEmpty(), evidence));
  }

  private BigDecimal composite(List<DimensionResult> dims) {
    BigDecimal sum = BigDecimal.ZERO;
    for (DimensionResult d : dims) {
      sum = sum.add(d.contribution());
    }
    if (standard.getNotApplicableMode() != NotApplicableMode.RESCALE) {
      return sum;
    }
    // The scale (nominal): the declared composite scale, else the nominal maximum (the weights
    // add up to it). Rescale by score rate (合理缺项按得分率折算): what applies is scaled up to it.
    BigDecimal applicable = BigDecimal.ZERO;
    for (DimensionResult d : dims) {
      applicable = applicable.add(d.weight().isPresent()
          ? (d.applicableMax().isZero() ? BigDecimal.ZERO : d.weight().get())
          : d.applicableMax().toBigDecimal());
    }
    if (applicable.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (applicable.compareTo(nominal) == 0) {
      return sum;
    }
    BigDecimal scaled = quotients.divide(sum.multiply(nominal), applicable);
    return scaled.min(nominal);
  }

  private Eligibility eligibility(Points rounded, List<LocalizedText> keyFailures,
      boolean vetoed, EvidenceInYear evidence) {
    List<LocalizedText> reasons = new ArrayList<>();
    if (rounded.compareTo(standard.getCertificationThreshold()) < 0) {
      reasons.add(Texts.of("ineligible.threshold", rounded,
          standard.getCertificationThreshold()));
    }
    reasons.addAll(keyFailures);
    for (DesignationKind needed : standard.getPrerequisites()) {
      if (evidence.anyYear().all(DesignationHeld.class).noneMatch(d -> d.kind() == needed)) {
        reasons.add(Texts.ofLocalized("ineligible.prerequisite", Labels.of(needed)));
      }
    }
    if (vetoed) {
      reasons.add(Texts.of("ineligible.veto"));
    }
    return new Eligibility(reasons.isEmpty(), standard.getCertificationThreshold(), reasons);
  }
}
