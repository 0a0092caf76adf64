package io.github.ggw.standards.model.workflow;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.Unit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A unit as the registry records it (名册中的单位): its identity, name, type and district, and
 * whether it is run by the city (市直属学校), in which case it is reviewed at city level
 * (see docs/workflow.md, “Who may act: the unit registry”).
 *
 * @param unit the unit, whose district is its GB/T 2260 district code, not null
 * @param cityRun whether the city runs it: its review jurisdiction is then the city's code
 */
public record RegisteredUnit(@NotNull @Valid Unit unit, boolean cityRun) {

  /**
   * Checks the unit.
   *
   * @throws NullPointerException if unit is null
   *
   * @param unit the {@code unit} component, as described on the record
   * @param cityRun the {@code cityRun} component, as described on the record
   */
  public RegisteredUnit {
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * The jurisdiction whose reviewers review this unit: its district, or its city when city-run.
   *
   * @return a district or city code
   */
  public DistrictCode reviewingJurisdiction() {
    return cityRun ? city() : unit.district();
  }

  /**
   * The prefecture-level city the unit lies in, whose approvers approve it.
   *
   * @return the city code, such as 320400
   */
  public DistrictCode city() {
    return Jurisdictions.cityOf(unit.district());
  }
}
