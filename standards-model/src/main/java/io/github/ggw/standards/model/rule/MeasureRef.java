package io.github.ggw.standards.model.rule;

import java.util.Objects;

/**
 * A reference from a rule to a measure: its name and the parameters given to it, such as {@code
 * activities.count} with {@code activityKinds = [SPEECH_CONTEST]} and {@code minLevel =
 * DISTRICT}. Checked against the registry when a standard loads.
 *
 * @param name the measure's name, not null
 * @param parameters its parameters, not null ({@link MeasureParameters#none()} for none)
 */
public record MeasureRef(MeasureName name, MeasureParameters parameters) {

  /**
   * Checks that neither component is null.
   *
   * @param name the {@code name} component, as described on the record
   * @param parameters the {@code parameters} component, as described on the record
   */
  public MeasureRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameters, "parameters");
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
