package io.github.ggw.standards.rules.measure;

import com.google.common.collect.ImmutableSet;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.model.rule.MeasureParameters;
import java.math.BigDecimal;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import io.github.ggw.standards.model.rule.EvidenceQuery;

/**
 * A named, typed function of evidence (度量), such as the number of CORE-tier elders or the
 * number of themed competitions entered this year at district level or above.
 *
 * <p>A measure declares its value type, its unit, whether more evidence can never lower it
 * (monotone), the seed clause it comes from, and the parameters it accepts. Immutable and
 * thread-safe when its function is.
 */
public final class Measure {
  private final MeasureName name;
  private final MeasureType type;
  private final LocalizedText unit;
  private final boolean monotone;
  private final String source;
  private final ImmutableSet<MeasureParameter> accepted;
  private final BiFunction<EvidenceInYear, MeasureParameters, BigDecimal> function;
  private final Function<MeasureParameters, Function<EvidenceInYear, BigDecimal>> binder;
  private final LocalizedText label;
  private final String evidenceKind;
  private final LocalizedText sourceNote;

  private Measure(
      MeasureName name,
      MeasureType type,
      LocalizedText unit,
      boolean monotone,
      String source,
      Set<MeasureParameter> accepted,
      BiFunction<EvidenceInYear, MeasureParameters, BigDecimal> function,
      Function<MeasureParameters, Function<EvidenceInYear, BigDecimal>> binder,
      LocalizedText label,
      String evidenceKind,
      LocalizedText sourceNote) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.monotone = monotone;
    this.source = Objects.requireNonNull(source, "source");
    this.accepted = ImmutableSet.copyOf(accepted);
    this.function = Objects.requireNonNull(function, "function");
    this.binder = binder != null ? binder : p -> ev -> function.apply(ev, p);
    this.label = label == null ? LocalizedText.of(name.value(), name.value()) : label;
    if (evidenceKind != null && EvidenceKinds.byName(evidenceKind).isEmpty()) {
      throw new IllegalArgumentException(
          name + ": no evidence kind is named " + evidenceKind + "; the kinds are "
              + EvidenceKinds.names());
    }
    this.evidenceKind = evidenceKind;
    this.sourceNote = sourceNote;
  }

  /**
   * Defines a measure.
   *
   * @param name the name, such as {@code elders.count}
   * @param type the value type
   * @param unit the unit in both languages, such as 人/persons
   * @param monotone whether adding evidence never lowers the value
   * @param source the clause it comes from, such as {@code seed §四.2}
   * @param accepted the parameters it accepts
   * @param function the function from counted evidence and parameters to a value {@code >= 0};
   *     pure and thread-safe, since scorers share measures across threads
   * @return the measure
   * @throws NullPointerException if an argument is null
   * @throws io.github.ggw.standards.model.StandardsException if the name is not dot-separated
   *     words each starting with a lower-case letter, such as {@code elders.count}, of at most 64
   *     characters
   */
  public static Measure of(
      String name,
      MeasureType type,
      LocalizedText unit,
      boolean monotone,
      String source,
      Set<MeasureParameter> accepted,
      BiFunction<EvidenceInYear, MeasureParameters, BigDecimal> function) {
    return new Measure(MeasureName.of(name), type, unit, monotone, source, accepted, function,
        null, null, null, null);
  }

  /**
   * Defines a measure computed on the engine of filtered measures ({@link FilteredMeasure}): the
   * parameters a rule gives it choose a query (count, sum or distinct over one evidence kind,
   * with filters), which is compiled once when a scorer binds the rule ({@link #bind}) rather
   * than on every evaluation.
   *
   * @param name the name, such as {@code activities.count}
   * @param type the value type
   * @param unit the unit in both languages, such as 次/times
   * @param monotone whether adding evidence never lowers the value
   * @param source the clause it comes from, such as {@code seed §二.1–4}
   * @param accepted the parameters it accepts
   * @param query the query for given (accepted) parameters; pure, and every query it returns
   *     must pass {@link FilteredMeasure#check}
   * @return the measure
   * @throws NullPointerException if an argument is null
   * @throws io.github.ggw.standards.model.StandardsException if the name is not dot-separated
   *     words each starting with a lower-case letter, of at most 64 characters
   */
  public static Measure ofQuery(
      String name,
      MeasureType type,
      LocalizedText unit,
      boolean monotone,
      String source,
      Set<MeasureParameter> accepted,
      Function<MeasureParameters, EvidenceQuery> query) {
    Objects.requireNonNull(query, "query");
    return new Measure(MeasureName.of(name), type, unit, monotone, source, accepted,
        (ev, p) -> FilteredMeasure.of(query.apply(p)).apply(ev),
        p -> FilteredMeasure.of(query.apply(p))::apply, null, null, null);
  }

  /**
   * This measure with the words of the catalogue ({@link MeasureRegistry#catalogue()}): what it
   * counts, the evidence kind it reads and, when its source is modelled, why.
   *
   * @param newLabel what the measure counts in zh-CN and en, such as 五老名册人数 / elders on the
   *     roster; not null
   * @param kind the logical name of the evidence kind it reads ({@link EvidenceKinds#names()}),
   *     such as {@code elder}; not null
   * @param note why the source is modelled rather than a clause's own words, in zh-CN and en; null
   *     when the clause is cited as it stands
   * @return a new measure, equal in name, type, parameters and function
   * @throws NullPointerException if the label or the kind is null
   * @throws IllegalArgumentException if no evidence kind has that name
   */
  public Measure describedAs(LocalizedText newLabel, String kind, LocalizedText note) {
    return new Measure(name, type, unit, monotone, source, accepted, function, binder,
        Objects.requireNonNull(newLabel, "newLabel"), Objects.requireNonNull(kind, "kind"), note);
  }

  /**
   * What the measure counts, for catalogues and reports.
   *
   * @return the label in zh-CN and en; the name in both languages when none was given; never null
   */
  public LocalizedText getLabel() {
    return label;
  }

  /**
   * The evidence kind the measure reads.
   *
   * @return its logical name ({@link EvidenceKinds#names()}), such as {@code elder}; empty for a
   *     measure defined without one (such as an embedder's that reads several)
   */
  public Optional<String> getEvidenceKind() {
    return Optional.ofNullable(evidenceKind);
  }

  /**
   * Why the source is modelled.
   *
   * @return the reason in zh-CN and en; empty when the source clause is cited as it stands
   */
  public Optional<LocalizedText> getSourceNote() {
    return Optional.ofNullable(sourceNote);
  }

  /**
   * Whether the measure counts only the assessment year's evidence by default: true when the
   * evidence kind it reads is dated ({@link io.github.ggw.standards.model.evidence.EvidenceKind#dateField()});
   * {@code withinYear = false}, where accepted, counts every year. Standing facts (the
   * organisation, the roster, carriers, designations held…) count whatever their dates.
   *
   * @return true for a dated kind; false for a standing kind or no declared kind
   */
  public boolean countsOnlyTheAssessmentYear() {
    return getEvidenceKind().flatMap(EvidenceKinds::byName)
        .map(k -> k.dateField().isPresent()).orElse(false);
  }

  /**
   * The measure as the catalogue lists it.
   *
   * @return its descriptor, never null
   */
  public MeasureDescriptor descriptor() {
    return MeasureDescriptor.of(this);
  }

  /**
   * The name rules refer to.
   *
   * @return the name, such as {@code elders.count}; never null
   */
  public MeasureName getName() {
    return name;
  }

  /**
   * The type of the value.
   *
   * @return the value type; never null
   */
  public MeasureType getType() {
    return type;
  }

  /**
   * The unit of the value, for reports.
   *
   * @return the unit in both languages, such as 人/persons; never null
   */
  public LocalizedText getUnit() {
    return unit;
  }

  /**
   * Whether the measure is monotone.
   *
   * @return whether adding evidence never lowers the value
   */
  public boolean isMonotone() {
    return monotone;
  }

  /**
   * The clause the measure comes from.
   *
   * @return the source, such as {@code seed §四.2}; never null
   */
  public String getSource() {
    return source;
  }

  /**
   * The parameters a rule may give this measure; any other is a finding when a standard loads.
   *
   * @return the parameters accepted, immutable; empty when it takes none
   */
  public Set<MeasureParameter> getAccepted() {
    return accepted;
  }

  /**
   * Computes the value.
   *
   * @param evidence the counted evidence of the assessment year
   * @param parameters the parameters, already checked to be accepted
   * @return the value, {@code >= 0}
   */
  public BigDecimal apply(EvidenceInYear evidence, MeasureParameters parameters) {
    return function.apply(evidence, parameters);
  }

  /**
   * This measure with its parameters fixed, for a scorer that evaluates one rule many times: a
   * measure defined by a query ({@link #ofQuery}) compiles its query here, once; any other
   * measure calls its function.
   *
   * @param parameters the parameters a rule gives, already checked to be accepted; not null
   * @return the function from counted evidence to the value, equal to {@link #apply} with these
   *     parameters; thread-safe
   * @throws NullPointerException if the parameters are null
   */
  public Function<EvidenceInYear, BigDecimal> bind(MeasureParameters parameters) {
    return binder.apply(Objects.requireNonNull(parameters, "parameters"));
  }

  @Override
  public String toString() {
    return name + " (" + type + ")";
  }
}
