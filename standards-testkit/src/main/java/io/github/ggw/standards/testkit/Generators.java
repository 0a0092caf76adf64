package io.github.ggw.standards.testkit;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.NotApplicableMode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
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
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.AllOrNothing;
import io.github.ggw.standards.model.rule.Comparison;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.Deduction;
import io.github.ggw.standards.model.rule.CreditTier;
import io.github.ggw.standards.model.rule.Deficiency;
import io.github.ggw.standards.model.rule.DiscretionaryDeduction;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.rule.TieredCredit;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of the model (生成器). Every choice is drawn from the randomness
 * source with a constraint whose lower end is the simplest value (fewer items, smaller counts,
 * lower points, the first enum constant), so a failing example shrinks to a small, readable
 * counterexample. All generators are stateless and thread-safe.
 */
public final class Generators {
  /** The assessment year of generated assessments. */
  public static final int YEAR = 2022;
  private static final SourceRef SOURCE = new SourceRef("generated", "testkit",
      SourceStatus.MODELLED, "generated by standards-testkit; not an official sheet");

  private Generators() {}

  /**
   * A whole number drawn from a randomness source, shrinking towards {@code min}.
   *
   * @param in the source
   * @param min the lowest value, inclusive
   * @param max the highest value, inclusive, {@code >= min}
   * @return the number
   */
  public static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  /**
   * One of some values, shrinking towards the first.
   *
   * @param <E> the value type
   * @param in the source
   * @param values the values, at least one
   * @return the value
   */
  @SafeVarargs
  public static <E> E pick(RandomnessSource in, E... values) {
    return values[between(in, 0, values.length - 1)];
  }

  private static LocalDate dateIn(RandomnessSource in, int year) {
    return LocalDate.ofYearDay(year, between(in, 1, 365));
  }

  /**
   * Evidence of every kind but organisation, dated in the year (so that adding it to an
   * assessment never creates a conflict or an out-of-year warning).
   *
   * @param year the assessment year
   * @return the generator
   */
  public static Gen<Evidence> evidence(int year) {
    return in -> switch (between(in, 0, 11)) {
      case 0 -> new ElderMember(ElderRef.of("E" + between(in, 0, 9999)),
          pick(in, ElderCategory.values()), pick(in, Tier.values()), between(in, 0, 1) == 1,
          LocalDate.of(year - 2, 9, 1));
      case 1 -> new TrainingSession(pick(in, TrainingKind.values()), dateIn(in, year),
          BigDecimal.valueOf(between(in, 1, 8)), between(in, 0, 50), "学习");
      case 2 -> new ThemedActivity(pick(in, ActivityKind.values()), dateIn(in, year),
          pick(in, Level.values()), between(in, 0, 300), pick(in, Award.values()), "活动");
      case 3 -> new CareCarrier(pick(in, CareCarrierKind.values()), LocalDate.of(year - 1, 9, 1),
          between(in, 0, 12));
      case 4 -> new DifficultySupport(pick(in, DifficultyKind.values()), between(in, 0, 10));
      case 5 -> new VulnerabilitySupport(pick(in, VulnerabilityKind.values()),
          between(in, 0, 5));
      case 6 -> new Mentoring(pick(in, MentoringKind.values()), between(in, 0, 8),
          LocalDate.of(year - 1, 9, 1));
      case 7 -> new ResearchOutput(pick(in, ResearchKind.values()), dateIn(in, year), "调研");
      case 8 -> new Publicity(pick(in, PublicityKind.values()), dateIn(in, year),
          between(in, 0, 6));
      case 9 -> new DocumentRecord(pick(in, DocumentKind.values()), "档案", dateIn(in, year), "");
      case 10 -> new DesignationHeld(pick(in, DesignationKind.values()), pick(in, Level.values()),
          LocalDate.of(year - 1, 12, 20), "常教关委〔" + (year - 1) + "〕1号");
      default -> new Incident(pick(in, IncidentKind.values()), dateIn(in, year),
          pick(in, IncidentSource.values()), "事件");
    };
  }

  /**
   * Evidence sets: an optional organisation record, then up to {@code maxSize} other pieces,
   * each elder named once.
   *
   * @param year the assessment year
   * @param maxSize the most pieces besides the organisation, {@code >= 0}
   * @return the generator
   */
  public static Gen<List<Evidence>> evidenceSets(int year, int maxSize) {
    return in -> {
      List<Evidence> out = new ArrayList<>();
      if (between(in, 0, 1) == 1) {
        out.add(new Organisation(between(in, 0, 1) == 1, between(in, 0, 20), between(in, 0, 10),
            between(in, 0, 1) == 1, between(in, 0, 1) == 1,
            BigDecimal.valueOf(between(in, 0, 12_000)), between(in, 0, 1) == 1));
      }
      int n = between(in, 0, maxSize);
      for (int i = 0; i < n; i++) {
        Evidence e = evidence(year).generate(in);
        if (e instanceof ElderMember m) {
          e = new ElderMember(ElderRef.of("E" + i), m.category(), m.tier(), m.retiredTeacher(),
              m.joined());
        }
        out.add(e);
      }
      return out;
    };
  }

  /**
   * Self-assessments valid for a standard: an applicable unit type, an evidence set, and one
   * claim on the rule's grid between 0 and the maximum for every applicable claimable item.
   *
   * @param standard the standard, not null
   * @return the generator
   */
  public static Gen<SelfAssessment> assessments(Standard standard) {
    Objects.requireNonNull(standard, "standard");
    UnitType[] types = standard.getApplicableUnitTypes().toArray(new UnitType[0]);
    int year = Math.max(YEAR, standard.getEffectiveFrom().getYear());
    return in -> {
      UnitType type = pick(in, types);
      List<Claim> claims = new ArrayList<>();
      standard.allCriteria().filter(AssessmentChecker::isClaimable)
          .filter(c -> !c.isNotApplicableTo(type))
          .forEach(c -> claims.add(claim(in, standard, c)));
      return SelfAssessment.builder()
          .unit(new Unit(UnitId.of("T-" + between(in, 1, 999)), "测试学校", type,
              DistrictCode.of("320412")))
          .standardId(standard.getId()).standardVersion(standard.getVersion()).year(year)
          .addAllEvidence(evidenceSets(year, 30).generate(in)).addAllClaims(claims).build();
    };
  }

  /**
   * A valid claim for an item: on the rule's grid between 0 and the maximum; for a
   * discretionary deduction, the maximum or the maximum less a deduction in the declared range,
   * with a written reason.
   */
  private static Claim claim(RandomnessSource in, Standard standard, Criterion c) {
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

  /** The grid of a claim: the judgement's step, else the standard's claim step. */
  static BigDecimal stepOf(Standard standard, Criterion c) {
    return c.getRule().orElse(null) instanceof Judgement j ? j.step() : standard.getClaimStep();
  }

  /**
   * Deliberately invalid self-assessments, each paired with the problem code the scorer must
   * report: a missing, duplicate, unknown, above-maximum or off-step claim; a wrong version; a
   * year outside the validity; or two organisation records.
   *
   * @param standard the standard, not null; it needs at least one claimable item
   * @return the generator
   */
  public static Gen<InvalidAssessment> invalidAssessments(Standard standard) {
    return in -> {
      SelfAssessment valid = assessments(standard).generate(in);
      List<Claim> claims = new ArrayList<>(valid.getClaims());
      ImmutableSelfAssessment a = ImmutableSelfAssessment.copyOf(valid);
      int which = claims.isEmpty() ? 5 + between(in, 0, 2) : between(in, 0, 7);
      int i = claims.isEmpty() ? 0 : between(in, 0, claims.size() - 1);
      if ((which == 3 || which == 4) && standard.find(claims.get(i).code()).orElseThrow()
          .getRule().orElseThrow() instanceof DiscretionaryDeduction) {
        which = 2;
      }
      switch (which) {
        case 0:
          claims.remove(i);
          return new InvalidAssessment(a.withClaims(claims), ProblemCode.CLAIM_MISSING);
        case 1:
          claims.add(claims.get(i));
          return new InvalidAssessment(a.withClaims(claims), ProblemCode.CLAIM_DUPLICATE);
        case 2:
          claims.add(new Claim(CriterionCode.of("ZZ9"), Points.ZERO, ""));
          return new InvalidAssessment(a.withClaims(claims), ProblemCode.CLAIM_UNKNOWN_CODE);
        case 3: {
          Claim c = claims.get(i);
          Criterion item = standard.find(c.code()).orElseThrow();
          claims.set(i, new Claim(c.code(), item.getMaxPoints().plus(Points.of(
              stepOf(standard, item))), ""));
          return new InvalidAssessment(a.withClaims(claims), ProblemCode.CLAIM_ABOVE_MAX);
        }
        case 4: {
          Claim c = claims.get(i);
          Criterion item = standard.find(c.code()).orElseThrow();
          // half a step, below the maximum: off the grid but not above the maximum
          BigDecimal half = stepOf(standard, item).divide(BigDecimal.valueOf(2));
          claims.set(i, new Claim(c.code(), Points.of(half), ""));
          return new InvalidAssessment(a.withClaims(claims), ProblemCode.CLAIM_OFF_STEP);
        }
        case 5:
          return new InvalidAssessment(a.withStandardVersion(StandardVersion.of(
              standard.getVersion().value() + "x")), ProblemCode.ASSESSMENT_WRONG_VERSION);
        case 6:
          return new InvalidAssessment(a.withYear(standard.getEffectiveFrom().getYear() - 1),
              ProblemCode.ASSESSMENT_YEAR_OUTSIDE_VALIDITY);
        default: {
          List<Evidence> ev = new ArrayList<>(valid.getEvidence());
          Organisation o = new Organisation(true, 1, 1, true, true, BigDecimal.ONE, true);
          ev.add(o);
          ev.add(o);
          return new InvalidAssessment(a.withEvidence(ev), ProblemCode.EVIDENCE_CONFLICT);
        }
      }
    };
  }

  /**
   * Valid standards within the options: one to three weighted or unweighted dimensions, trees
   * down to the options' depth, leaves of the allowed rule kinds with maxima on the step grid,
   * some items not applicable to kindergartens, optional bonus and veto items, and rating bands
   * that cover the range.
   *
   * @param options what may appear, not null
   * @return the generator
   */
  public static Gen<Standard> standards(StandardOptions options) {
    RuleKind[] kinds = options.getRuleKinds().toArray(new RuleKind[0]);
    NotApplicableMode[] modes = options.getNotApplicableModes().toArray(
        new NotApplicableMode[0]);
    BigDecimal step = options.getStep();
    return in -> {
      int dimCount = between(in, 1, 3);
      List<Criterion> dims = new ArrayList<>();
      for (int d = 1; d <= dimCount; d++) {
        dims.add(node(in, String.valueOf(d), 1, between(in, 1, options.getMaxDepth()), kinds,
            step));
      }
      BigDecimal nominal = dims.stream().map(c -> c.getMaxPoints().toBigDecimal())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (options.isWeightsAllowed() && between(in, 0, 1) == 1) {
        dims = weighted(dims, nominal);
      }
      Points bonusCap = Points.ZERO;
      if (options.isBonusAllowed() && between(in, 0, 1) == 1) {
        Points cap = Points.of(step.multiply(BigDecimal.valueOf(between(in, 1, 4))));
        dims.add(ImmutableCriterion.copyOf(leaf(in, "B1", cap.toBigDecimal(),
            new RuleKind[] {RuleKind.ALL_OR_NOTHING, RuleKind.PER_OCCURRENCE}, step))
            .withKind(CriterionKind.BONUS).withNotApplicableTo());
        bonusCap = Points.of(step.multiply(BigDecimal.valueOf(between(in, 1, 4))));
      }
      if (options.isVetoAllowed() && between(in, 0, 1) == 1) {
        dims.add(Criterion.builder().code(CriterionCode.of("V1"))
            .title(LocalizedText.of("否决", "Veto")).maxPoints(Points.ZERO)
            .kind(CriterionKind.VETO).rule(new Veto(new Condition(MeasureRef.of(
                "incidents.count"), Comparison.AT_LEAST, BigDecimal.ONE)))
            .source(SOURCE).build());
      }
      Points max = Points.of(nominal).plus(bonusCap);
      return Standard.builder().id(StandardId.of("generated")).version(StandardVersion.of("1"))
          .title(LocalizedText.of("生成的标准", "Generated standard"))
          .issuer(LocalizedText.of("测试工具", "test kit"))
          .effectiveFrom(LocalDate.of(2020, 1, 1))
          .addApplicableUnitTypes(UnitType.PRIMARY, UnitType.KINDERGARTEN)
          .claimStep(step).notApplicableMode(pick(in, modes))
          .addAllDimensions(dims).addAllRatingBands(bands(nominal, max))
          .bonusCap(bonusCap).certificationThreshold(threshold(nominal)).source(SOURCE)
          .build();
    };
  }

  /**
   * Pairs of a generated standard and an assessment valid for it.
   *
   * @param options what the standards may contain, not null
   * @return the generator
   */
  public static Gen<ScoringCase> scoringCases(StandardOptions options) {
    return in -> {
      Standard s = standards(options).generate(in);
      return new ScoringCase(s, assessments(s).generate(in));
    };
  }

  /**
   * Action plans with district results: the bundled, modelled Wujin 2020–2024 plan, one to six
   * fictional units of its district (of the unit types the Changzhou standard covers), each
   * assessed and scored in one to all of the years 2021 to 2024, and the quality-certified
   * designation conferred on some of the eligible ones.
   *
   * @return the generator
   */
  public static Gen<PlanCase> planCases() {
    io.github.ggw.standards.model.plan.ActionPlan plan =
        io.github.ggw.standards.json.reference.PlanReferenceData.wujinActionPlan();
    Standard standard = io.github.ggw.standards.json.reference.ReferenceData.changzhouStandard();
    io.github.ggw.standards.rules.scoring.Scorer scorer = io.github.ggw.standards.rules.scoring.Scorer.create();
    return in -> {
      List<io.github.ggw.standards.rules.scoring.ScoreReport> reports = new ArrayList<>();
      List<io.github.ggw.standards.model.plan.UnitDesignation> designations = new ArrayList<>();
      int units = between(in, 1, 6);
      for (int u = 1; u <= units; u++) {
        int from = between(in, 2021, 2024);
        for (int y = from; y <= 2024; y++) {
          int year = y;
          SelfAssessment drawn = assessments(standard).generate(in);
          Unit unit = new Unit(UnitId.of("WJ-" + u), "武进学校" + u, drawn.getUnit().type(),
              plan.getDistrict());
          SelfAssessment a = ImmutableSelfAssessment.copyOf(drawn).withUnit(unit).withYear(year)
              .withEvidence(drawn.getEvidence().stream().map(e -> redate(e, year)).toList());
          io.github.ggw.standards.rules.scoring.ScoreReport r = scorer.score(standard, a).value()
              .orElseThrow();
          reports.add(r);
          if (r.eligibility().eligible() && between(in, 0, 1) == 1) {
            designations.add(new io.github.ggw.standards.model.plan.UnitDesignation(unit,
                DesignationKind.QUALITY_CERTIFIED, year, "常教关委〔" + year + "〕4号"));
          }
        }
      }
      return new PlanCase(plan, reports, designations);
    };
  }

  /** The same evidence, dated in another year (standing facts keep their dates). */
  private static Evidence redate(Evidence e, int year) {
    if (e.dated().isEmpty()) {
      return e;
    }
    LocalDate d = e.dated().get().withYear(year);
    if (e instanceof TrainingSession t) {
      return new TrainingSession(t.kind(), d, t.hours(), t.attendees(), t.topic());
    } else if (e instanceof ThemedActivity t) {
      return new ThemedActivity(t.kind(), d, t.level(), t.participants(), t.award(), t.title());
    } else if (e instanceof ResearchOutput r) {
      return new ResearchOutput(r.kind(), d, r.title());
    } else if (e instanceof Publicity p) {
      return new Publicity(p.kind(), d, p.count());
    } else if (e instanceof DocumentRecord r) {
      return new DocumentRecord(r.kind(), r.title(), d, r.sha256());
    } else if (e instanceof Incident i) {
      return new Incident(i.kind(), d, i.raisedBy(), i.description());
    }
    return e;
  }

  private static Criterion node(RandomnessSource in, String code, int level, int depth,
      RuleKind[] kinds, BigDecimal step) {
    List<Criterion> children = new ArrayList<>();
    int count = between(in, 1, 3);
    for (int i = 1; i <= count; i++) {
      String childCode = code + "." + i;
      children.add(level < depth
          ? node(in, childCode, level + 1, depth, kinds, step)
          : leaf(in, childCode, step.multiply(BigDecimal.valueOf(2L * between(in, 1, 5))),
              kinds, step));
    }
    Points sum = children.stream().map(Criterion::getMaxPoints).reduce(Points.ZERO,
        Points::plus);
    return Criterion.builder().code(CriterionCode.of(code))
        .title(LocalizedText.of("指标" + code, "Item " + code)).maxPoints(sum)
        .source(SOURCE).addAllChildren(children).build();
  }

  private static ImmutableCriterion leaf(RandomnessSource in, String code, BigDecimal max,
      RuleKind[] kinds, BigDecimal step) {
    return Criterion.builder().code(CriterionCode.of(code))
        .title(LocalizedText.of("细则" + code, "Criterion " + code))
        .maxPoints(Points.of(max)).rule(rule(in, pick(in, kinds), max, step)).source(SOURCE)
        .addAllNotApplicableTo(between(in, 0, 4) == 0 ? List.of(UnitType.KINDERGARTEN)
            : List.of())
        .build();
  }

  private static MeasureRef countMeasure(RandomnessSource in) {
    return switch (between(in, 0, 5)) {
      case 0 -> MeasureRef.of("trainings.count");
      case 1 -> MeasureRef.of("elders.count",
          MeasureParameters.builder().addTiers(pick(in, Tier.values())).build());
      case 2 -> MeasureRef.of("activities.count", MeasureParameters.builder()
          .minLevel(pick(in, Level.values())).build());
      case 3 -> MeasureRef.of("careCarriers.sessions");
      case 4 -> MeasureRef.of("publicity.count");
      default -> MeasureRef.of("research.count");
    };
  }

  private static ScoringRule rule(RandomnessSource in, RuleKind kind, BigDecimal max,
      BigDecimal step) {
    int steps = max.divide(step, 0, RoundingMode.DOWN).intValueExact();
    switch (kind) {
      case ALL_OR_NOTHING:
        return new AllOrNothing(new Condition(countMeasure(in), Comparison.AT_LEAST,
            BigDecimal.valueOf(between(in, 0, 5))));
      case JUDGEMENT:
        return new Judgement(step);
      case PER_OCCURRENCE:
        return new PerOccurrence(countMeasure(in),
            Points.of(step.multiply(BigDecimal.valueOf(between(in, 1, steps)))));
      case THRESHOLD_LADDER: {
        int top = between(in, 2, 8);
        return new ThresholdLadder(countMeasure(in), List.of(
            new Rung(BigDecimal.valueOf(top), Points.of(max)),
            new Rung(BigDecimal.valueOf(top - 1), Points.of(step.multiply(
                BigDecimal.valueOf(between(in, 0, steps)))))));
      }
      case DISCRETIONARY_DEDUCTION: {
        int lo = between(in, 1, steps);
        int hi = between(in, lo, steps);
        return new DiscretionaryDeduction(Points.of(step.multiply(BigDecimal.valueOf(lo))),
            Points.of(step.multiply(BigDecimal.valueOf(hi))), step);
      }
      case TIERED_CREDIT:
        // 100% of the target → all, 50% → half (the maximum is an even number of steps)
        return new TieredCredit(countMeasure(in), BigDecimal.valueOf(between(in, 1, 6)),
            List.of(new CreditTier(BigDecimal.valueOf(100), BigDecimal.valueOf(100)),
                new CreditTier(BigDecimal.valueOf(50), BigDecimal.valueOf(50))));
      default:
        return new Deduction(List.of(new Deficiency("D1", LocalizedText.of("不足", "short"),
            countMeasure(in), Comparison.AT_LEAST, BigDecimal.valueOf(between(in, 0, 6)),
            Points.of(step.multiply(BigDecimal.valueOf(between(in, 1, 4)))))));
    }
  }

  private static List<Criterion> weighted(List<Criterion> dims, BigDecimal nominal) {
    // equal shares of the nominal maximum, the last taking the remainder
    BigDecimal share = nominal.divide(BigDecimal.valueOf(dims.size()), 2, RoundingMode.DOWN);
    List<Criterion> out = new ArrayList<>();
    for (int i = 0; i < dims.size(); i++) {
      BigDecimal w = i < dims.size() - 1 ? share
          : nominal.subtract(share.multiply(BigDecimal.valueOf(dims.size() - 1)));
      out.add(ImmutableCriterion.copyOf(dims.get(i)).withWeight(w));
    }
    return out;
  }

  private static List<RatingBand> bands(BigDecimal nominal, Points max) {
    List<RatingBand> bands = new ArrayList<>();
    bands.add(new RatingBand(Rating.FAIL, Points.ZERO));
    Rating[] up = {Rating.PASS, Rating.GOOD, Rating.EXCELLENT};
    String[] shares = {"0.6", "0.75", "0.9"};
    for (int i = 0; i < up.length; i++) {
      Points lower = Points.of(nominal.multiply(new BigDecimal(shares[i]))
          .setScale(1, RoundingMode.DOWN));
      if (lower.compareTo(bands.get(bands.size() - 1).lowerBound()) > 0
          && lower.compareTo(max) <= 0) {
        bands.add(new RatingBand(up[i], lower));
      }
    }
    return bands;
  }

  private static Points threshold(BigDecimal nominal) {
    return Points.of(nominal.multiply(new BigDecimal("0.9")).setScale(1, RoundingMode.DOWN));
  }
}
