package io.github.ggw.standards.rules.measure;

import com.google.common.collect.ImmutableSet;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameter;
import io.github.ggw.standards.model.rule.MeasureParameters;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

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

  private Measure(
      MeasureName name,
      MeasureType type,
      LocalizedText unit,
      boolean monotone,
      String source,
      Set<MeasureParameter> accepted,
      BiFunction<EvidenceInYear, MeasureParameters, BigDecimal> function) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.monotone = monotone;
    this.source = Objects.requireNonNull(source, "source");
    this.accepted = ImmutableSet.copyOf(accepted);
    this.function = Objects.requireNonNull(function, "function");
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
    return new Measure(MeasureName.of(name), type, unit, monotone, source, accepted, function);
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

  @Override
  public String toString() {
    return name + " (" + type + ")";
  }
}
