package io.github.ggw.standards.testkit;

import static io.github.ggw.standards.testkit.Draws.between;
import static io.github.ggw.standards.testkit.Draws.pick;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.rule.CountedDeduction;
import io.github.ggw.standards.model.rule.CountedDeficiency;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of self-assessments valid for a standard (自评材料生成器): a fictional unit of an
 * applicable unit type, an evidence set of {@link EvidenceGenerators}, and one claim on the grid
 * for every applicable claimable item; and pairs of a generated standard with such an
 * assessment.
 */
final class AssessmentGenerators {
  /** The assessment year, unless the standard comes into force later. */
  static final int YEAR = 2022;
  /** The most pieces of evidence besides the organisation record. */
  private static final int MAX_EVIDENCE = 30;

  private AssessmentGenerators() {}

  /**
   * Self-assessments valid for a standard.
   *
   * @param standard the standard, not null
   * @return the generator
   */
  static Gen<SelfAssessment> assessments(Standard standard) {
    Objects.requireNonNull(standard, "standard");
    UnitType[] types = standard.getApplicableUnitTypes().toArray(new UnitType[0]);
    int year = Math.max(YEAR, standard.getEffectiveFrom().getYear());
    Gen<List<Evidence>> evidence = EvidenceGenerators.evidenceSets(year, MAX_EVIDENCE);
    return in -> {
      UnitType type = pick(in, types);
      List<Claim> claims = new ArrayList<>();
      standard.getAllCriteria().filter(AssessmentChecker::isClaimable)
          .filter(c -> !c.isNotApplicableTo(type))
          .forEach(c -> claims.add(claim(in, standard, c)));
      return SelfAssessment.builder()
          .unit(new Unit(UnitId.of("T-" + between(in, 1, 999)), "测试学校", type,
              DistrictCode.of("320412")))
          .standardId(standard.getId()).standardVersion(standard.getVersion()).year(year)
          .addAllEvidence(FactGenerators.values(in, standard, year))
          .addAllEvidence(evidence.generate(in)).addAllClaims(claims).build();
    };
  }

  /**
   * Pairs of a generated standard and an assessment valid for it.
   *
   * @param options what the standards may contain
   * @return the generator
   */
  static Gen<ScoringCase> scoringCases(StandardOptions options) {
    Gen<Standard> standards = StandardGenerators.standards(options);
    return in -> {
      Standard s = standards.generate(in);
      return new ScoringCase(s, assessments(s).generate(in));
    };
  }

  /**
   * A valid claim for an item: on the rule's grid between 0 and the maximum; for a
   * discretionary deduction, the maximum or the maximum less a deduction in the declared range,
   * with a written reason.
   */
  private static Claim claim(RandomnessSource in, Standard standard, Criterion c) {
    if (c.getRule().orElseThrow() instanceof CountedDeduction counted) {
      // 0 to 3 of each deficiency; the points left out, or given as the counts give them
      List<DeficiencyCounts.Count> found = new ArrayList<>();
      for (CountedDeficiency f : counted.deficiencies()) {
        found.add(new DeficiencyCounts.Count(f.code(), between(in, 0, 3)));
      }
      DeficiencyCounts counts = DeficiencyCounts.of(found);
      Optional<Points> points = between(in, 0, 1) == 0 ? Optional.empty()
          : Optional.of(counted.points(c.getMaxPoints(), counts));
      return Claim.counted(c.getCode(), points, "自查发现的问题", counts);
    }
    if (c.getRule().orElseThrow() instanceof DiscretionaryDeduction d) {
      int steps = d.maxDeduction().toBigDecimal().subtract(d.minDeduction().toBigDecimal())
          .divide(d.step(), 0, RoundingMode.DOWN).intValueExact();
      int k = between(in, -1, steps);
      if (k < 0) {
        return new Claim(c.getCode(), c.getMaxPoints(), "");
      }
      Points deduction = d.minDeduction().plus(Points.of(d.step().multiply(
          BigDecimal.valueOf(k))));
      return new Claim(c.getCode(), c.getMaxPoints().minusFloorZero(deduction), "扣分理由：材料不全");
    }
    BigDecimal step = stepOf(standard, c);
    int steps = c.getMaxPoints().toBigDecimal().divide(step, 0, RoundingMode.DOWN)
        .intValueExact();
    return new Claim(c.getCode(),
        Points.of(step.multiply(BigDecimal.valueOf(between(in, 0, steps)))), "");
  }

  /**
   * The grid of an item's claim: the judgement's step, else the standard's claim step.
   *
   * @param standard the standard
   * @param c one of its items
   * @return the step
   */
  static BigDecimal stepOf(Standard standard, Criterion c) {
    return standard.stepOf(c);
  }
}
