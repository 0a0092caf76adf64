package io.github.ggw.standards.model.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One elder on the committee's roster (五老队伍成员). Source: seed §二.3 (strengthen the five
 * elders' team), §四.2 (core, backbone and participant tiers; retired teachers as the backbone).
 *
 * @param elder an opaque reference, not null
 * @param category the kind of elder, not null
 * @param tier the layer in the team, not null
 * @param retiredTeacher whether the elder is a retired teacher (退休教师)
 * @param joined the date the elder joined, not null
 */
public record ElderMember(
    @NotNull @Valid ElderRef elder,
    @NotNull ElderCategory category,
    @NotNull Tier tier,
    boolean retiredTeacher,
    @NotNull LocalDate joined)
    implements Evidence {

  /**
   * Checks that no component is null.
   *
   * @param elder the {@code elder} component, as described on the record
   * @param category the {@code category} component, as described on the record
   * @param tier the {@code tier} component, as described on the record
   * @param retiredTeacher the {@code retiredTeacher} component, as described on the record
   * @param joined the {@code joined} component, as described on the record
   */
  public ElderMember {
    Checks.required(elder, "elder");
    Checks.required(category, "category");
    Checks.required(tier, "tier");
    Checks.required(joined, "joined");
  }

  /** A roster entry is a standing fact, counted whatever its joining date. */
  @Override
  public Optional<LocalDate> dated() {
    return Optional.empty();
  }
}
