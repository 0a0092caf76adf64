package io.github.ggw.standards.model.evidence;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The committee's organisation (组织建设). Source: seed §一.2 (leadership, organisation adjusted
 * with staff changes), §四.2 (team building); the office, room, funding and annual-plan facts
 * follow the pattern of the city basic standard (modelled).
 *
 * @param chairIsUnitHead whether the chair is the unit's party or administrative head (主要领导任主任)
 * @param members committee members, 0 to 500
 * @param workingTeamElders elders in the working team (工作团队五老人数), 0 to 500
 * @param hasOffice whether the committee has an office (有办公室)
 * @param hasActivityRoom whether it has an activity room (有活动室)
 * @param annualFundingYuan annual funding in yuan (年度经费，元), 0 to 100,000,000, not null
 * @param inAnnualPlan whether committee work is in the unit's annual work plan (纳入学校年度计划)
 */
public record Organisation(
    boolean chairIsUnitHead,
    @PositiveOrZero @Max(500) int members,
    @PositiveOrZero @Max(500) int workingTeamElders,
    boolean hasOffice,
    boolean hasActivityRoom,
    @NotNull @DecimalMin("0") @DecimalMax("100000000") BigDecimal annualFundingYuan,
    boolean inAnnualPlan)
    implements Evidence {

  /**
   * Checks local invariants.
   *
   * @throws io.github.ggw.standards.model.StandardsException if a count or the funding is negative
   *
   * @param chairIsUnitHead the {@code chairIsUnitHead} component, as described on the record
   * @param members the {@code members} component, as described on the record
   * @param workingTeamElders the {@code workingTeamElders} component, as described on the record
   * @param hasOffice the {@code hasOffice} component, as described on the record
   * @param hasActivityRoom the {@code hasActivityRoom} component, as described on the record
   * @param annualFundingYuan the {@code annualFundingYuan} component, as described on the record
   * @param inAnnualPlan the {@code inAnnualPlan} component, as described on the record
   */
  public Organisation {
    Objects.requireNonNull(annualFundingYuan, "annualFundingYuan");
    Checks.nonNegative(members, "members");
    Checks.nonNegative(workingTeamElders, "workingTeamElders");
    Checks.nonNegative(annualFundingYuan, "annualFundingYuan");
  }

  @Override
  public Optional<LocalDate> dated() {
    return Optional.empty();
  }
}
