package io.github.ggw.standards.model.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.UnitId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of units and actors given to the workflow (单位与人员名册): which district each unit
 * belongs to, whether it is city-run, and who may act, in which role, for which jurisdiction, and
 * on whose staff. Jurisdiction is always read from here, never from a submitted file (see
 * docs/workflow.md, “Who may act: the unit registry”).
 *
 * <p>Keep former actors in the registry: a case file read back is replayed against it, and an
 * actor who has left would make the replay refuse their old events. Immutable and thread-safe.
 */
public final class UnitRegistry {
  private final ImmutableList<RegisteredUnit> units;
  private final ImmutableList<Actor> actors;
  private final ImmutableMap<UnitId, RegisteredUnit> unitIndex;
  private final ImmutableMap<ActorId, Actor> actorIndex;

  private UnitRegistry(List<RegisteredUnit> units, List<Actor> actors) {
    this.units = ImmutableList.copyOf(units);
    this.actors = ImmutableList.copyOf(actors);
    Map<UnitId, RegisteredUnit> u = new LinkedHashMap<>();
    for (RegisteredUnit r : this.units) {
      if (u.put(r.unit().id(), r) != null) {
        throw new StandardsException("unit registered twice: " + r.unit().id(),
            r.unit().id().value());
      }
    }
    Map<ActorId, Actor> a = new LinkedHashMap<>();
    for (Actor actor : this.actors) {
      if (a.put(actor.id(), actor) != null) {
        throw new StandardsException("actor registered twice: " + actor.id(), actor.id().value());
      }
      for (UnitId staffOf : actor.staffOf()) {
        if (!u.containsKey(staffOf)) {
          throw new StandardsException("actor " + actor.id() + " is staff of the unregistered unit "
              + staffOf, staffOf.value());
        }
      }
    }
    this.unitIndex = ImmutableMap.copyOf(u);
    this.actorIndex = ImmutableMap.copyOf(a);
  }

  /**
   * A registry.
   *
   * @param units the units, each identifier once, not null
   * @param actors the actors, each identifier once, staff only of registered units, not null
   * @return the registry
   * @throws StandardsException if an identifier repeats or an actor is staff of an unregistered
   *     unit
   */
  public static UnitRegistry of(List<RegisteredUnit> units, List<Actor> actors) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(actors, "actors");
    return new UnitRegistry(units, actors);
  }

  /**
   * The units, in the order given.
   *
   * @return the units
   */
  public List<RegisteredUnit> getUnits() {
    return units;
  }

  /**
   * The actors, in the order given.
   *
   * @return the actors
   */
  public List<Actor> getActors() {
    return actors;
  }

  /**
   * Finds a unit.
   *
   * @param id the unit's identifier, not null
   * @return the registered unit, or empty when not registered
   */
  public Optional<RegisteredUnit> unit(UnitId id) {
    return Optional.ofNullable(unitIndex.get(id));
  }

  /**
   * Finds an actor.
   *
   * @param id the actor's identifier, not null
   * @return the actor, or empty when not registered
   */
  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(actorIndex.get(id));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitRegistry r && units.equals(r.units) && actors.equals(r.actors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(units, actors);
  }

  @Override
  public String toString() {
    return "UnitRegistry[" + units.size() + " unit(s), " + actors.size() + " actor(s)]";
  }
}
