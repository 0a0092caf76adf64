package io.github.ggw.standards.rules.plan;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.AnnualTarget;
import io.github.ggw.standards.model.plan.StagedAssessment;
import io.github.ggw.standards.model.plan.TargetScope;
import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.stats.DistrictStatistics;
import io.github.ggw.standards.rules.stats.Shares;
import io.github.ggw.standards.rules.stats.Spread;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the progress of a district's action plan (行动计划进展) from its units' score reports
 * and the designations conferred on them, for one or more years. Source: seed §一.4 ("逐年有序落实，
 * 分阶段考核").
 *
 * <p>What counts: reports of units of the plan's district for years of the plan's period, and
 * designations of its units conferred in or before the period's last year; the rest is left out
 * with a warning ({@link ProblemCode#PLAN_OTHER_DISTRICT}, {@link ProblemCode#PLAN_OUTSIDE_PERIOD}).
 * Two reports of one unit for one year stop the computation ({@link
 * ProblemCode#PLAN_DUPLICATE_REPORT}). A year "has data" when a report or a designation of that
 * year is counted; a target of a year without data, or whose share has nobody to count, has no
 * data. Each metric is defined on {@link io.github.ggw.standards.model.plan.Metric}. Shares and
 * means are exact (DECIMAL128). Thread-safe: it keeps no state.
 */
public final class ProgressCalculator {
  private ProgressCalculator() {}

  /**
   * Computes a plan's progress.
   *
   * @param plan the plan, not null
   * @param reports the score reports of any years, not null
   * @param designations the designations conferred, not null
   * @return the progress with its warnings, or the duplicate-report errors
   */
  public static Result<PlanProgress> compute(
      ActionPlan plan, List<ScoreReport> reports, List<UnitDesignation> designations) {
    Objects.requireNonNull(plan, "plan");
    List<Problem> problems = new ArrayList<>();
    List<ScoreReport> counted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ScoreReport r : reports) {
      if (inDistrict(plan, r.unit(), problems)
          && inPeriod(plan, r.unit(), r.year(), r.year() < plan.getPeriod().firstYear(), problems)) {
        if (!seen.add(r.unit().id() + "/" + r.year())) {
          problems.add(Problem.of(ProblemCode.PLAN_DUPLICATE_REPORT, Location.unknown(),
              r.unit().id().value(), r.unit().id().value(), String.valueOf(r.year())));
        }
        counted.add(r);
      }
    }
    List<UnitDesignation> held = designations.stream()
        .filter(d -> inDistrict(plan, d.unit(), problems)
            && inPeriod(plan, d.unit(), d.year(), false, problems))
        .toList();
    if (problems.stream().anyMatch(Problem::isError)) {
      return Result.<PlanProgress>refused(problems);
    }
    Data data = new Data(counted, held, plan);
    return Result.of(new PlanProgress(plan, List.copyOf(data.years),
        data.population.size(),
        plan.getTargets().stream().map(t -> TargetAttainment.of(t, data.actual(t))).toList(),
        data.bands(), data.changes(),
        plan.getAssessments().stream().map(data::milestone).toList(), problems));
  }

  private static boolean inDistrict(ActionPlan plan, Unit unit, List<Problem> problems) {
    if (unit.district().equals(plan.getDistrict())) {
      return true;
    }
    problems.add(Problem.of(ProblemCode.PLAN_OTHER_DISTRICT, Location.unknown(),
        unit.district().value(), unit.id().value(), unit.district().value(),
        plan.getDistrict().value()));
    return false;
  }

  private static boolean inPeriod(ActionPlan plan, Unit unit, int year, boolean before,
      List<Problem> problems) {
    if (!before && year <= plan.getPeriod().lastYear()) {
      return true;
    }
    problems.add(Problem.of(ProblemCode.PLAN_OUTSIDE_PERIOD, Location.unknown(),
        String.valueOf(year), unit.id().value(), String.valueOf(year),
        plan.getPeriod().toString()));
    return false;
  }

  /** The counted data of one computation. */
  private static final class Data {
    private final List<ScoreReport> reports;
    private final List<UnitDesignation> designations;
    private final Map<UnitId, Unit> population = new TreeMap<>();
    private final SortedSet<Integer> years = new TreeSet<>();

    Data(List<ScoreReport> reports, List<UnitDesignation> designations, ActionPlan plan) {
      this.reports = reports;
      this.designations = designations;
      reports.forEach(r -> population.put(r.unit().id(), r.unit()));
      designations.forEach(d -> population.putIfAbsent(d.unit().id(), d.unit()));
      reports.forEach(r -> years.add(r.year()));
      designations.stream().map(UnitDesignation::year)
          .filter(y -> plan.getPeriod().contains(y)).forEach(years::add);
    }

    private List<ScoreReport> assessed(int year, TargetScope scope) {
      return reports.stream()
          .filter(r -> r.year() == year && scope.includes(r.unit().type())).toList();
    }

    private long designated(DesignationKind kind, int year, TargetScope scope) {
      return designations.stream()
          .filter(d -> d.kind() == kind && d.year() <= year && scope.includes(d.unit().type()))
          .map(d -> d.unit().id()).distinct().count();
    }

    Optional<BigDecimal> actual(AnnualTarget t) {
      if (!years.contains(t.year())) {
        return Optional.empty();
      }
      TargetScope scope = t.scope();
      List<ScoreReport> assessed = assessed(t.year(), scope);
      long population = this.population.values().stream()
          .filter(u -> scope.includes(u.type())).count();
      return switch (t.metric()) {
        case SHARE_CERTIFIED -> population == 0 ? Optional.empty() : Optional.of(Shares.percent(
            designated(DesignationKind.QUALITY_CERTIFIED, t.year(), scope), population));
        case CERTIFIED_UNITS -> Optional.of(BigDecimal.valueOf(
            designated(DesignationKind.QUALITY_CERTIFIED, t.year(), scope)));
        case PILOT_UNITS -> Optional.of(BigDecimal.valueOf(
            designated(DesignationKind.QUALITY_PILOT, t.year(), scope)));
        case SHARE_AT_OR_ABOVE_BAND -> share(assessed,
            r -> Shares.isAtOrAbove(r.rating(), t.band().orElseThrow()));
        case SHARE_ELIGIBLE -> share(assessed, r -> r.eligibility().eligible());
        case MEAN_SCORE -> assessed.isEmpty() ? Optional.empty() : Optional.of(Spread.of(
            assessed.stream().map(r -> r.roundedTotal().toBigDecimal()).toList()).mean());
        case UNITS_ASSESSED -> Optional.of(BigDecimal.valueOf(assessed.size()));
      };
    }

    private static Optional<BigDecimal> share(List<ScoreReport> assessed,
        Function<ScoreReport, Boolean> counts) {
      return assessed.isEmpty() ? Optional.empty() : Optional.of(Shares.percent(
          assessed.stream().filter(counts::apply).count(), assessed.size()));
    }

    List<YearBands> bands() {
      Map<Integer, List<ScoreReport>> byYear = reports.stream()
          .collect(Collectors.groupingBy(ScoreReport::year, TreeMap::new, Collectors.toList()));
      List<YearBands> out = new ArrayList<>();
      byYear.forEach((y, rs) -> out.add(new YearBands(y, rs.size(),
          DistrictStatistics.bands(rs))));
      return out;
    }

    List<UnitChange> changes() {
      Map<UnitId, List<ScoreReport>> byUnit = reports.stream()
          .collect(Collectors.groupingBy(r -> r.unit().id(), TreeMap::new, Collectors.toList()));
      List<UnitChange> out = new ArrayList<>();
      byUnit.forEach((id, rs) -> {
        List<ScoreReport> sorted = rs.stream()
            .sorted(Comparator.comparingInt(ScoreReport::year)).toList();
        for (int i = 1; i < sorted.size(); i++) {
          out.add(change(sorted.get(i - 1), sorted.get(i)));
        }
      });
      return out;
    }

    private static UnitChange change(ScoreReport before, ScoreReport after) {
      Map<CriterionCode, DimensionResult> earlier = before.dimensions().stream()
          .collect(Collectors.toMap(DimensionResult::code, d -> d));
      List<DimensionChange> dims = after.dimensions().stream()
          .filter(d -> earlier.containsKey(d.code()))
          .map(d -> new DimensionChange(d.code(), d.title(), earlier.get(d.code()).score(),
              d.score()))
          .toList();
      return new UnitChange(after.unit(), before.year(), after.year(), before.roundedTotal(),
          after.roundedTotal(), before.rating(), after.rating(), dims);
    }

    MilestoneResult milestone(StagedAssessment m) {
      List<ScoreReport> assessed = reports.stream()
          .filter(r -> r.year() == m.year() && r.standardId().equals(m.standardId())
              && r.standardVersion().equals(m.standardVersion()))
          .toList();
      int reaching = (int) assessed.stream()
          .filter(r -> !r.isVetoed() && r.roundedTotal().compareTo(m.threshold()) >= 0).count();
      return new MilestoneResult(m, assessed.size(), reaching, assessed.isEmpty()
          ? Optional.empty() : Optional.of(Shares.percent(reaching, assessed.size())));
    }
  }
}
