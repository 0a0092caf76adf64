package io.github.ggw.standards.rules.measure;

import io.github.ggw.standards.model.rule.MeasureParameter;
import java.util.List;
import java.util.Objects;

/**
 * One parameter a measure accepts, as the catalogue lists it (度量参数说明).
 *
 * @param name the name as standards write it (the JSON member, the key of a CSV parameters
 *     cell), such as {@code minLevel}; never the enum constant's name
 * @param parameter the typed parameter, not null
 * @param type how the value is written and read, not null
 * @param allowedValues the values that may be given, as written: enumeration constants in their
 *     declared order (for {@link ParameterType#AT_LEAST}, lowest first), or {@code true} and
 *     {@code false}; unmodifiable, never empty
 */
public record ParameterDescriptor(
    String name, MeasureParameter parameter, ParameterType type, List<String> allowedValues) {

  /**
   * Checks the components.
   *
   * @param name the {@code name} component, as described on the record
   * @param parameter the {@code parameter} component, as described on the record
   * @param type the {@code type} component, as described on the record
   * @param allowedValues the {@code allowedValues} component, as described on the record
   * @throws NullPointerException if a component is null
   */
  public ParameterDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(type, "type");
    allowedValues = List.copyOf(allowedValues);
  }

  /**
   * The descriptor of a parameter.
   *
   * @param parameter the parameter, not null
   * @return its descriptor
   */
  public static ParameterDescriptor of(MeasureParameter parameter) {
    ParameterType type = parameter.isFlag() ? ParameterType.FLAG
        : parameter.isMinimum() ? ParameterType.AT_LEAST : ParameterType.ANY_OF;
    return new ParameterDescriptor(
        parameter.writtenName(), parameter, type, parameter.allowedValues());
  }

  /** How a parameter's value is written and what it selects. */
  public enum ParameterType {
    /** A list of values; a record counts when its value is one of them (absent: every value). */
    ANY_OF,
    /** One value of an ordered enumeration; a record counts when its value is that or above. */
    AT_LEAST,
    /** {@code true} or {@code false}. */
    FLAG
  }
}
