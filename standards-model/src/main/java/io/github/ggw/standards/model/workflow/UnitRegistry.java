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
 * <p>It also lists the offices that review and approve, with the actors who act for them and
 * the public keys their decisions are signed with (see docs/workflow.md, “Offices and signed
 * decisions”), and whether it is a demonstration registry ({@link #isDemo()}), the only kind
 * that accepts the library's published demo keys.
 *
 * <p>Keep former actors in the registry: a case file read back is replayed against it, and an
 * actor who has left would make the replay refuse their old events. Immutable and thread-safe.
 */
public final class UnitRegistry {
  private final ImmutableList<RegisteredUnit> units;
  private final ImmutableList<Actor> actors;
  private final ImmutableMap<UnitId, RegisteredUnit> unitIndex;
  private final ImmutableMap<ActorId, Actor> actorIndex;
  private final ImmutableList<Office> offices;
  private final ImmutableMap<OfficeId, Office> officeIndex;
  private final boolean demo;

  private UnitRegistry(List<RegisteredUnit> units, List<Actor> actors, List<Office> offices,
      boolean demo) {
    this.units = ImmutableList.copyOf(units);
    this.actors = ImmutableList.copyOf(actors);
    this.offices = ImmutableList.copyOf(offices);
    this.demo = demo;
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
    Map<OfficeId, Office> o = new LinkedHashMap<>();
    Map<String, OfficeId> keyHolders = new LinkedHashMap<>();
    for (Office office : this.offices) {
      if (o.put(office.id(), office) != null) {
        throw new StandardsException("office registered twice: " + office.id(),
            office.id().value());
      }
      for (ActorId member : office.actors()) {
        if (!a.containsKey(member)) {
          throw new StandardsException("office " + office.id() + " lists the unregistered actor "
              + member, member.value());
        }
      }
      for (OfficeKey key : office.keys()) {
        OfficeId other = keyHolders.put(key.keyId(), office.id());
        if (other != null) {
          throw new StandardsException("key " + key.keyId() + " is held by two offices: " + other
              + ", " + office.id(), key.keyId());
        }
      }
    }
    this.officeIndex = ImmutableMap.copyOf(o);
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
    return new UnitRegistry(units, actors, List.of(), false);
  }

  /**
   * A registry with offices.
   *
   * @param units the units, each identifier once, not null
   * @param actors the actors, each identifier once, staff only of registered units, not null
   * @param offices the offices, each identifier once, listing registered actors only, no key id
   *     held by two offices, not null
   * @param demo whether this is a demonstration registry, which alone accepts the library's demo
   *     keys
   * @return the registry
   * @throws StandardsException if an identifier repeats, an actor is staff of an unregistered
   *     unit, an office lists an unregistered actor or two offices hold one key
   */
  public static UnitRegistry of(List<RegisteredUnit> units, List<Actor> actors,
      List<Office> offices, boolean demo) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(offices, "offices");
    return new UnitRegistry(units, actors, offices, demo);
  }

  /**
   * The offices, in the order given.
   *
   * @return the offices; empty for a registry without them
   */
  public List<Office> getOffices() {
    return offices;
  }

  /**
   * Finds an office.
   *
   * @param id the office's identifier, not null
   * @return the office, or empty when not registered
   */
  public Optional<Office> office(OfficeId id) {
    return Optional.ofNullable(officeIndex.get(id));
  }

  /**
   * The office holding a key.
   *
   * @param keyId the key id, not null
   * @return the office that lists the key, or empty
   */
  public Optional<Office> officeOfKey(String keyId) {
    return offices.stream().filter(o -> o.key(keyId).isPresent()).findFirst();
  }

  /**
   * Whether this is a demonstration registry (示例名册, {@code "demo": true}): only such a
   * registry accepts the library's published demo keys.
   *
   * @return true for a demonstration registry
   */
  public boolean isDemo() {
    return demo;
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
    return o instanceof UnitRegistry r && units.equals(r.units) && actors.equals(r.actors)
        && offices.equals(r.offices) && demo == r.demo;
  }

  @Override
  public int hashCode() {
    return Objects.hash(units, actors, offices, demo);
  }

  @Override
  public String toString() {
    return "UnitRegistry[" + units.size() + " unit(s), " + actors.size() + " actor(s), "
        + offices.size() + " office(s)" + (demo ? ", demo" : "") + "]";
  }
}
