package io.github.ggw.standards.testkit.synthetic;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.CareCarrier;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DifficultyKind;
import io.github.ggw.standards.model.evidence.DifficultySupport;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
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
import io.github.ggw.standards.rules.check.AssessmentChecker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic self-assessments for a standard (合成自评材料): the {@code i}-th
 * assessment of a seed is always the same. Each is valid for the standard: one claim on the
 * grid per applicable claimable item, evidence of every kind dated in the year, fictional units
 * spread over the districts of Changzhou (GB/T 2260 codes 320402–320481); no two records share
 * their identifying fields, so none is a repeat or a contradiction. Thread-safe.
 */
public final class SyntheticAssessments {
  /** The districts of Changzhou used for fictional units. */
  private static final List<DistrictCode> DISTRICTS = List.of("320402", "320404", "320411",
      "320412", "320413", "320481").stream().map(DistrictCode::of).toList();

  private final Standard standard;
  private final long seed;
  private final int year;
  private final UnitType[] types;

  private SyntheticAssessments(Standard standard, long seed, int year) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.seed = seed;
    this.year = year;
    this.types = standard.getApplicableUnitTypes().toArray(new UnitType[0]);
  }

  /**
   * A generator.
   *
   * @param standard the standard the assessments answer, not null
   * @param seed the seed; the same seed gives the same assessments
   * @param year the assessment year, inside the standard's validity
   * @return the generator
   */
  public static SyntheticAssessments of(Standard standard, long seed, int year) {
    return new SyntheticAssessments(standard, seed, year);
  }

  /**
   * The {@code index}-th assessment.
   *
   * @param index {@code >= 0}
   * @return a valid assessment of a fictional unit {@code SYN-<index>}
   */
  public SelfAssessment get(long index) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    UnitType type = types[r.nextInt(types.length)];
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Organisation(r.nextInt(5) > 0, 3 + r.nextInt(10), r.nextInt(9), r.nextBoolean(),
        r.nextInt(4) > 0, BigDecimal.valueOf(500L * r.nextInt(16)), r.nextInt(5) > 0));
    int elders = r.nextInt(12);
    for (int i = 0; i < elders; i++) {
      ev.add(new ElderMember(ElderRef.of("E" + i), pick(r, ElderCategory.values()),
          pick(r, Tier.values()), r.nextInt(3) > 0, LocalDate.of(year - 1 - r.nextInt(5), 9, 1)));
    }
    for (int i = r.nextInt(7); i > 0; i--) {
      ev.add(new TrainingSession(pick(r, TrainingKind.values()), date(r), BigDecimal.valueOf(2),
          10 + r.nextInt(30), "学习关心下一代工作文件（第" + i + "次）"));
    }
    for (int i = r.nextInt(12); i > 0; i--) {
      ev.add(new ThemedActivity(pick(r, ActivityKind.values()), date(r), pick(r, Level.values()),
          20 + r.nextInt(200), pick(r, Award.values()), "主题教育活动（" + i + "）"));
    }
    for (CareCarrierKind k : CareCarrierKind.values()) {
      if (r.nextBoolean()) {
        ev.add(new CareCarrier(k, LocalDate.of(year - 1, 9, 1), r.nextInt(10)));
      }
    }
    ev.add(new DifficultySupport(pick(r, DifficultyKind.values()), r.nextInt(8)));
    if (r.nextBoolean()) {
      ev.add(new VulnerabilitySupport(pick(r, VulnerabilityKind.values()), r.nextInt(3)));
    }
    ev.add(new Mentoring(MentoringKind.BLUE_GREEN_PAIR, r.nextInt(7), LocalDate.of(year - 1, 9,
        1)));
    if (r.nextInt(3) == 0) {
      ev.add(new Mentoring(pick(r, MentoringKind.values()), 1, LocalDate.of(year - 1, 10, 1)));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      ev.add(new ResearchOutput(pick(r, ResearchKind.values()), date(r), "调研报告（" + i + "）"));
    }
    ev.add(new Publicity(PublicityKind.NEWSLETTER_ISSUE, date(r), r.nextInt(7)));
    for (int i = r.nextInt(6); i > 0; i--) {
      ev.add(new DocumentRecord(pick(r, DocumentKind.values()), "工作档案（" + i + "）", date(r),
          ""));
    }
    List<Claim> claims = new ArrayList<>();
    standard.getAllCriteria().filter(AssessmentChecker::isClaimable)
        .filter(c -> !c.isNotApplicableTo(type))
        .forEach(c -> claims.add(new Claim(c.getCode(), claim(r, c), "见佐证材料")));
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("SYN-" + index), "合成学校" + index, type,
            DISTRICTS.get((int) (index % DISTRICTS.size()))))
        .standardId(standard.getId()).standardVersion(standard.getVersion()).year(year)
        .addAllEvidence(ev).addAllClaims(claims).build();
  }

  private Points claim(SplittableRandom r, Criterion c) {
    BigDecimal step = standard.stepOf(c);
    int steps = c.getMaxPoints().toBigDecimal().divide(step).intValueExact();
    // mostly high claims, as units tend to claim
    int k = Math.max(0, steps - r.nextInt(Math.max(1, steps / 2 + 1)));
    return Points.of(step.multiply(BigDecimal.valueOf(k)));
  }

  private LocalDate date(SplittableRandom r) {
    return LocalDate.ofYearDay(year, 1 + r.nextInt(365));
  }

  private static <E> E pick(SplittableRandom r, E[] values) {
    return values[r.nextInt(values.length)];
  }
}
