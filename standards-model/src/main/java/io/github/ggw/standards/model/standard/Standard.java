package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A versioned scoring sheet (基本标准/基本要求) issued by an authority for some unit types.
 *
 * <p>Holds one recursive criterion tree (dimensions at the top), the rating bands, the bonus cap,
 * the certification threshold and the rounding of the total. The nominal maximum is the sum of
 * the regular and key dimensions' points. A standard is checked when it is built: every
 * cross-item finding of {@link StandardChecker} that is an error makes {@code build()} throw
 * {@link InvalidStandardException} with all of them, so no invalid standard exists. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValidityPeriod
public abstract class Standard {

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableStandard.Builder builder() {
    return ImmutableStandard.builder();
  }

  /** @return the identifier, stable across versions */
  @NotNull
  public abstract StandardId getId();

  /** @return the version this sheet is */
  @NotNull
  public abstract StandardVersion getVersion();

  /**
   * The earlier version of the same standard that this one replaces (沿革), such as {@code 2019.1}
   * for {@code 2021.1}; an assessment still names the version it answers.
   *
   * @return the replaced version, or empty for a first version
   */
  public abstract Optional<StandardVersion> getReplaces();

  /** @return the title */
  @NotNull
  public abstract LocalizedText getTitle();

  /** @return the issuing authority (发布机关) */
  @NotNull
  public abstract LocalizedText getIssuer();

  /** @return the first day the sheet applies */
  @NotNull
  public abstract LocalDate getEffectiveFrom();

  /** @return the last day it applies, or empty while in force */
  public abstract Optional<LocalDate> getValidUntil();

  /** @return the unit types it covers, at least one */
  @NotEmpty
  public abstract Set<UnitType> getApplicableUnitTypes();

  /** @return the precision of the rounded total in points; 0.1 unless set */
  @Value.Default
  @DecimalMin(value = "0", inclusive = false)
  public BigDecimal getPrecision() {
    return new BigDecimal("0.1");
  }

  /** @return the rounding of the total; HALF_UP (四舍五入) unless set */
  @Value.Default
  public RoundingMode getRounding() {
    return RoundingMode.HALF_UP;
  }

  /** @return the grid every claim and every item maximum lies on, in points; 0.5 unless set */
  @Value.Default
  @DecimalMin(value = "0", inclusive = false)
  public BigDecimal getClaimStep() {
    return new BigDecimal("0.5");
  }

  /** @return how not-applicable items count; RESCALE (按得分率折算) unless set */
  @Value.Default
  public NotApplicableMode getNotApplicableMode() {
    return NotApplicableMode.RESCALE;
  }

  /** @return the dimensions (一级指标), in declared order, at least one */
  @NotEmpty
  @Size(max = 50)
  public abstract List<@Valid Criterion> getDimensions();

  /** @return the rating bands, lowest bound first, the first at 0 */
  @NotEmpty
  public abstract List<RatingBand> getRatingBands();

  /** @return the cap on all bonus points together; zero unless set */
  @Value.Default
  public Points getBonusCap() {
    return Points.ZERO;
  }

  /** @return the rounded total a unit needs to be eligible for certification (e.g. 90) */
  @NotNull
  public abstract Points getCertificationThreshold();

  /** @return a total floor: a rounded total below it triggers a veto; empty for none */
  public abstract Optional<Points> getVetoBelow();

  /**
   * The designations a unit must already hold to be eligible for certification (申报前提), such as
   * the earlier regularisation qualification (常态化建设合格单位); shown by {@code designation}
   * evidence.
   *
   * @return the designation kinds, empty for none
   */
  public abstract Set<DesignationKind> getPrerequisites();

  /**
   * The quotas on rating bands in a batch (名额比例), such as at most 25% excellent; applied as a
   * batch step over many reports, never to one unit alone.
   *
   * @return the quotas, at most one per band, empty for none
   */
  public abstract List<RatingQuota> getQuotas();

  /**
   * The declared composite scale (合成分制): the figure the weighted composite is out of, such as
   * 100 for a sheet whose four sections are each scored out of 100 and weighted 40/30/20/10. With
   * weights, they add up to it; without weights it must equal the nominal maximum (both checked
   * when the standard is built: {@code STANDARD_WEIGHTS_SUM}, {@code STANDARD_SCALE_INVALID}).
   * Totals, "out of" figures, bands, the threshold, the bonus cap and the veto floor are on the
   * scale.
   *
   * @return the declared scale in points, {@code > 0}; empty for the default, the nominal maximum
   *     (today's rule: weights add up to the sum of the dimensions' maxima)
   */
  public abstract Optional<Points> getCompositeScale();

  /**
   * The scale totals are on: the declared {@link #getCompositeScale() composite scale}, else the
   * nominal maximum.
   *
   * @return the scale in points, never null
   */
  public Points getScale() {
    return getCompositeScale().orElseGet(this::getNominalMax);
  }

  /**
   * The grid of one item (步长): the item's own {@code step}, else its rule's own step (a
   * judgement's or a discretionary deduction's), else the standard's {@code claimStep}. Its
   * maximum, claims and adjustments are multiples of it (see docs/scoring.md, "The grid of an
   * item").
   *
   * @param c an item of this standard, not null
   * @return the step in points, {@code > 0}
   */
  public BigDecimal stepOf(Criterion c) {
    return Steps.of(this, c).step();
  }

  /**
   * The facts the standard declares (事实声明), which units give as {@code fact} evidence and rules
   * read as the measures {@code fact.<code>} (see docs/measures.md, "Declared facts").
   *
   * @return the declarations in declared order, empty for none
   */
  public abstract List<@Valid DeclaredFact> getFacts();

  /**
   * The declared fact with a code.
   *
   * @param code the fact's code, such as {@code plan.status}, not null
   * @return the declaration, or empty when the standard declares none of that code
   */
  public Optional<DeclaredFact> findFact(String code) {
    return getFacts().stream().filter(f -> f.getCode().equals(code)).findFirst();
  }

  /** @return where the sheet comes from, and whether it is official or modelled */
  @NotNull
  public abstract SourceRef getSource();

  /**
   * The districts this standard applies to (适用地区): GB/T 2260 administrative code prefixes of
   * 2 to 6 digits, such as {@code 3204} for Changzhou; a unit whose district code starts with none
   * of them is reported by {@link PlausibilityCheck#OUTSIDE_JURISDICTION}.
   *
   * @return the prefixes in declared order, empty when the standard applies anywhere (no check)
   */
  public abstract List<@NotNull @Pattern(regexp = "[0-9]{2,6}") String> getJurisdiction();

  /**
   * The shortest training that counts as one (最短培训时长), in hours; a shorter one is reported by
   * {@link PlausibilityCheck#TRAINING_TOO_SHORT} and not counted.
   *
   * @return the hours, at least 0; 0.5 unless set
   */
  @Value.Default
  @NotNull
  @DecimalMin("0")
  public BigDecimal getMinTrainingHours() {
    return new BigDecimal("0.5");
  }

  /**
   * The review window (审核期) of this standard, in months from 1 January of the assessment year;
   * every event of a case file lies in it (see {@link ReviewPeriod}).
   *
   * @return the window; {@link ReviewPeriod#DEFAULT} (1 January of the year to 31 December of the
   *     next) unless set
   */
  @Value.Default
  @NotNull
  public ReviewPeriod getReviewWindow() {
    return ReviewPeriod.DEFAULT;
  }

  /**
   * The severities this standard gives plausibility checks instead of their defaults (raised to
   * an error, lowered to a warning or information). A severity changes how a finding is reported,
   * not whether the record counts.
   *
   * @return the overrides in declared order, at most one per check, empty when every check keeps
   *     its default
   */
  public abstract List<PlausibilitySeverity> getPlausibility();

  /**
   * The severity of a plausibility check under this standard: its override, else its default.
   *
   * @param check the check, not null
   * @return the severity
   */
  public Severity severityOf(PlausibilityCheck check) {
    Objects.requireNonNull(check, "check");
    return getPlausibility().stream().filter(p -> p.check() == check)
        .map(PlausibilitySeverity::severity).findFirst().orElse(check.defaultSeverity());
  }

  /**
   * The nominal maximum (满分): the sum of the regular and key dimensions' points.
   *
   * @return the nominal maximum
   */
  public Points getNominalMax() {
    return getDimensions().stream()
        .filter(Criterion::isBudgeted)
        .map(Criterion::getMaxPoints)
        .reduce(Points.ZERO, Points::plus);
  }

  /**
   * The highest reachable total: the {@link #getScale() scale} (by default the nominal maximum)
   * plus the bonus cap.
   *
   * @return the maximum total
   */
  public Points getMaximumTotal() {
    return getScale().plus(getBonusCap());
  }

  /**
   * Every criterion of the tree, depth first, in declared order.
   *
   * @return the criteria
   */
  public Stream<Criterion> getAllCriteria() {
    return getDimensions().stream().flatMap(Criterion::getSelfAndDescendants);
  }

  /**
   * Finds a criterion by code.
   *
   * @param code the code
   * @return the criterion, or empty
   */
  public Optional<Criterion> find(CriterionCode code) {
    return getAllCriteria().filter(c -> c.getCode().equals(code)).findFirst();
  }

  /**
   * Whether the standard applies in a year: from the effective date's year to the last day's
   * year, inclusive.
   *
   * @param year the calendar year
   * @return true when in force in that year
   */
  public boolean isInForce(int year) {
    return year >= getEffectiveFrom().getYear()
        && getValidUntil().map(d -> year <= d.getYear()).orElse(true);
  }

  /**
   * The rating band a rounded total falls in.
   *
   * @param roundedTotal the rounded total
   * @return the band whose lower bound is the greatest not above the total
   */
  public RatingBand bandFor(Points roundedTotal) {
    RatingBand best = getRatingBands().get(0);
    for (RatingBand b : getRatingBands()) {
      if (b.lowerBound().compareTo(roundedTotal) <= 0
          && b.lowerBound().compareTo(best.lowerBound()) >= 0) {
        best = b;
      }
    }
    return best;
  }

  /**
   * The lowest band (the one a veto forces).
   *
   * @return the band with the smallest lower bound
   */
  public RatingBand getLowestBand() {
    return getRatingBands().stream()
        .min((a, b) -> a.lowerBound().compareTo(b.lowerBound()))
        .orElseThrow();
  }

  /**
   * Every finding of the cross-item checks, errors and warnings; errors cannot occur on a built
   * standard, so this returns warnings only.
   *
   * @return the findings
   */
  public List<Problem> getFindings() {
    return StandardChecker.check(this);
  }

  /**
   * Refuses a standard with error findings (see {@link StandardChecker}), and one that gives a
   * plausibility check two severities ({@link StandardsException}).
   */
  @Value.Check
  protected void check() {
    if (getPlausibility().stream().map(PlausibilitySeverity::check).distinct().count()
        < getPlausibility().size()) {
      throw new StandardsException("a plausibility check is given two severities",
          String.valueOf(getPlausibility()));
    }
    List<Problem> errors = StandardChecker.check(this).stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      throw new InvalidStandardException(errors);
    }
  }
}
