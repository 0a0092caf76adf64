package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.DeclaredFact;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.InvalidStandardException;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.standard.PlausibilityCheck;
import io.github.ggw.standards.model.standard.PlausibilitySeverity;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.ReviewPeriod;
import io.github.ggw.standards.model.standard.RatingQuota;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/** The JSON shape of a {@link Standard} ({@code kind = "standard"}, format version 1). */
final class StandardDocument {
  /**
   * The JSON shape of a {@link ReviewPeriod}: {@code {"opensAfterMonths": 3,
   * "closesAfterMonths": 15}}; absent from a standard at the default.
   */
  static final class ReviewWindowDocument {
    public Integer opensAfterMonths;
    public Integer closesAfterMonths;

    static ReviewWindowDocument from(ReviewPeriod p) {
      if (p.equals(ReviewPeriod.DEFAULT)) {
        return null;
      }
      ReviewWindowDocument d = new ReviewWindowDocument();
      d.opensAfterMonths = p.opensAfterMonths();
      d.closesAfterMonths = p.closesAfterMonths();
      return d;
    }

    /** The window, or null after recording a located problem. */
    ReviewPeriod toModel(Binder b) {
      Integer opens = b.require(opensAfterMonths, "/reviewWindow", "opensAfterMonths");
      Integer closes = b.require(closesAfterMonths, "/reviewWindow", "closesAfterMonths");
      if (opens == null || closes == null) {
        return null;
      }
      if (!ReviewPeriod.isValid(opens, closes)) {
        b.add(Problem.of(ProblemCode.STANDARD_REVIEW_WINDOW_INVALID,
            Location.pointer(opens < 0 || opens >= ReviewPeriod.MAX_MONTHS
                ? "/reviewWindow/opensAfterMonths" : "/reviewWindow/closesAfterMonths"),
            opens + "-" + closes, String.valueOf(opens), String.valueOf(closes)));
        return null;
      }
      return new ReviewPeriod(opens, closes);
    }
  }

  static final String KIND = "standard";
  /** The default of {@code minTrainingHours}, which is not written. */
  private static final BigDecimal DEFAULT_MIN_TRAINING_HOURS = new BigDecimal("0.5");

  public String kind;
  public Integer formatVersion;
  public StandardId id;
  public StandardVersion version;
  public StandardVersion replaces;
  public LocalizedText title;
  public LocalizedText issuer;
  public LocalDate effectiveFrom;
  public LocalDate validUntil;
  public List<UnitType> applicableUnitTypes;
  public BigDecimal precision;
  public RoundingMode rounding;
  public BigDecimal claimStep;
  public NotApplicableMode notApplicableMode;
  public Points bonusCap;
  public Points certificationThreshold;
  public Points vetoBelow;
  public Points compositeScale;
  public List<RatingBand> ratingBands;
  public List<RatingQuota> quotas;
  public List<DesignationKind> prerequisites;
  public List<String> jurisdiction;
  public BigDecimal minTrainingHours;
  public ReviewWindowDocument reviewWindow;
  public Map<PlausibilityCheck, Severity> plausibility;
  public SourceRef source;
  public List<CriterionDocument> dimensions;
  public List<FactDocument> facts;

  static StandardDocument from(Standard s) {
    StandardDocument d = new StandardDocument();
    d.kind = KIND;
    d.formatVersion = Formats.VERSION;
    d.id = s.getId();
    d.version = s.getVersion();
    d.replaces = s.getReplaces().orElse(null);
    d.title = s.getTitle();
    d.issuer = s.getIssuer();
    d.effectiveFrom = s.getEffectiveFrom();
    d.validUntil = s.getValidUntil().orElse(null);
    d.applicableUnitTypes = new ArrayList<>(s.getApplicableUnitTypes());
    d.precision = s.getPrecision();
    d.rounding = s.getRounding();
    d.claimStep = s.getClaimStep();
    d.notApplicableMode = s.getNotApplicableMode();
    d.bonusCap = s.getBonusCap();
    d.certificationThreshold = s.getCertificationThreshold();
    d.vetoBelow = s.getVetoBelow().orElse(null);
    d.compositeScale = s.getCompositeScale().orElse(null);
    d.ratingBands = s.getRatingBands();
    d.quotas = s.getQuotas().isEmpty() ? null : s.getQuotas();
    d.prerequisites = s.getPrerequisites().isEmpty() ? null
        : new ArrayList<>(s.getPrerequisites());
    d.jurisdiction = s.getJurisdiction().isEmpty() ? null : s.getJurisdiction();
    d.minTrainingHours = s.getMinTrainingHours().compareTo(DEFAULT_MIN_TRAINING_HOURS) == 0
        ? null : s.getMinTrainingHours();
    d.reviewWindow = ReviewWindowDocument.from(s.getReviewWindow());
    d.plausibility = s.getPlausibility().isEmpty() ? null : new TreeMap<>();
    s.getPlausibility().forEach(p -> d.plausibility.put(p.check(), p.severity()));
    d.source = s.getSource();
    d.dimensions = s.getDimensions().stream().map(CriterionDocument::from).toList();
    d.facts = s.getFacts().isEmpty() ? null
        : s.getFacts().stream().map(FactDocument::from).toList();
    return d;
  }

  /**
   * The standard with its warnings and the findings of the measures, or null after recording
   * problems: every finding of the cross-item checks and of the measures at once.
   */
  Standard toModel(Binder b, MeasureRegistry measures) {
    Formats.checkHeader(kind, KIND, formatVersion, b);
    b.require(id, "", "id");
    b.require(version, "", "version");
    b.require(title, "", "title");
    b.require(issuer, "", "issuer");
    b.require(effectiveFrom, "", "effectiveFrom");
    b.require(applicableUnitTypes, "", "applicableUnitTypes");
    b.require(certificationThreshold, "", "certificationThreshold");
    b.require(ratingBands, "", "ratingBands");
    b.require(source, "", "source");
    b.require(dimensions, "", "dimensions");
    b.requireElements(ratingBands, "/ratingBands");
    b.requireElements(quotas, "/quotas");
    b.requireElements(prerequisites, "/prerequisites");
    b.requireElements(applicableUnitTypes, "/applicableUnitTypes");
    b.requireElements(jurisdiction, "/jurisdiction");
    ReviewPeriod window = reviewWindow == null ? null : reviewWindow.toModel(b);
    List<Criterion> dims = new ArrayList<>();
    if (dimensions != null) {
      for (int i = 0; i < dimensions.size(); i++) {
        if (b.require(dimensions.get(i), "/dimensions", String.valueOf(i)) != null) {
          dims.add(dimensions.get(i).toModel("/dimensions/" + i, b));
        }
      }
    }
    List<DeclaredFact> declared = new ArrayList<>();
    if (facts != null) {
      for (int i = 0; i < facts.size(); i++) {
        if (b.require(facts.get(i), "/facts", String.valueOf(i)) != null) {
          declared.add(facts.get(i).toModel("/facts/" + i, b));
        }
      }
    }
    if (b.hasErrors() || dims.contains(null) || declared.contains(null)) {
      return null;
    }
    ImmutableStandard.Builder builder = Standard.builder()
        .id(id).version(version).title(title).issuer(issuer).effectiveFrom(effectiveFrom)
        .validUntil(Optional.ofNullable(validUntil)).addAllApplicableUnitTypes(applicableUnitTypes)
        .certificationThreshold(certificationThreshold).addAllRatingBands(ratingBands)
        .source(source).addAllDimensions(dims).vetoBelow(Optional.ofNullable(vetoBelow))
        .replaces(Optional.ofNullable(replaces)).addAllFacts(declared);
    Optional.ofNullable(quotas).ifPresent(builder::addAllQuotas);
    Optional.ofNullable(prerequisites).ifPresent(builder::addAllPrerequisites);
    Optional.ofNullable(precision).ifPresent(builder::precision);
    Optional.ofNullable(rounding).ifPresent(builder::rounding);
    Optional.ofNullable(claimStep).ifPresent(builder::claimStep);
    Optional.ofNullable(notApplicableMode).ifPresent(builder::notApplicableMode);
    Optional.ofNullable(bonusCap).ifPresent(builder::bonusCap);
    Optional.ofNullable(compositeScale).ifPresent(builder::compositeScale);
    Optional.ofNullable(jurisdiction).ifPresent(builder::addAllJurisdiction);
    Optional.ofNullable(minTrainingHours).ifPresent(builder::minTrainingHours);
    Optional.ofNullable(window).ifPresent(builder::reviewWindow);
    Optional.ofNullable(plausibility).ifPresent(m -> m.forEach((check, severity) ->
        builder.addPlausibility(new PlausibilitySeverity(check, severity))));
    FindingPointers places = new FindingPointers(dimensions);
    return b.attempt(() -> {
      try {
        Standard s = builder.build();
        s.getFindings().stream().map(places::locate).forEach(b::add);
        measures.check(s).stream().map(places::locate).forEach(b::add);
        return s;
      } catch (InvalidStandardException e) {
        e.getFindings().stream().map(places::locate).forEach(b::add);
        measures.check(dims, declared).stream().map(places::locate).forEach(b::add);
        return null;
      }
    }, "");
  }
}
