package io.github.ggw.standards.json.plan;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.AnnualTarget;
import io.github.ggw.standards.model.plan.Metric;
import io.github.ggw.standards.model.plan.PhaseKind;
import io.github.ggw.standards.model.plan.PlanPhase;
import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Action plans and designations as JSON; the bundled modelled plan. */
class PlansJsonTest {
  private static final PlansJson JSON = PlansJson.create();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theBundledPlanIsModelledAndCoversTheSeedsPeriod() {
    ActionPlan plan = PlanReferenceData.wujinActionPlan();
    assertThat(plan.getSource().status()).isEqualTo(SourceStatus.MODELLED);
    assertThat(plan.getSource().clause()).isEqualTo("§一.4");
    assertThat(plan.getSource().note()).startsWith("MODELLED");
    assertThat(plan.getPeriod().toString()).isEqualTo("2020–2024");
    assertThat(plan.getDistrict()).isEqualTo(DistrictCode.of("320412"));
    assertThat(plan.getPhases()).extracting(PlanPhase::kind).containsExactly(PhaseKind.LAUNCH,
        PhaseKind.PILOT, PhaseKind.ROLL_OUT, PhaseKind.ACCEPTANCE);
    assertThat(plan.getTargets().stream().map(AnnualTarget::metric).distinct().toList())
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Metric.class));
    assertThat(plan.getTargets()).allMatch(t -> t.source().status() == SourceStatus.MODELLED);
    assertThat(plan.phaseOf(2022).map(PlanPhase::kind)).contains(PhaseKind.PILOT);
    assertThat(plan.getAssessments()).hasSize(2);
  }

  @Test
  void aPlanIsWrittenAndReadBackEqual() {
    ActionPlan plan = PlanReferenceData.wujinActionPlan();
    String text = JSON.writeActionPlan(plan);
    assertThat(JSON.readActionPlan(utf8(text)).orElseThrow()).isEqualTo(plan);
    assertThat(JSON.kindOf(utf8(text))).contains("action-plan");
    assertThat(text).contains("\"id\" : \"wujin-quality-2020-2024\"", "\"unitType\" : \"PRIMARY\"");
  }

  @Test
  void aTargetOutsideThePeriodIsRefusedNamingTheRule() {
    String text = JSON.writeActionPlan(PlanReferenceData.wujinActionPlan())
        .replaceFirst("\"year\" : 2021(\\s)", "\"year\" : 2031$1");
    Result<ActionPlan> read = JSON.readActionPlan(utf8(text));
    assertThat(read.isValid()).isFalse();
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.JSON_INVALID_VALUE);
      // the rule in English; in Chinese the refusal without the model's English sentence
      assertThat(p.getMessage(java.util.Locale.ENGLISH)).contains("target T2021-1 is set for 2031");
      assertThat(p.getMessage(Problem.ZH_CN)).contains("不符合要求").doesNotContain("target");
    });
  }

  @Test
  void missingMembersAndAWrongUnitAreReportedWithPointers() {
    String text = JSON.writeActionPlan(PlanReferenceData.wujinActionPlan())
        .replaceFirst("\"goal\" : \\{[^}]*\\},", "")
        .replaceFirst("\"unit\" : \"UNITS\"", "\"unit\" : \"PERCENT\"");
    Result<ActionPlan> read = JSON.readActionPlan(utf8(text));
    assertThat(read.problems()).extracting(p -> p.getCode() + " "
        + p.getLocation().getPointer().orElse(""))
        .containsExactly("JSON_MISSING_PROPERTY /goal", "JSON_INVALID_VALUE /targets/0");
  }

  @Test
  void designationsRoundTrip() {
    Unit unit = new Unit(UnitId.of("WJ-PS-001"), "武进区星河实验小学（虚构）", UnitType.PRIMARY,
        DistrictCode.of("320412"));
    List<UnitDesignation> list = List.of(
        new UnitDesignation(unit, DesignationKind.QUALITY_PILOT, 2021, "常教关委〔2021〕2号"),
        new UnitDesignation(unit, DesignationKind.QUALITY_CERTIFIED, 2022, "常教关委〔2022〕4号"));
    String text = JSON.writeDesignations(list);
    assertThat(JSON.readDesignations(utf8(text)).orElseThrow()).isEqualTo(list);
    assertThat(JSON.kindOf(utf8(text))).contains("designations");
    Result<List<UnitDesignation>> bad = JSON.readDesignations(
        utf8(text.replace("\"year\" : 2021", "\"year\" : 1999")));
    assertThat(bad.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.JSON_INVALID_VALUE);
  }

  @Test
  void kindOfToleratesAnything() {
    assertThat(JSON.kindOf(utf8("{\"kind\":\"score-report\",\"x\":[1,2]}")))
        .contains("score-report");
    assertThat(JSON.kindOf(utf8("[1,2]"))).isEmpty();
    assertThat(JSON.kindOf(utf8("not json"))).isEmpty();
    assertThat(JSON.kindOf(new byte[0])).isEmpty();
    assertThat(JSON.kindOf(ReferenceData.sample("01-excellent-primary.json")))
        .contains("self-assessment");
  }
}
