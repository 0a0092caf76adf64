package io.github.ggw.standards.model.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.DesignationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Local invariants and value semantics of the workflow's model values. */
class WorkflowValuesTest {
  static final Unit UNIT = new Unit(UnitId.of("WJ-PS-001"), "星河小学", UnitType.PRIMARY,
      DistrictCode.of("320412"));
  static final Digest D1 = Digest.of("a".repeat(64));
  static final Digest D2 = Digest.of("0123456789abcdef".repeat(4));
  static final Instant T = Instant.parse("2022-10-10T02:00:00Z");
  static final CriterionCode C = CriterionCode.of("2.4");

  static SelfAssessment assessment(Unit unit, int year) {
    return SelfAssessment.builder().unit(unit).standardId(StandardId.of("s"))
        .standardVersion(StandardVersion.of("1")).year(year)
        .addClaims(new Claim(C, Points.of(4), "")).build();
  }

  static StageScore score(Stage stage, String points) {
    return new StageScore(stage, List.of(new ItemPoints(C, 1, Points.of(4), Points.parse(points))),
        Points.parse(points), Points.parse(points), Rating.PASS, false, false);
  }

  static AuditEvent event(int sequence, Transition t, CaseStatus to) {
    return new AuditEvent(sequence, T, ActorId.of("S1"), Role.UNIT_STAFF, t, Optional.empty(),
        to, 1, D1, List.of(), List.of(), Optional.empty());
  }

  static ImmutableCaseFile.Builder submitted() {
    return CaseFile.builder().unit(UNIT).status(CaseStatus.SUBMITTED)
        .addSubmissions(new Submission(1, D1, assessment(UNIT, 2022)))
        .selfScore(score(Stage.SELF, "4"))
        .addAuditTrail(event(1, Transition.SUBMITTED, CaseStatus.SUBMITTED));
  }

  @Test
  void digestIsSixtyFourLowerCaseHexDigits() {
    for (String text : List.of("", "A".repeat(64), "abc", "g".repeat(64), "a".repeat(65))) {
      assertThrows(StandardsException.class, () -> Digest.of(text), text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-R1", "R 1", "é"})
  void actorIdRefusesMalformedText(String text) {
    assertThrows(StandardsException.class, () -> ActorId.of(text));
  }

  @Test
  void actorIdBoundaries() {
    assertThat(ActorId.of("R".repeat(40)).toString()).hasSize(40);
    assertThrows(StandardsException.class, () -> ActorId.of("R".repeat(41)));
    assertThat(D2.shortForm()).isEqualTo("0123456789ab");
  }

  @ParameterizedTest(name = "{0} lies in {1}; city level: {2}")
  @CsvSource({
    "320412, 320400, false",
    "320400, 320400, true",
    "320481, 320400, false",
    "320000, 320000, false",
    "320500, 320500, true",
  })
  void gbt2260CodesNameTheirCity(String code, String city, boolean cityLevel) {
    assertThat(Jurisdictions.cityOf(DistrictCode.of(code))).isEqualTo(DistrictCode.of(city));
    assertThat(Jurisdictions.isCityLevel(DistrictCode.of(code))).isEqualTo(cityLevel);
  }

  @Test
  void cityRunUnitsAreReviewedByTheirCity() {
    assertThat(new RegisteredUnit(UNIT, false).reviewingJurisdiction())
        .isEqualTo(DistrictCode.of("320412"));
    assertThat(new RegisteredUnit(UNIT, true).reviewingJurisdiction())
        .isEqualTo(DistrictCode.of("320400"));
    assertThat(new RegisteredUnit(UNIT, false).city()).isEqualTo(DistrictCode.of("320400"));
  }

  @Test
  void actorsKeepTheInvariantsOfTheirRole() {
    Optional<DistrictCode> wujin = Optional.of(DistrictCode.of("320412"));
    Optional<DistrictCode> city = Optional.of(DistrictCode.of("320400"));
    ActorId id = ActorId.of("X1");
    Set<UnitId> none = Set.of();
    Set<UnitId> one = Set.of(UNIT.id());
    assertThrows(StandardsException.class,
        () -> new Actor(id, "经办人", Role.UNIT_STAFF, Optional.empty(), none));
    assertThrows(StandardsException.class,
        () -> new Actor(id, "经办人", Role.UNIT_STAFF, wujin, one));
    assertThrows(StandardsException.class,
        () -> new Actor(id, "审核人", Role.DISTRICT_REVIEWER, Optional.empty(), none));
    assertThrows(StandardsException.class,
        () -> new Actor(id, "审批人", Role.CITY_APPROVER, wujin, none));
    assertThrows(StandardsException.class,
        () -> new Actor(id, " ", Role.CITY_APPROVER, city, none));
    assertThrows(StandardsException.class,
        () -> new Actor(id, "名".repeat(101), Role.CITY_APPROVER, city, none));
    Actor seconded = new Actor(id, "审核人", Role.DISTRICT_REVIEWER, wujin, one);
    assertThat(seconded.isStaffOf(UNIT.id())).isTrue();
    assertThat(seconded.isStaffOf(UnitId.of("OTHER"))).isFalse();
  }

  @Test
  void registryRefusesRepeatsAndStaffOfUnknownUnits() {
    RegisteredUnit u = new RegisteredUnit(UNIT, false);
    Actor staff = new Actor(ActorId.of("S1"), "经办人", Role.UNIT_STAFF, Optional.empty(),
        Set.of(UNIT.id()));
    assertThrows(StandardsException.class, () -> UnitRegistry.of(List.of(u, u), List.of()));
    assertThrows(StandardsException.class,
        () -> UnitRegistry.of(List.of(u), List.of(staff, staff)));
    assertThrows(StandardsException.class, () -> UnitRegistry.of(List.of(), List.of(staff)));
    UnitRegistry r = UnitRegistry.of(List.of(u), List.of(staff));
    assertThat(r.unit(UNIT.id())).contains(u);
    assertThat(r.unit(UnitId.of("NONE"))).isEmpty();
    assertThat(r.actor(ActorId.of("S1"))).contains(staff);
    assertThat(r.actor(ActorId.of("S2"))).isEmpty();
    new EqualsTester()
        .addEqualityGroup(r, UnitRegistry.of(List.of(u), List.of(staff)))
        .addEqualityGroup(UnitRegistry.of(List.of(u), List.of()))
        .testEquals();
  }

  @Test
  void recordedChangesChangeSomethingForAReason() {
    assertThrows(StandardsException.class,
        () -> new PointsChange(C, Points.of(4), Points.parse("4.0"), "理由"));
    assertThrows(StandardsException.class,
        () -> new PointsChange(C, Points.of(4), Points.of(3), " "));
    assertThrows(StandardsException.class,
        () -> new PointsChange(C, Points.of(4), Points.of(3), "理".repeat(501)));
    PointsChange ok = new PointsChange(C, Points.of(4), Points.of(3), "理".repeat(500));
    assertThat(ok.toAdjustment()).isEqualTo(new Adjustment(C, Points.of(3), "理".repeat(500)));
  }

  @Test
  void itemPointsStayWithinTheirMaximum() {
    assertThrows(StandardsException.class,
        () -> new ItemPoints(C, 1, Points.of(4), Points.parse("4.5")));
    assertThrows(StandardsException.class, () -> new ItemPoints(C, 8, Points.of(4), Points.ZERO));
    assertThrows(StandardsException.class,
        () -> new ItemPoints(C, -1, Points.of(4), Points.ZERO));
    assertThat(new ItemPoints(C, 7, Points.of(4), Points.of(4)).points()).isEqualTo(Points.of(4));
  }

  @Test
  void designationNeedsADocumentNumber() {
    LocalDate d = LocalDate.of(2022, 12, 20);
    assertThrows(StandardsException.class,
        () -> new Designation(DesignationKind.QUALITY_CERTIFIED, " ", d));
    assertThrows(StandardsException.class,
        () -> new Designation(DesignationKind.QUALITY_CERTIFIED, "号".repeat(61), d));
  }

  @Test
  void cityDecisionsAreEitherApprovalsWithADesignationOrRejectionsWithReasons() {
    Designation d = new Designation(DesignationKind.QUALITY_CERTIFIED, "常教关委〔2022〕4号",
        LocalDate.of(2022, 12, 20));
    ActorId a = ActorId.of("A1");
    StageScore city = score(Stage.CITY, "4");
    List<PointsChange> change = List.of(new PointsChange(C, Points.of(4), Points.of(3), "理由"));
    assertThrows(StandardsException.class, () -> new CityApproval(a, T, D1,
        CityDecision.APPROVED, List.of(), city, Optional.empty(), List.of()));
    assertThrows(StandardsException.class, () -> new CityApproval(a, T, D1,
        CityDecision.APPROVED, List.of(), city, Optional.of(d), List.of("理由")));
    assertThrows(StandardsException.class, () -> new CityApproval(a, T, D1,
        CityDecision.REJECTED, List.of(), city, Optional.of(d), List.of("理由")));
    assertThrows(StandardsException.class, () -> new CityApproval(a, T, D1,
        CityDecision.REJECTED, change, city, Optional.empty(), List.of("理由")));
    assertThrows(StandardsException.class, () -> new CityApproval(a, T, D1,
        CityDecision.REJECTED, List.of(), city, Optional.empty(), List.of()));
    assertThrows(StandardsException.class, () -> new CityApproval(a, T, D1,
        CityDecision.APPROVED, List.of(), score(Stage.DISTRICT, "4"), Optional.of(d), List.of()));
    assertThrows(StandardsException.class, () -> new DistrictReview(a, T, D1, List.of(), city));
  }

  @Test
  void caseFileKeepsItsLocalInvariants() {
    CaseFile ok = submitted().build();
    assertThat(ok.getRevision()).isEqualTo(1);
    assertThat(ok.getYear()).isEqualTo(2022);
    assertThat(ok.getLatestScore().stage()).isEqualTo(Stage.SELF);
    assertThat(ok.toString()).isEqualTo("CaseFile[WJ-PS-001 2022 SUBMITTED rev 1, 1 event(s)]");
    // the status must be where the trail ends
    assertThrows(StandardsException.class,
        () -> submitted().status(CaseStatus.RETURNED).build());
    // REVIEWED needs a review
    assertThrows(StandardsException.class, () -> submitted().status(CaseStatus.REVIEWED)
        .auditTrail(List.of(event(1, Transition.SUBMITTED, CaseStatus.REVIEWED))).build());
    // revisions run 1, 2, ...
    assertThrows(StandardsException.class, () -> submitted()
        .submissions(List.of(new Submission(2, D1, assessment(UNIT, 2022)))).build());
    // every submission is of the same year
    assertThrows(StandardsException.class, () -> submitted()
        .addSubmissions(new Submission(2, D2, assessment(UNIT, 2023))).build());
    // the trail starts with a submission and runs 1, 2, ...
    assertThrows(StandardsException.class, () -> submitted()
        .auditTrail(List.of(event(1, Transition.RESUBMITTED, CaseStatus.SUBMITTED))).build());
    assertThrows(StandardsException.class, () -> submitted()
        .auditTrail(List.of(event(2, Transition.SUBMITTED, CaseStatus.SUBMITTED))).build());
    // the self score is of the self stage
    assertThrows(StandardsException.class,
        () -> submitted().selfScore(score(Stage.DISTRICT, "4")).build());
  }

  @Test
  void pointsSideBySideShowTheLatestStage() {
    CaseFile f = submitted().build();
    StagePoints row = f.getPointsByStage().get(0);
    assertThat(row.claimed()).contains(Points.of(4));
    assertThat(row.district()).isEmpty();
    assertThat(row.latest()).isEqualTo(Points.of(4));
    StagePoints reviewed = new StagePoints(C, 1, Points.of(4), Optional.of(Points.of(4)),
        Points.of(4), Optional.of(Points.of(3)), Optional.empty());
    assertThat(reviewed.latest()).isEqualTo(Points.of(3));
  }

  @Test
  void valueTypesHaveValueEquality() {
    LocalDate d = LocalDate.of(2022, 12, 20);
    new EqualsTester()
        .addEqualityGroup(ActorId.of("R1"), ActorId.of("R1"))
        .addEqualityGroup(ActorId.of("R2"))
        .addEqualityGroup(D1, Digest.of("a".repeat(64)))
        .addEqualityGroup(D2)
        .addEqualityGroup(new Designation(DesignationKind.QUALITY_CERTIFIED, "常教关委〔2022〕4号", d),
            new Designation(DesignationKind.QUALITY_CERTIFIED, "常教关委〔2022〕4号", d))
        .addEqualityGroup(new Designation(DesignationKind.QUALITY_PILOT, "常教关委〔2022〕4号", d))
        .addEqualityGroup(new PointsChange(C, Points.of(4), Points.parse("3.5"), "理由"),
            new PointsChange(C, Points.parse("4.0"), Points.parse("3.50"), "理由"))
        .addEqualityGroup(new PointsChange(C, Points.of(4), Points.parse("3.5"), "别的理由"))
        .addEqualityGroup(score(Stage.SELF, "3"), score(Stage.SELF, "3.0"))
        .addEqualityGroup(score(Stage.DISTRICT, "3"))
        .addEqualityGroup(new RegisteredUnit(UNIT, true), new RegisteredUnit(UNIT, true))
        .addEqualityGroup(new RegisteredUnit(UNIT, false))
        .addEqualityGroup(submitted().build(), submitted().build())
        .testEquals();
  }
}
