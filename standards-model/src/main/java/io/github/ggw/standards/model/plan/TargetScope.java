package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.standard.UnitType;
import java.util.Objects;
import java.util.Optional;

/**
 * Which units a target speaks of (目标范围): the whole district, or one unit type in it.
 *
 * @param unitType the unit type, or empty for every unit of the district
 */
public record TargetScope(Optional<UnitType> unitType) {
  private static final TargetScope DISTRICT = new TargetScope(Optional.empty());

  /**
   * Checks that the component is not null.
   *
   * @param unitType the {@code unitType} component, as described on the record
   */
  public TargetScope {
    Objects.requireNonNull(unitType, "unitType");
  }

  /**
   * The whole district.
   *
   * @return the scope of every unit
   */
  public static TargetScope district() {
    return DISTRICT;
  }

  /**
   * One unit type.
   *
   * @param type the type, not null
   * @return the scope of the units of that type
   */
  public static TargetScope of(UnitType type) {
    return new TargetScope(Optional.of(type));
  }

  /**
   * Whether a unit of a type is in scope.
   *
   * @param type the unit's type, not null
   * @return true for the whole district, or when the type is the scope's
   */
  public boolean includes(UnitType type) {
    return unitType.map(type::equals).orElse(true);
  }
}
