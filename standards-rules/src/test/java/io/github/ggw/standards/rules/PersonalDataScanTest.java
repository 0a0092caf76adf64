package io.github.ggw.standards.rules;

import io.github.ggw.standards.rules.check.PersonalDataScanner;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.DesignationHeld;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.DocumentRecord;
import io.github.ggw.standards.model.evidence.Incident;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.IncidentSource;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.ResearchOutput;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.stream.Stream;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Tier;

/**
 * The personal-data scan of a self-assessment: which free-text fields it reads, what it takes for
 * a resident identity number or a mobile number, and that it never repeats the number.
 */
class PersonalDataScanTest {
  /** A valid identity number: check character X (ISO 7064 MOD 11-2). */
  private static final String ID = "11010519491231002X";
  private static final String MOBILE = "13812345678";
  private static final LocalDate DAY = LocalDate.of(2022, 5, 1);

  private static SelfAssessment with(String text) {
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("P-1"), "单位" + text, UnitType.PRIMARY,
            DistrictCode.of("320412")))
        .standardId(StandardId.of("t")).standardVersion(StandardVersion.of("1")).year(2022)
        .addEvidence(
            new TrainingSession(TrainingKind.STUDY, DAY, BigDecimal.ONE, 1, "主题" + text),
            new ThemedActivity(ActivityKind.LECTURE, DAY, Level.SCHOOL, 1, Award.NONE,
                "活动" + text),
            new ResearchOutput(ResearchKind.SURVEY_REPORT, DAY, "调研" + text),
            new DocumentRecord(DocumentKind.MINUTES, "记录" + text, DAY, ""),
            new Incident(IncidentKind.SAFETY_INCIDENT, DAY, IncidentSource.UNIT, "经过" + text),
            new DesignationHeld(DesignationKind.QUALITY_PILOT, Level.CITY, DAY, "文号" + text))
        .addClaims(new Claim(CriterionCode.of("1.1"), Points.ZERO, "说明" + text))
        .build();
  }

  @Test
  void everyFreeTextFieldIsScannedAtItsPointer() {
    List<Problem> found = PersonalDataScanner.scan(with(ID));
    assertThat(found).extracting(p -> p.getLocation().getPointer().orElseThrow())
        .containsExactly("/unit/name", "/evidence/0/topic", "/evidence/1/title",
            "/evidence/2/title", "/evidence/3/title", "/evidence/4/description",
            "/evidence/5/documentNumber", "/claims/0/narrative");
    assertThat(found).allSatisfy(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER);
      assertThat(p.isError()).isTrue();
      assertThat(p.getOffendingValue()).isEmpty();
      assertThat(p.toString()).doesNotContain(ID);
    });
    assertThat(PersonalDataScanner.scan(with(MOBILE))).hasSize(8)
        .allMatch(p -> p.getCode() == ProblemCode.PERSONAL_DATA_MOBILE_NUMBER);
    assertThat(PersonalDataScanner.scan(with("无个人信息"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "+8613812345678", "+86 138 1234 5678",
      "138-1234-5678", "86-13812345678", "电话19912345678。"})
  void mobileNumbersInTheirUsualSpellings(String text) {
    assertThat(PersonalDataScanner.holdsMobileNumber(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "1381234567-89"})
  void notMobileNumbers(String text) {
    // prefix 12 is not a mobile prefix; 10 and 12 digits are not 11, nor 10 digits and two
    // separated ones (12 digits in all, no 11 between two boundaries)
    assertThat(PersonalDataScanner.holdsMobileNumber(text)).isFalse();
  }

  /** Identity and mobile numbers in their written forms (GB 11643 check characters by hand). */
  static Stream<String> forms() {
    return Stream.of(
        // 11010519491231002: weighted sum 167, 167 mod 11 = 2 -> X
        ID, "110105 19491231 002X", "110105-19491231-002x", "110105.19491231.002X",
        "110105/19491231/002X", "１１０１０５１９４９１２３１００２Ｘ", "110105\u200B19491231\u200B002X",
        // 32041219800101123: weighted sum 170, 170 mod 11 = 5 -> 7
        "320412 1980-0101\u00AD/1237", "320412\u300019800101\uFEFF1237",
        MOBILE, "138 1234 5678", "138-1234-5678", "138--1234-5678", "138.1234.5678",
        "138/1234/5678", "１３８１２３４５６７８", "138\u200B1234\u20605678", "+8613812345678",
        "008613812345678", "＋８６ 138－1234．5678");
  }

  @ParameterizedTest
  @MethodSource("forms")
  void everyWrittenFormIsFoundInEveryScannedField(String form) {
    // identity numbers are the 18-character forms once separators are dropped; mobile numbers
    // are 11 to 15 (+86, 0086)
    boolean identity = io.github.ggw.standards.model.problem.PersonalNumbers.normalise(form)
        .length() == 18;
    ProblemCode code = identity ? ProblemCode.PERSONAL_DATA_IDENTITY_NUMBER
        : ProblemCode.PERSONAL_DATA_MOBILE_NUMBER;
    List<Problem> found = PersonalDataScanner.scan(with(form));
    assertThat(found).extracting(p -> p.getLocation().getPointer().orElseThrow())
        .containsExactly("/unit/name", "/evidence/0/topic", "/evidence/1/title",
            "/evidence/2/title", "/evidence/3/title", "/evidence/4/description",
            "/evidence/5/documentNumber", "/claims/0/narrative");
    assertThat(found).allSatisfy(p -> assertThat(p.getCode()).isEqualTo(code));
  }

  @Test
  void identifiersAreScannedAndDigestsAreNot() {
    // a SHA-256 digest whose digits between hex letters read as 13812345678: never scanned
    String digest = "a13812345678b0d1f2e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5";
    SelfAssessment a = SelfAssessment.builder()
        .unit(new Unit(UnitId.of("110105-19491231-002X"), "单位", UnitType.PRIMARY,
            DistrictCode.of("320412")))
        .standardId(StandardId.of("t")).standardVersion(StandardVersion.of("1")).year(2022)
        .addEvidence(
            new ElderMember(ElderRef.of("E13812345678"), ElderCategory.RETIRED_OFFICIAL, Tier.CORE,
                false, DAY),
            new DocumentRecord(DocumentKind.MINUTES, "会议记录", DAY, digest))
        .build();
    assertThat(PersonalDataScanner.scan(a))
        .extracting(p -> p.getCode() + " " + p.getLocation().getPointer().orElseThrow())
        .containsExactly("PERSONAL_DATA_IDENTITY_NUMBER /unit/id",
            "PERSONAL_DATA_MOBILE_NUMBER /evidence/0/elder");
    // and a text read elsewhere (a member name, an actor id) is checked the same way
    assertThat(PersonalDataScanner.check("备注138 1234 5678", "/x")).singleElement()
        .satisfies(p -> assertThat(p.getCode())
            .isEqualTo(ProblemCode.PERSONAL_DATA_MOBILE_NUMBER));
    assertThat(PersonalDataScanner.check(digest, "/x")).isNotEmpty();
    assertThat(PersonalDataScanner.check(null, "/x")).isEmpty();
  }

  @Test
  void anIdentityNumberNeedsItsCheckCharacter() {
    // the check character of 11010519491231002 is X (lower case x too); 0 is wrong
    assertThat(PersonalDataScanner.holdsIdentityNumber("身份证11010519491231002X")).isTrue();
    assertThat(PersonalDataScanner.holdsIdentityNumber("11010519491231002x")).isTrue();
    assertThat(PersonalDataScanner.holdsIdentityNumber("110105194912310020")).isFalse();
    // followed by a further digit, the 18 characters are part of a longer number: not matched
    assertThat(PersonalDataScanner.holdsIdentityNumber("11010519491231002X5")).isFalse();
  }
}
