package io.github.ggw.standards.json;

import io.github.ggw.standards.model.Claim;
import io.github.ggw.standards.model.Criterion;
import io.github.ggw.standards.model.CriterionCode;
import io.github.ggw.standards.model.CriterionKind;
import io.github.ggw.standards.model.DistrictCode;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.NotApplicableMode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.Rating;
import io.github.ggw.standards.model.RatingBand;
import io.github.ggw.standards.model.SelfAssessment;
import io.github.ggw.standards.model.SourceRef;
import io.github.ggw.standards.model.SourceStatus;
import io.github.ggw.standards.model.Standard;
import io.github.ggw.standards.model.StandardId;
import io.github.ggw.standards.model.StandardVersion;
import io.github.ggw.standards.model.Unit;
import io.github.ggw.standards.model.UnitId;
import io.github.ggw.standards.model.UnitType;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.IncidentSource;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.Publicity;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.VulnerabilityKind;
import io.github.ggw.standards.model.evidence.VulnerabilitySupport;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.rules.AssessmentChecker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of evidence, valid self-assessments and small valid standards. Every
 * choice is drawn from the randomness source, so failures shrink towards fewer and smaller
 * values.
 */
final class ModelGenerators {
  static final int YEAR = 2022;
  private static final SourceRef SRC = new SourceRef("test", "§0", SourceStatus.MODELLED, "");

  private ModelGenerators() {}

  static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  static <E> E pick(RandomnessSource in, E[] values) {
    return values[between(in, 0, values.length - 1)];
  }

  static LocalDate date(RandomnessSource in) {
    // mostly inside the assessment year; index 0 falls in the year before
    int day = between(in, 0, 365);
    return day == 0 ? LocalDate.of(YEAR - 1, 12, 31) : LocalDate.ofYearDay(YEAR, day);
  }

  /** One piece of evidence of any kind. */
  static Evidence evidence(RandomnessSource in) {
    switch (between(in, 0, 12)) {
      case 0:
        return new Organisation(between(in, 0, 1) == 1, between(in, 0, 20), between(in, 0, 10),
            between(in, 0, 1) == 1, between(in, 0, 1) == 1,
            BigDecimal.valueOf(between(in, 0, 12_000)), between(in, 0, 1) == 1);
      case 1:
        return new ElderMember(ElderRef.of("E" + between(in, 0, 99)), pick(in,
            ElderCategory.values()), pick(in, Tier.values()), between(in, 0, 1) == 1,
            LocalDate.of(2019, 9, 1));
      case 2:
        return new TrainingSession(pick(in, TrainingKind.values()), date(in),
            BigDecimal.valueOf(between(in, 1, 8)), between(in, 0, 50), "topic");
      case 3:
        return new ThemedActivity(pick(in, ActivityKind.values()), date(in),
            pick(in, Level.values()), between(in, 0, 300), pick(in, Award.values()), "title");
      case 4:
        return new CareCarrier(pick(in, CareCarrierKind.values()), LocalDate.of(2020, 9, 1),
            between(in, 0, 12));
      case 5:
        return new DifficultySupport(pick(in, DifficultyKind.values()), between(in, 0, 10));
      case 6:
        return new VulnerabilitySupport(pick(in, VulnerabilityKind.values()), between(in, 0, 5));
      case 7:
        return new Mentoring(pick(in, MentoringKind.values()), between(in, 0, 8),
            LocalDate.of(2021, 9, 1));
      case 8:
        return new ResearchOutput(pick(in, ResearchKind.values()), date(in), "title");
      case 9:
        return new Publicity(pick(in, PublicityKind.values()), date(in), between(in, 0, 6));
      case 10:
        return new DocumentRecord(pick(in, DocumentKind.values()), "title", date(in), "");
      case 11:
        return new DesignationHeld(pick(in, DesignationKind.values()), pick(in, Level.values()),
            LocalDate.of(2021, 12, 20), "常教关委〔2021〕1号");
      default:
        return new Incident(pick(in, IncidentKind.values()), date(in),
            pick(in, IncidentSource.values()), "description");
    }
  }

  /** Valid self-assessments for a standard: one on-grid claim per applicable claimable item. */
  static Gen<SelfAssessment> assessments(Standard standard) {
    return in -> {
      UnitType type = pick(in, standard.getApplicableUnitTypes().toArray(new UnitType[0]));
      List<Evidence> evidence = new ArrayList<>();
      int n = between(in, 0, 40);
      boolean organisation = false;
      for (int i = 0; i < n; i++) {
        Evidence e = evidence(in);
        if (e instanceof ElderMember m) {
          // rosters name each elder once (a class-level constraint of SelfAssessment)
          e = new ElderMember(ElderRef.of("E" + i), m.category(), m.tier(), m.retiredTeacher(),
              m.joined());
        }
        if (e instanceof Organisation) {
          if (organisation) {
            continue;
          }
          organisation = true;
        }
        evidence.add(e);
      }
      List<Claim> claims = new ArrayList<>();
      standard.allCriteria().filter(AssessmentChecker::isClaimable)
          .filter(c -> !c.isNotApplicableTo(type))
          .forEach(c -> {
            BigDecimal step = c.getRule().orElseThrow() instanceof Judgement j
                ? j.step() : standard.getClaimStep();
            int steps = c.getMaxPoints().toBigDecimal().divide(step).intValueExact();
            claims.add(new Claim(c.getCode(),
                Points.of(step.multiply(BigDecimal.valueOf(between(in, 0, steps)))), "说明"));
          });
      return SelfAssessment.builder()
          .unit(new Unit(UnitId.of("U-" + between(in, 1, 999)), "测试学校", type,
              DistrictCode.of("320412")))
          .standardId(standard.getId()).standardVersion(standard.getVersion()).year(YEAR)
          .addAllEvidence(evidence).addAllClaims(claims).build();
    };
  }

  private static MeasureRef countMeasure(RandomnessSource in) {
    return switch (between(in, 0, 4)) {
      case 0 -> MeasureRef.of("elders.count",
          MeasureParameters.builder().addTiers(pick(in, Tier.values())).build());
      case 1 -> MeasureRef.of("trainings.count");
      case 2 -> MeasureRef.of("activities.count", MeasureParameters.builder()
          .minLevel(pick(in, Level.values())).build());
      case 3 -> MeasureRef.of("careCarriers.sessions");
      default -> MeasureRef.of("publicity.count");
    };
  }

  /** A leaf rule for an item worth {@code max} points (on the 0.5 grid, at least 0.5). */
  private static ScoringRule rule(RandomnessSource in, BigDecimal max) {
    BigDecimal half = new BigDecimal("0.5");
    switch (between(in, 0, 4)) {
      case 0:
        return new AllOrNothing(new Condition(countMeasure(in), Comparison.AT_LEAST,
            BigDecimal.valueOf(between(in, 0, 5))));
      case 1:
        return new Judgement(half);
      case 2:
        return new PerOccurrence(countMeasure(in), Points.of(half.multiply(
            BigDecimal.valueOf(between(in, 1, max.divide(half).intValueExact())))));
      case 3: {
        int top = between(in, 2, 8);
        return new ThresholdLadder(countMeasure(in), List.of(
            new Rung(BigDecimal.valueOf(top), Points.of(max)),
            new Rung(BigDecimal.valueOf(top - 1), Points.of(max.divide(BigDecimal.valueOf(2))
                .setScale(0, java.math.RoundingMode.DOWN)))));
      }
      default:
        return new Deduction(List.of(new Deficiency("D1", LocalizedText.of("不足", "short"),
            countMeasure(in), Comparison.AT_LEAST, BigDecimal.valueOf(between(in, 0, 6)),
            Points.of(half.multiply(BigDecimal.valueOf(between(in, 1, 4)))))));
    }
  }

  /** Small valid standards: 1 to 3 dimensions of 1 to 4 leaves, optionally weighted. */
  static Gen<Standard> standards() {
    return in -> {
      int dimCount = between(in, 1, 3);
      List<Criterion> dims = new ArrayList<>();
      BigDecimal nominal = BigDecimal.ZERO;
      for (int d = 1; d <= dimCount; d++) {
        List<Criterion> leaves = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int l = 1; l <= between(in, 1, 4); l++) {
          BigDecimal max = new BigDecimal("0.5").multiply(BigDecimal.valueOf(between(in, 1, 20)));
          sum = sum.add(max);
          leaves.add(Criterion.builder().code(CriterionCode.of(d + "." + l))
              .title(LocalizedText.of("指标" + d + "." + l, "Item " + d + "." + l))
              .maxPoints(Points.of(max)).rule(rule(in, max)).source(SRC)
              .addAllNotApplicableTo(between(in, 0, 5) == 0 ? List.of(UnitType.KINDERGARTEN)
                  : List.of())
              .build());
        }
        nominal = nominal.add(sum);
        dims.add(Criterion.builder().code(CriterionCode.of(String.valueOf(d)))
            .title(LocalizedText.of("维度" + d, "Dimension " + d)).maxPoints(Points.of(sum))
            .source(SRC).addAllChildren(leaves).build());
      }
      boolean weighted = between(in, 0, 1) == 1;
      if (weighted) {
        // weights: equal shares of the nominal maximum, the last taking the remainder
        BigDecimal share = nominal.divide(BigDecimal.valueOf(dimCount), 1,
            java.math.RoundingMode.DOWN);
        List<Criterion> w = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
          BigDecimal weight = i < dims.size() - 1 ? share
              : nominal.subtract(share.multiply(BigDecimal.valueOf(dimCount - 1)));
          w.add(io.github.ggw.standards.model.ImmutableCriterion.copyOf(dims.get(i))
              .withWeight(weight));
        }
        dims = w;
      }
      BigDecimal bonus = BigDecimal.valueOf(between(in, 0, 2));
      if (bonus.signum() > 0) {
        dims.add(Criterion.builder().code(CriterionCode.of("B1"))
            .title(LocalizedText.of("加分", "Bonus")).maxPoints(Points.of(bonus))
            .kind(CriterionKind.BONUS).rule(new AllOrNothing(new Condition(
                MeasureRef.of("research.count"), Comparison.AT_LEAST, BigDecimal.ONE)))
            .source(SRC).build());
      }
      if (between(in, 0, 1) == 1) {
        dims.add(Criterion.builder().code(CriterionCode.of("V1"))
            .title(LocalizedText.of("否决", "Veto")).maxPoints(Points.ZERO)
            .kind(CriterionKind.VETO).rule(new Veto(new Condition(MeasureRef.of(
                "incidents.count"), Comparison.AT_LEAST, BigDecimal.ONE)))
            .source(SRC).build());
      }
      BigDecimal pass = nominal.multiply(new BigDecimal("0.6")).setScale(1,
          java.math.RoundingMode.DOWN);
      return Standard.builder().id(StandardId.of("generated")).version(StandardVersion.of("1"))
          .title(LocalizedText.of("生成的标准", "Generated standard"))
          .issuer(LocalizedText.of("测试", "test")).effectiveFrom(LocalDate.of(2020, 1, 1))
          .addApplicableUnitTypes(UnitType.PRIMARY, UnitType.KINDERGARTEN)
          .notApplicableMode(pick(in, NotApplicableMode.values()))
          .addAllDimensions(dims)
          .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
              new RatingBand(Rating.PASS, Points.of(pass)))
          .bonusCap(Points.of(bonus)).certificationThreshold(Points.of(pass)).source(SRC)
          .build();
    };
  }

  /** Pairs of a generated standard and a valid assessment for it. */
  static Gen<Object[]> standardAndAssessment() {
    return in -> {
      Standard s = standards().generate(in);
      return new Object[] {s, assessments(s).generate(in)};
    };
  }
}
