package io.github.ggw.standards.model.rule;

import io.github.ggw.standards.model.StandardsException;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference from a rule to a measure: its name and the parameters given to it, such as {@code
 * activities.count} with {@code activityKinds = [SPEECH_CONTEST]} and {@code minLevel =
 * DISTRICT}; or a filtered measure written as data ({@link EvidenceQuery}), such as {@code
 * count=activity; where=level>=CITY}. Checked against the registry (and, for a filtered measure,
 * the evidence-kind registry) when a standard loads.
 *
 * @param name the measure's name, not null; for a filtered measure {@link
 *     EvidenceQuery#measureName()}, such as {@code count.activity}
 * @param parameters its parameters, not null ({@link MeasureParameters#none()} for none, and
 *     always for a filtered measure, whose filters are its {@code where})
 * @param query the filtered measure, or empty for a measure of the registry named by {@code
 *     name}; not null
 */
public record MeasureRef(MeasureName name, MeasureParameters parameters,
    Optional<EvidenceQuery> query) {

  /**
   * Checks that no component is null and that a filtered measure carries its own name and no
   * parameters.
   *
   * @param name the {@code name} component, as described on the record
   * @param parameters the {@code parameters} component, as described on the record
   * @param query the {@code query} component, as described on the record
   * @throws StandardsException if a filtered measure has parameters or another name than its
   *     query's
   */
  public MeasureRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(query, "query");
    if (query.isPresent() && (!parameters.getGiven().isEmpty()
        || !name.equals(query.get().measureName()))) {
      throw new StandardsException(
          "a filtered measure is named by its query and takes no parameters", name.value());
    }
  }

  /**
   * A reference to a measure of the registry (no filtered measure).
   *
   * @param name the measure's name, not null
   * @param parameters its parameters, not null
   */
  public MeasureRef(MeasureName name, MeasureParameters parameters) {
    this(name, parameters, Optional.empty());
  }

  /**
   * A filtered measure.
   *
   * @param query the query, not null
   * @return the reference, named {@link EvidenceQuery#measureName()}, without parameters
   */
  public static MeasureRef of(EvidenceQuery query) {
    return new MeasureRef(query.measureName(), MeasureParameters.none(), Optional.of(query));
  }

  /**
   * A reference without parameters.
   *
   * @param name the measure name, such as {@code elders.count}
   * @return the reference
   */
  public static MeasureRef of(String name) {
    return new MeasureRef(MeasureName.of(name), MeasureParameters.none());
  }

  /**
   * A reference with parameters.
   *
   * @param name the measure name
   * @param parameters the parameters
   * @return the reference
   */
  public static MeasureRef of(String name, MeasureParameters parameters) {
    return new MeasureRef(MeasureName.of(name), parameters);
  }
}
