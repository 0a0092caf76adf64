package io.github.ggw.standards.model.standard;

import io.github.ggw.standards.model.Labels;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resolves a tailored {@link Profile} into a standalone {@link Standard} (裁剪方案解析).
 *
 * <p>Steps: the profile must name the base standard's identifier and version and a unit type it
 * covers ({@code STANDARD_PROFILE_MISMATCH}); every code it names must exist in the base ({@code
 * STANDARD_DANGLING_CODE}). The tree is then cut: an item is kept when it, an ancestor or a
 * descendant is selected (an empty selection keeps all), and is not excluded itself or through an
 * ancestor; a parent left without children is dropped. Changed points and weights are applied; a
 * parent's points become the sum of its kept regular and key children unless the profile changes
 * them. When no regular or key leaf is left the profile is refused ({@code
 * STANDARD_PROFILE_EMPTY}). The result covers the profile's unit type only, takes the profile's
 * identifier, version, title and source and, when given, its bands and threshold; every other
 * setting comes from the base. It is then built and checked again: every error finding of the
 * checks (budgets, weights, bands …) refuses it.
 *
 * <p>Pure and thread-safe.
 */
public final class ProfileResolver {
  private ProfileResolver() {}

  /**
   * Resolves a profile.
   *
   * @param base the base standard, not null
   * @param profile the profile, not null
   * @return the tailored standard with its warnings, or every finding that refused it
   */
  public static Result<Standard> resolve(Standard base, Profile profile) {
    List<Problem> findings = new ArrayList<>();
    if (!base.getId().equals(profile.getBase())
        || !base.getVersion().equals(profile.getBaseVersion())
        || !base.getApplicableUnitTypes().contains(profile.getUnitType())) {
      findings.add(Problem.of(ProblemCode.STANDARD_PROFILE_MISMATCH, Location.unknown(),
          profile.getBase() + " " + profile.getBaseVersion(), profile.getBase().toString(),
          profile.getBaseVersion().toString(), profile.getUnitType().name(),
          base.getId().toString(), base.getVersion().toString(),
          base.getApplicableUnitTypes().toString(), Labels.of(profile.getUnitType()).zh(),
          base.getApplicableUnitTypes().stream().map(t -> Labels.of(t).zh())
              .collect(java.util.stream.Collectors.joining("、"))));
      return Result.refused(findings);
    }
    Set<CriterionCode> known = new HashSet<>();
    base.getAllCriteria().forEach(c -> known.add(c.getCode()));
    Stream.of(profile.getSelect().stream(), profile.getExclude().stream(),
            profile.getPointsChanges().stream().map(ProfilePointsChange::code),
            profile.getWeightChanges().stream().map(WeightChange::code))
        .flatMap(s -> s)
        .filter(code -> !known.contains(code))
        .forEach(code -> findings.add(Problem.of(ProblemCode.STANDARD_DANGLING_CODE,
            Location.criterion(code), code.toString(), code.toString())));
    if (!findings.isEmpty()) {
      return Result.refused(findings);
    }
    Cut cut = new Cut(profile);
    List<Criterion> dims = new ArrayList<>();
    for (Criterion d : base.getDimensions()) {
      cut.tailor(d, false).ifPresent(dims::add);
    }
    boolean scored = dims.stream().flatMap(Criterion::getSelfAndDescendants)
        .anyMatch(c -> c.isLeaf() && c.isBudgeted());
    if (!scored) {
      findings.add(Problem.of(ProblemCode.STANDARD_PROFILE_EMPTY, Location.unknown(),
          profile.getId().toString(), profile.getId().toString()));
      return Result.refused(findings);
    }
    ImmutableStandard.Builder b = Standard.builder().from(base)
        .id(profile.getId()).version(profile.getVersion()).title(profile.getTitle())
        .replaces(Optional.empty()).source(profile.getSource())
        .applicableUnitTypes(EnumSet.of(profile.getUnitType()))
        .dimensions(dims);
    if (!profile.getRatingBands().isEmpty()) {
      b.ratingBands(profile.getRatingBands());
    }
    profile.getCertificationThreshold().ifPresent(b::certificationThreshold);
    try {
      Standard tailored = b.build();
      return Result.of(tailored, tailored.getFindings());
    } catch (InvalidStandardException e) {
      return Result.refused(e.getFindings());
    }
  }

  /** The cut of one resolution: the profile's sets, applied node by node. */
  private static final class Cut {
    private final UnitType type;
    private final Set<CriterionCode> select;
    private final Set<CriterionCode> exclude;
    private final Map<CriterionCode, Points> points = new HashMap<>();
    private final Map<CriterionCode, BigDecimal> weights = new HashMap<>();

    Cut(Profile p) {
      this.type = p.getUnitType();
      this.select = new HashSet<>(p.getSelect());
      this.exclude = new HashSet<>(p.getExclude());
      p.getPointsChanges().forEach(c -> points.put(c.code(), c.points()));
      p.getWeightChanges().forEach(c -> weights.put(c.code(), c.weight()));
    }

    Optional<Criterion> tailor(Criterion c, boolean ancestorSelected) {
      if (exclude.contains(c.getCode())) {
        return Optional.empty();
      }
      boolean selected = select.isEmpty() || ancestorSelected || select.contains(c.getCode());
      ImmutableCriterion copy = ImmutableCriterion.copyOf(c)
          .withNotApplicableTo(c.isNotApplicableTo(type) ? EnumSet.of(type)
              : EnumSet.noneOf(UnitType.class));
      if (weights.containsKey(c.getCode())) {
        copy = copy.withWeight(weights.get(c.getCode()));
      }
      if (c.isLeaf()) {
        return selected
            ? Optional.of(copy.withMaxPoints(points.getOrDefault(c.getCode(), c.getMaxPoints())))
            : Optional.empty();
      }
      List<Criterion> kids = new ArrayList<>();
      for (Criterion child : c.getChildren()) {
        tailor(child, selected).ifPresent(kids::add);
      }
      if (kids.isEmpty()) {
        return Optional.empty();
      }
      Points sum = kids.stream().filter(Criterion::isBudgeted).map(Criterion::getMaxPoints)
          .reduce(Points.ZERO, Points::plus);
      return Optional.of(copy.withChildren(kids)
          .withMaxPoints(points.getOrDefault(c.getCode(), sum)));
    }
  }
}
