package io.github.ggw.standards.rules.workflow;

import com.google.common.hash.Hashing;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.Criterion;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.LocalizedText;
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
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.rule.Judgement;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.workflow.Actor;
import io.github.ggw.standards.model.workflow.ActorId;
import io.github.ggw.standards.model.workflow.Designation;
import io.github.ggw.standards.model.workflow.Digest;
import io.github.ggw.standards.model.workflow.RegisteredUnit;
import io.github.ggw.standards.model.workflow.Role;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small sheet, registry and assessments for the workflow's unit tests.
 *
 * <p>Sheet (nominal 20, bands FAIL 0 / PASS 12 / EXCELLENT 18, threshold 18): dimension 1 (10):
 * 1.1 judgement 0–6 step 0.5, 1.2 two points per training, at most 4; dimension 2 (10): 2.1
 * judgement 0–10 step 1. The full assessment claims 6 + 4 + 10 = 20 with two trainings.
 *
 * <p>Registry: U1 (Wujin 320412), U2 (Xinbei 320411), U3 (city-run, located in Tianning 320402).
 * Staff S1, S2, S3 of U1, U2, U3; reviewers R1 (320412), R2 (320411), RC (320400, the city's
 * reviewer of city-run schools) and RX (320412, also on U1's staff); approvers A1 (320400), AX
 * (320400, also on U1's staff) and AS (Suzhou 320500).
 */
final class WorkflowFixture {
  static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED, "");
  static final Unit U1 = new Unit(UnitId.of("U1"), "甲小学", UnitType.PRIMARY,
      DistrictCode.of("320412"));
  static final Unit U2 = new Unit(UnitId.of("U2"), "乙小学", UnitType.PRIMARY,
      DistrictCode.of("320411"));
  static final Unit U3 = new Unit(UnitId.of("U3"), "市直丙小学", UnitType.PRIMARY,
      DistrictCode.of("320402"));
  static final ActorId S1 = ActorId.of("S1");
  static final ActorId S2 = ActorId.of("S2");
  static final ActorId S3 = ActorId.of("S3");
  static final ActorId R1 = ActorId.of("R1");
  static final ActorId R2 = ActorId.of("R2");
  static final ActorId RC = ActorId.of("RC");
  static final ActorId RX = ActorId.of("RX");
  static final ActorId A1 = ActorId.of("A1");
  static final ActorId AX = ActorId.of("AX");
  static final ActorId AS = ActorId.of("AS");
  static final Instant T0 = Instant.parse("2022-10-10T02:00:00Z");
  static final Designation CERTIFIED = new Designation(DesignationKind.QUALITY_CERTIFIED,
      "常教关委〔2022〕4号", LocalDate.of(2022, 12, 20));

  private WorkflowFixture() {}

  static Standard sheet() {
    Criterion d1 = Criterion.builder().code(CriterionCode.of("1")).title(text("一"))
        .maxPoints(Points.of(10)).source(SRC)
        .addChildren(leaf("1.1", 6, new Judgement(new BigDecimal("0.5"))))
        .addChildren(leaf("1.2", 4, new PerOccurrence(MeasureRef.of("trainings.count"),
            Points.of(2))))
        .build();
    Criterion d2 = Criterion.builder().code(CriterionCode.of("2")).title(text("二"))
        .maxPoints(Points.of(10)).source(SRC)
        .addChildren(leaf("2.1", 10, new Judgement(BigDecimal.ONE)))
        .build();
    return Standard.builder().id(StandardId.of("test-sheet")).version(StandardVersion.of("1"))
        .title(text("测试评分表")).issuer(text("测试"))
        .effectiveFrom(LocalDate.of(2020, 1, 1)).validUntil(LocalDate.of(2024, 12, 31))
        .addApplicableUnitTypes(UnitType.PRIMARY).addDimensions(d1, d2)
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(12)),
            new RatingBand(Rating.EXCELLENT, Points.of(18)))
        .certificationThreshold(Points.of(18)).source(SRC).build();
  }

  private static ImmutableCriterion leaf(String code, long max, ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.of(max)).rule(rule).source(SRC).build();
  }

  static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  static UnitRegistry registry() {
    return UnitRegistry.of(
        List.of(new RegisteredUnit(U1, false), new RegisteredUnit(U2, false),
            new RegisteredUnit(U3, true)),
        List.of(
            staff(S1, U1), staff(S2, U2), staff(S3, U3),
            official(R1, Role.DISTRICT_REVIEWER, "320412"),
            official(R2, Role.DISTRICT_REVIEWER, "320411"),
            official(RC, Role.DISTRICT_REVIEWER, "320400"),
            new Actor(RX, "RX", Role.DISTRICT_REVIEWER, Optional.of(DistrictCode.of("320412")),
                Set.of(U1.id())),
            official(A1, Role.CITY_APPROVER, "320400"),
            new Actor(AX, "AX", Role.CITY_APPROVER, Optional.of(DistrictCode.of("320400")),
                Set.of(U1.id())),
            official(AS, Role.CITY_APPROVER, "320500")));
  }

  private static Actor staff(ActorId id, Unit unit) {
    return new Actor(id, id.value(), Role.UNIT_STAFF, Optional.empty(), Set.of(unit.id()));
  }

  private static Actor official(ActorId id, Role role, String jurisdiction) {
    return new Actor(id, id.value(), role, Optional.of(DistrictCode.of(jurisdiction)), Set.of());
  }

  /** A stand-in for the canonical JSON digest: SHA-256 of the value's text form. */
  static Digest digest(SelfAssessment a) {
    return Digest.of(Hashing.sha256().hashString(a.toString(), StandardCharsets.UTF_8)
        .toString());
  }

  static Workflow workflow() {
    return Workflow.create(sheet(), registry(), WorkflowFixture::digest,
        Clock.fixed(T0, ZoneOffset.UTC));
  }

  /** The full assessment of a unit: 1.1 = 6, 1.2 = 4 (two trainings), 2.1 = 10. */
  static SelfAssessment assessment(Unit unit) {
    return assessment(unit, 2022, "6", "4", "10");
  }

  static SelfAssessment assessment(Unit unit, int year, String p11, String p12, String p21) {
    return SelfAssessment.builder().unit(unit).standardId(StandardId.of("test-sheet"))
        .standardVersion(StandardVersion.of("1")).year(year)
        .addEvidence(training(year, 3), training(year, 5))
        .addClaims(claim("1.1", p11), claim("1.2", p12), claim("2.1", p21))
        .build();
  }

  static TrainingSession training(int year, int month) {
    return new TrainingSession(TrainingKind.TRAINING, LocalDate.of(year, month, 15),
        BigDecimal.valueOf(2), 10, "学习");
  }

  static Claim claim(String code, String points) {
    return new Claim(CriterionCode.of(code), Points.parse(points), "说明");
  }
}
