package io.github.ggw.standards.json.plan;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.ReaderFuzzing;
import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.reference.ReferenceData;

/**
 * Fuzz tests of the readers of {@link PlansJson}: action plans, work plans and designations.
 * Regression mode over the seeds in {@code PlansJsonFuzzTestInputs/<method>/} (the bundled plans
 * and a designations list) in every build; see
 * {@link io.github.ggw.standards.json.StandardsJsonFuzzTest}.
 */
class PlansJsonFuzzTest {
  private static final PlansJson JSON = PlansJson.create();

  @FuzzTest
  void readActionPlan(byte[] input) {
    ReaderFuzzing.warmUp("readActionPlan", () -> JSON.readActionPlan(
        ReferenceData.resource(PlanReferenceData.WUJIN_ACTION_PLAN)));
    ReaderFuzzing.check("readActionPlan", input, () -> JSON.readActionPlan(input));
  }

  @FuzzTest
  void readWorkPlan(byte[] input) {
    ReaderFuzzing.warmUp("readWorkPlan", () -> JSON.readWorkPlan(
        ReferenceData.resource(PlanReferenceData.WUJIN_WORK_POINTS_2020)));
    ReaderFuzzing.check("readWorkPlan", input, () -> JSON.readWorkPlan(input));
  }

  @FuzzTest
  void readDesignations(byte[] input) {
    ReaderFuzzing.warmUp("readDesignations", () -> JSON.readDesignations(
        ReaderFuzzing.seed(PlansJsonFuzzTest.class, "readDesignations", "designations.json")));
    ReaderFuzzing.check("readDesignations", input, () -> JSON.readDesignations(input));
  }
}
