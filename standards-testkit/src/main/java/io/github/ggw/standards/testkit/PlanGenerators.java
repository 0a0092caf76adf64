package io.github.ggw.standards.testkit;

import static io.github.ggw.standards.testkit.Draws.between;
import static io.github.ggw.standards.testkit.Draws.flag;

import io.github.ggw.standards.json.reference.PlanReferenceData;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.plan.ActionPlan;
import io.github.ggw.standards.model.plan.UnitDesignation;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The generator of action plans with a district's results (行动计划用例生成器): the bundled,
 * modelled Wujin 2020–2024 plan, fictional units of its district assessed against the bundled
 * Changzhou standard over the plan's years, each assessment scored, and designations conferred on
 * some of the eligible units.
 */
final class PlanGenerators {
  /** The first year units are assessed in. */
  private static final int FIRST_YEAR = 2021;
  /** The last year of the plan. */
  private static final int LAST_YEAR = 2024;
  /** The most units of the district. */
  private static final int MAX_UNITS = 6;

  private PlanGenerators() {}

  /**
   * Action plans with district results: one to six units, each assessed and scored in one to
   * all of the years 2021 to 2024, and the quality-certified designation conferred on some of
   * the eligible ones.
   *
   * @return the generator
   */
  static Gen<PlanCase> planCases() {
    ActionPlan plan = PlanReferenceData.wujinActionPlan();
    Standard standard = ReferenceData.changzhouStandard();
    Scorer scorer = Scorer.create();
    Gen<SelfAssessment> assessments = AssessmentGenerators.assessments(standard);
    return in -> {
      List<ScoreReport> reports = new ArrayList<>();
      List<UnitDesignation> designations = new ArrayList<>();
      int units = between(in, 1, MAX_UNITS);
      for (int u = 1; u <= units; u++) {
        int from = between(in, FIRST_YEAR, LAST_YEAR);
        for (int y = from; y <= LAST_YEAR; y++) {
          int year = y;
          SelfAssessment drawn = assessments.generate(in);
          Unit unit = new Unit(UnitId.of("WJ-" + u), "武进学校" + u, drawn.getUnit().type(),
              plan.getDistrict());
          SelfAssessment a = ImmutableSelfAssessment.copyOf(drawn).withUnit(unit).withYear(year)
              .withEvidence(drawn.getEvidence().stream()
                  .map(e -> EvidenceGenerators.redate(e, year)).toList());
          ScoreReport r = scorer.score(standard, a).value().orElseThrow();
          reports.add(r);
          if (r.eligibility().eligible() && flag(in)) {
            designations.add(new UnitDesignation(unit, DesignationKind.QUALITY_CERTIFIED, year,
                "常教关委〔" + year + "〕4号"));
          }
        }
      }
      return new PlanCase(plan, reports, designations);
    };
  }
}
