package io.github.ggw.standards.model.plan;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.StandardsException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A district's five-year action plan for quality building (优质化建设五年行动计划), such as Wujin's
 * for 2020–2024: a goal, phases, annual targets and staged assessments. Source: seed §一.4
 * ("制定推进区教育关工委优质化建设的五年行动计划（2020--2024），并细化目标任务，逐年有序落实，分阶段考核").
 *
 * <p>A plan is checked when built: phases lie in the period, in order, without overlap;
 * targets and staged assessments fall in the period; target identifiers are unique. Every
 * broken rule is named in the one {@link StandardsException} that {@code build()} then throws.
 * Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class ActionPlan {

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableActionPlan.Builder builder() {
    return ImmutableActionPlan.builder();
  }

  /** @return the identifier */
  @NotNull
  public abstract PlanId getId();

  /** @return the title */
  @NotNull
  public abstract LocalizedText getTitle();

  /** @return the issuing body (制定单位), such as a district education bureau's committee */
  @NotNull
  public abstract LocalizedText getIssuer();

  /** @return the district whose units the plan speaks of, by GB/T 2260 code */
  @NotNull
  @Valid
  public abstract DistrictCode getDistrict();

  /** @return the years the plan covers, such as 2020–2024 */
  @NotNull
  public abstract PlanPeriod getPeriod();

  /** @return the goal (总体目标) */
  @NotNull
  public abstract LocalizedText getGoal();

  /** @return the phases in order, at most 20 */
  @Size(max = 20)
  public abstract List<PlanPhase> getPhases();

  /** @return the annual targets in declared order, at most 500 */
  @Size(max = 500)
  public abstract List<AnnualTarget> getTargets();

  /** @return the staged assessments (milestones) in declared order, at most 50 */
  @Size(max = 50)
  public abstract List<StagedAssessment> getAssessments();

  /** @return where the plan comes from, and whether it is official or modelled */
  @NotNull
  public abstract SourceRef getSource();

  /**
   * The phase a year falls in.
   *
   * @param year a calendar year
   * @return the phase whose years contain it, or empty
   */
  public Optional<PlanPhase> phaseOf(int year) {
    return getPhases().stream().filter(p -> p.years().contains(year)).findFirst();
  }

  /** Refuses a plan whose parts do not fit together; names every broken rule at once. */
  @Value.Check
  protected void check() {
    List<String> broken = new ArrayList<>();
    PlanPeriod period = getPeriod();
    int previousEnd = Integer.MIN_VALUE;
    for (PlanPhase p : getPhases()) {
      if (!period.contains(p.years())) {
        broken.add("phase " + p.kind() + " (" + p.years() + ") lies outside " + period);
      }
      if (p.years().firstYear() <= previousEnd) {
        broken.add("phase " + p.kind() + " (" + p.years() + ") overlaps or precedes the one before");
      }
      previousEnd = p.years().lastYear();
    }
    Set<TargetId> ids = new HashSet<>();
    for (AnnualTarget t : getTargets()) {
      if (!period.contains(t.year())) {
        broken.add("target " + t.id() + " is set for " + t.year() + ", outside " + period);
      }
      if (!ids.add(t.id())) {
        broken.add("target id " + t.id() + " is used twice");
      }
    }
    for (StagedAssessment a : getAssessments()) {
      if (!period.contains(a.year())) {
        broken.add("staged assessment of " + a.year() + " lies outside " + period);
      }
    }
    if (!broken.isEmpty()) {
      throw new StandardsException(String.join("; ", broken) + " (action plan " + getId() + ")",
          String.join("; ", broken));
    }
  }
}
