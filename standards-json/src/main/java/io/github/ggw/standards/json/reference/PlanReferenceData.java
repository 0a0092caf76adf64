package io.github.ggw.standards.json.reference;

import io.github.ggw.standards.json.plan.PlansJson;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.WorkPlan;
import java.util.Optional;

/**
 * The planning data bundled in this jar (内置规划数据): the Wujin district education bureau's 2020
 * work points and a modelled Wujin five-year action plan.
 *
 * <p>The work points are the seed, 《2020年常州市武进区教育局关工委工作要点》: every section and every
 * numbered item (4, 4, 4 and 3 items), summarised in the project's own words, with the quoted
 * programme names and each item's clause as source; the indicators each item serves are the
 * project's mapping onto the modelled Changzhou sheet 2021.1. The action plan is MODELLED: the
 * seed (§一.4) asks for it, but the district's plan is not public; its source says so. Both are
 * written by {@code tools/generate_plans.py}. Thread-safe.
 */
public final class PlanReferenceData {
  private static final String BASE = "/io/github/ggw/standards/json/reference/plans/";
  /** The resource of the bundled 2020 work points. */
  public static final String WUJIN_WORK_POINTS_2020 = BASE + "wujin-work-points-2020.json";
  /** The resource of the bundled (modelled) 2020–2024 action plan. */
  public static final String WUJIN_ACTION_PLAN = BASE + "wujin-action-plan-2020-2024.json";

  private PlanReferenceData() {}

  private static final class Holder {
    static final WorkPlan WORK_POINTS_2020 = PlansJson.create()
        .readWorkPlan(ReferenceData.resource(WUJIN_WORK_POINTS_2020)).orElseThrow();
    static final ActionPlan ACTION_PLAN = PlansJson.create()
        .readActionPlan(ReferenceData.resource(WUJIN_ACTION_PLAN)).orElseThrow();
  }

  /**
   * The Wujin district education bureau's 2020 work points (the seed).
   *
   * @return the work plan, loaded and checked once
   * @throws StandardsException if the bundled file is missing or invalid (a build defect)
   */
  public static WorkPlan wujinWorkPoints2020() {
    return Holder.WORK_POINTS_2020;
  }

  /**
   * The bundled work points of a year.
   *
   * @param year a calendar year
   * @return the work points, or empty when none are bundled for that year (only 2020 is)
   */
  public static Optional<WorkPlan> workPoints(int year) {
    return year == 2020 ? Optional.of(wujinWorkPoints2020()) : Optional.empty();
  }

  /**
   * The modelled Wujin five-year action plan for quality building, 2020–2024.
   *
   * @return the plan, loaded and checked once
   * @throws StandardsException if the bundled file is missing or invalid (a build defect)
   */
  public static ActionPlan wujinActionPlan() {
    return Holder.ACTION_PLAN;
  }
}
