package io.github.ggw.standards.model.assessment;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.UnitType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A school or kindergarten whose committee is assessed (单位).
 *
 * @param id the unit code, not null
 * @param name the unit's name, 1 to 100 characters
 * @param type the unit type, not null
 * @param district the district by GB/T 2260 code, not null
 */
public record Unit(
    @NotNull @Valid UnitId id,
    @NotBlank @Size(max = 100) String name,
    @NotNull UnitType type,
    @NotNull @Valid DistrictCode district) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the name is blank or longer than 100 characters
   *
   * @param id the {@code id} component, as described on the record
   * @param name the {@code name} component, as described on the record
   * @param type the {@code type} component, as described on the record
   * @param district the {@code district} component, as described on the record
   */
  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(district, "district");
    if (name.isBlank() || name.length() > 100) {
      throw new StandardsException("a unit name must be 1 to 100 characters", String.valueOf(name));
    }
  }
}
