package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableSortedSet;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.UnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person or office registered to act in the workflow (经办人), with one role, a jurisdiction
 * and the units whose staff they belong to. Actors come from the {@link UnitRegistry} given to
 * the workflow, never from a submitted file.
 *
 * <p>Local invariants: unit staff belong to at least one unit and have no jurisdiction; a
 * district reviewer has a jurisdiction (a district code, or the city's code for city-run schools);
 * a city approver has a city-level code ({@link Jurisdictions#isCityLevel}). A reviewer or
 * approver may also be on the staff of units (a seconded head teacher, say): the workflow then
 * refuses to let them act on those units.
 *
 * @param id the identifier, not null
 * @param name the person's or office's display name, 1 to 100 characters
 * @param role the role, not null
 * @param jurisdiction the district or city code the actor acts for; empty for unit staff
 * @param staffOf the units whose staff the actor belongs to (本单位), sorted; not empty for unit
 *     staff
 */
public record Actor(
    @NotNull @Valid ActorId id,
    @NotBlank @Size(max = 100) String name,
    @NotNull Role role,
    Optional<@Valid DistrictCode> jurisdiction,
    Set<@NotNull UnitId> staffOf) {

  /**
   * Checks the components.
   *
   * @throws StandardsException if the name is blank or longer than 100 characters, or the role's
   *     invariant (see the class comment) is broken
   * @throws NullPointerException if a component is null
   *
   * @param id the {@code id} component, as described on the record
   * @param name the {@code name} component, as described on the record
   * @param role the {@code role} component, as described on the record
   * @param jurisdiction the {@code jurisdiction} component, as described on the record
   * @param staffOf the {@code staffOf} component, as described on the record
   */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    staffOf = ImmutableSortedSet.copyOf(staffOf);
    if (name.isBlank() || name.length() > 100) {
      throw new StandardsException("an actor name must be 1 to 100 characters", name);
    }
    switch (role) {
      case UNIT_STAFF -> {
        if (staffOf.isEmpty() || jurisdiction.isPresent()) {
          throw new StandardsException(
              "unit staff belong to at least one unit and have no jurisdiction: " + id,
              id.value());
        }
      }
      case DISTRICT_REVIEWER -> {
        if (jurisdiction.isEmpty()) {
          throw new StandardsException("a district reviewer needs a jurisdiction: " + id,
              id.value());
        }
      }
      case CITY_APPROVER -> {
        if (jurisdiction.isEmpty() || !Jurisdictions.isCityLevel(jurisdiction.get())) {
          throw new StandardsException(
              "a city approver needs a city-level jurisdiction such as 320400: " + id,
              id.value());
        }
      }
    }
  }

  /**
   * Whether the actor belongs to a unit's staff.
   *
   * @param unit the unit, not null
   * @return true when {@link #staffOf()} holds it
   */
  public boolean isStaffOf(UnitId unit) {
    return staffOf.contains(unit);
  }
}
