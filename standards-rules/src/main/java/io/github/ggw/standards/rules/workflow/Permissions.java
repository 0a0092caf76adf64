package io.github.ggw.standards.rules.workflow;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.RegisteredUnit;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import java.util.Objects;

/**
 * Who may act on a unit's case file (权限), read from the unit registry and never from the file:
 * actors are registered in one role; a unit is registered with the record the file carries; only
 * a unit's own staff act for it; a reviewer or approver is never on the unit's staff and acts
 * only within the unit's review jurisdiction (its district, or the city for city-run schools) or
 * its city. Each broken rule raises {@link RefusedTransitionException} with its {@link
 * RefusalCode}. Immutable.
 */
final class Permissions {
  private final UnitRegistry registry;

  /**
   * Permissions from a registry.
   *
   * @param registry the units and actors, not null
   */
  Permissions(UnitRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * The registered actor, who must hold the role.
   *
   * @param id the actor's id, not null
   * @param role the role the transition needs
   * @return the actor as registered
   * @throws RefusedTransitionException {@code ACTOR_NOT_REGISTERED}, {@code ROLE_NOT_PERMITTED}
   */
  Actor actor(ActorId id, Role role) {
    Objects.requireNonNull(id, "actor");
    Actor a = registry.actor(id).orElseThrow(() ->
        RefusedTransitionException.of(RefusalCode.ACTOR_NOT_REGISTERED, id.value()));
    if (a.role() != role) {
      throw RefusedTransitionException.ofLabels(RefusalCode.ROLE_NOT_PERMITTED, id.value(),
          Labels.of(a.role()), Labels.of(role));
    }
    return a;
  }

  /**
   * The unit as registered, whose record must equal the one given.
   *
   * @param unit the unit as a file or assessment names it
   * @return the registered unit
   * @throws RefusedTransitionException {@code UNIT_NOT_REGISTERED}, {@code UNIT_RECORD_MISMATCH}
   */
  RegisteredUnit registered(Unit unit) {
    RegisteredUnit r = registry.unit(unit.id()).orElseThrow(() ->
        RefusedTransitionException.of(RefusalCode.UNIT_NOT_REGISTERED, unit.id().value()));
    if (!r.unit().equals(unit)) {
      Unit u = r.unit();
      throw RefusedTransitionException.of(RefusalCode.UNIT_RECORD_MISMATCH, unit.id().value(),
          u.name() + ", " + u.type() + ", " + u.district());
    }
    return r;
  }

  /**
   * The registered unit a staff member acts for (submission, resubmission).
   *
   * @param actor a registered unit staff member
   * @param unit the unit as the file or assessment names it
   * @return the registered unit
   * @throws RefusedTransitionException {@code UNIT_NOT_REGISTERED}, {@code
   *     UNIT_RECORD_MISMATCH}, {@code NOT_UNIT_STAFF}
   */
  RegisteredUnit staffUnit(Actor actor, Unit unit) {
    RegisteredUnit r = registered(unit);
    if (!actor.isStaffOf(r.unit().id())) {
      throw RefusedTransitionException.of(RefusalCode.NOT_UNIT_STAFF, actor.id().value(),
          r.unit().id().value());
    }
    return r;
  }

  /**
   * A reviewer or approver permitted to act on a unit: registered in the role, not on the unit's
   * staff, and of the unit's review jurisdiction ({@link Role#DISTRICT_REVIEWER}) or city
   * ({@link Role#CITY_APPROVER}).
   *
   * @param id the actor's id, not null
   * @param role {@link Role#DISTRICT_REVIEWER} or {@link Role#CITY_APPROVER}
   * @param unit the unit as the file names it
   * @return the actor
   * @throws RefusedTransitionException {@code ACTOR_NOT_REGISTERED}, {@code
   *     ROLE_NOT_PERMITTED}, {@code UNIT_NOT_REGISTERED}, {@code UNIT_RECORD_MISMATCH}, {@code
   *     OWN_UNIT}, {@code OUTSIDE_JURISDICTION}
   */
  Actor official(ActorId id, Role role, Unit unit) {
    Actor actor = actor(id, role);
    RegisteredUnit r = registered(unit);
    if (actor.isStaffOf(r.unit().id())) {
      throw RefusedTransitionException.of(RefusalCode.OWN_UNIT, actor.id().value(),
          r.unit().id().value());
    }
    DistrictCode jurisdiction = role == Role.CITY_APPROVER ? r.city()
        : r.reviewingJurisdiction();
    DistrictCode own = actor.jurisdiction().orElseThrow();
    if (!own.equals(jurisdiction)) {
      throw RefusedTransitionException.of(RefusalCode.OUTSIDE_JURISDICTION, actor.id().value(),
          own.value(), r.unit().id().value(), jurisdiction.value());
    }
    return actor;
  }
}
