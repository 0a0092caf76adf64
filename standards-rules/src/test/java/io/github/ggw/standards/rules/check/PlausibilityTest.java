package io.github.ggw.standards.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.assessment.Claim;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.Award;
import io.github.ggw.standards.model.evidence.ElderCategory;
import io.github.ggw.standards.model.evidence.ElderMember;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.Mentoring;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.Organisation;
import io.github.ggw.standards.model.evidence.ThemedActivity;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.evidence.TrainingKind;
import io.github.ggw.standards.model.evidence.TrainingSession;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.PerOccurrence;
import io.github.ggw.standards.model.rule.Rung;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.model.rule.ThresholdLadder;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.ImmutableCriterion;
import io.github.ggw.standards.model.standard.ImmutableStandard;
import io.github.ggw.standards.model.standard.PlausibilityCheck;
import io.github.ggw.standards.model.standard.PlausibilitySeverity;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.RatingBand;
import io.github.ggw.standards.model.standard.SourceRef;
import io.github.ggw.standards.model.standard.SourceStatus;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per plausibility rule: the record that breaks it, the code, its default severity, the
 * place, the items it touches, and that the record is not counted (or, for a repeat, counted
 * once); then the same row under a standard that gives the rule another severity.
 *
 * <p>Sheet (nominal 25): 1.1 one point per training, at most 5; 1.2 one point per activity, at
 * most 5; 2.1 ladder on the roster's elders, at least 4 → 10, at least 2 → 5; 2.2 one point per
 * mentoring pair, at most 5. Base evidence (indices 0–6): trainings on 1 March, 1 April and 1 May
 * 2022 (1 h, 10 attendees), elders E1–E3 joined 2019, one activity with 40 participants; the
 * record under test is {@code /evidence/7}. Base points: 1.1 = 3 × 1 = 3; 1.2 = 1 × 1 = 1; 2.1 =
 * 5 (3 elders ≥ 2, < 4); 2.2 = 0; total 3 + 1 + 5 + 0 = 9.
 */
class PlausibilityTest {
  private static final SourceRef SRC = new SourceRef("test sheet", "§1", SourceStatus.MODELLED,
      "");
  private static final LocalDate MARCH = LocalDate.of(2022, 3, 1);

  private static ImmutableStandard.Builder sheet() {
    return Standard.builder().id(StandardId.of("plausible-sheet")).version(StandardVersion.of("1"))
        .title(text("合理性测试表")).issuer(text("测试")).effectiveFrom(LocalDate.of(2020, 1, 1))
        .addApplicableUnitTypes(UnitType.PRIMARY)
        .addDimensions(ImmutableCriterion.builder().code(CriterionCode.of("1")).title(text("一"))
            .maxPoints(Points.of(10)).source(SRC)
            .addChildren(leaf("1.1", 5, perOne("trainings.count")))
            .addChildren(leaf("1.2", 5, perOne("activities.count")))
            .build())
        .addDimensions(ImmutableCriterion.builder().code(CriterionCode.of("2")).title(text("二"))
            .maxPoints(Points.of(15)).source(SRC)
            .addChildren(leaf("2.1", 10, new ThresholdLadder(MeasureRef.of("elders.count"),
                List.of(new Rung(BigDecimal.valueOf(4), Points.of(10)),
                    new Rung(BigDecimal.valueOf(2), Points.of(5))))))
            .addChildren(leaf("2.2", 5, perOne("mentoring.count")))
            .build())
        .addRatingBands(new RatingBand(Rating.FAIL, Points.ZERO),
            new RatingBand(Rating.PASS, Points.of(15)))
        .certificationThreshold(Points.of(20)).source(SRC);
  }

  private static PerOccurrence perOne(String measure) {
    return new PerOccurrence(MeasureRef.of(measure), Points.of(1));
  }

  private static ImmutableCriterion leaf(String code, long max, ScoringRule rule) {
    return ImmutableCriterion.builder().code(CriterionCode.of(code)).title(text(code))
        .maxPoints(Points.of(max)).rule(rule).source(SRC).build();
  }

  private static LocalizedText text(String s) {
    return LocalizedText.of(s, s);
  }

  private static TrainingSession training(LocalDate date, String hours, int attendees) {
    return new TrainingSession(TrainingKind.TRAINING, date, new BigDecimal(hours), attendees,
        "培训");
  }

  private static ElderMember elder(String id, Tier tier, LocalDate joined) {
    return new ElderMember(ElderRef.of(id), ElderCategory.TEACHER, tier, true, joined);
  }

  private static ThemedActivity activity(LocalDate date, int participants) {
    return new ThemedActivity(ActivityKind.LECTURE, date, Level.SCHOOL, participants, Award.NONE,
        "讲座");
  }

  private static List<Evidence> base() {
    List<Evidence> ev = new ArrayList<>();
    for (int m = 3; m <= 5; m++) {
      ev.add(training(LocalDate.of(2022, m, 1), "1", 10));
    }
    for (int i = 1; i <= 3; i++) {
      ev.add(elder("E" + i, Tier.CORE, LocalDate.of(2019, 9, 1)));
    }
    ev.add(activity(LocalDate.of(2022, 4, 10), 40));
    return ev;
  }

  private static SelfAssessment assessment(String district, Evidence... more) {
    List<Evidence> ev = base();
    ev.addAll(Arrays.asList(more));
    return SelfAssessment.builder()
        .unit(new Unit(UnitId.of("P-1"), "合理性测试单位", UnitType.PRIMARY,
            DistrictCode.of(district)))
        .standardId(StandardId.of("plausible-sheet")).standardVersion(StandardVersion.of("1"))
        .year(2022).addAllEvidence(ev)
        .addClaims(claim("1.1"), claim("1.2"), claim("2.1"), claim("2.2")).build();
  }

  private static Claim claim(String code) {
    return new Claim(CriterionCode.of(code), Points.ZERO, "");
  }

  /**
   * The rows: rule, the record added at /evidence/7 (or the district), the code, the default
   * severity, the pointer, the touched items (the last message argument), the item and its
   * points when the record is left out, and the severity of the override row.
   */
  static Stream<Arguments> rules() {
    return Stream.of(
        // a repeat of training 0: 1.1 stays 3 × 1 = 3 (counted once)
        Arguments.of(PlausibilityCheck.REPEATED_RECORD, "320412",
            training(MARCH, "1", 10), ProblemCode.EVIDENCE_REPEATED, Severity.WARNING,
            "/evidence/7", "1.1", "1.1", "3", Severity.ERROR),
        // training 0 again with 2 hours: the later one is left out, 1.1 = 3
        Arguments.of(PlausibilityCheck.CONFLICTING_RECORD, "320412",
            training(MARCH, "2", 10), ProblemCode.EVIDENCE_CONTRADICTORY, Severity.ERROR,
            "/evidence/7", "1.1", "1.1", "3", Severity.WARNING),
        // a training of 2023: 1.1 stays 3
        Arguments.of(PlausibilityCheck.DATED_AFTER_YEAR, "320412",
            training(LocalDate.of(2023, 3, 1), "1", 10), ProblemCode.EVIDENCE_AFTER_YEAR,
            Severity.WARNING, "/evidence/7/date", "1.1", "1.1", "3", Severity.ERROR),
        // a pair of mentors since 2030 (a standing fact with a date): 2.2 stays 0
        Arguments.of(PlausibilityCheck.DATED_AFTER_YEAR, "320412",
            new Mentoring(MentoringKind.BLUE_GREEN_PAIR, 4, LocalDate.of(2030, 9, 1)),
            ProblemCode.EVIDENCE_AFTER_YEAR, Severity.WARNING, "/evidence/7/since", "2.2", "2.2",
            "0", Severity.INFO),
        // a fourth elder who joined in 2025: 2.1 stays 5 (3 elders, not 4 → 10)
        Arguments.of(PlausibilityCheck.JOINED_AFTER_YEAR, "320412",
            elder("E4", Tier.BACKBONE, LocalDate.of(2025, 1, 1)),
            ProblemCode.ELDER_JOINED_AFTER_YEAR, Severity.WARNING, "/evidence/7/joined", "2.1",
            "2.1", "5", Severity.ERROR),
        // a training no one attended: 1.1 stays 3
        Arguments.of(PlausibilityCheck.NO_PARTICIPANTS, "320412",
            training(LocalDate.of(2022, 6, 1), "1", 0), ProblemCode.EVIDENCE_NO_PARTICIPANTS,
            Severity.WARNING, "/evidence/7/attendees", "1.1", "1.1", "3", Severity.ERROR),
        // an activity no one took part in: 1.2 stays 1
        Arguments.of(PlausibilityCheck.NO_PARTICIPANTS, "320412",
            activity(LocalDate.of(2022, 6, 1), 0), ProblemCode.EVIDENCE_NO_PARTICIPANTS,
            Severity.WARNING, "/evidence/7/participants", "1.2", "1.2", "1", Severity.ERROR),
        // a training of 0.25 h, under the default 0.5 h: 1.1 stays 3
        Arguments.of(PlausibilityCheck.TRAINING_TOO_SHORT, "320412",
            training(LocalDate.of(2022, 6, 1), "0.25", 10), ProblemCode.TRAINING_TOO_SHORT,
            Severity.WARNING, "/evidence/7/hours", "1.1", "1.1", "3", Severity.ERROR),
        // 500 working-team elders, 3 on the roster: every record counts, 2.1 = 5; no item of
        // this sheet reads the organisation, so the touched items are —
        Arguments.of(PlausibilityCheck.TEAM_ABOVE_ROSTER, "320412",
            new Organisation(true, 5, 500, true, true, BigDecimal.ZERO, true),
            ProblemCode.WORKING_TEAM_ABOVE_ROSTER, Severity.WARNING,
            "/evidence/7/workingTeamElders", "—", "2.1", "5", Severity.ERROR),
        // Beijing's Dongcheng district under a Changzhou (3204) standard; nothing left out
        Arguments.of(PlausibilityCheck.OUTSIDE_JURISDICTION, "110101", null,
            ProblemCode.UNIT_OUTSIDE_JURISDICTION, Severity.ERROR, "/unit/district", null,
            "1.1", "3", Severity.WARNING));
  }

  private static SelfAssessment rowAssessment(String district, Evidence extra) {
    return extra == null ? assessment(district) : assessment(district, extra);
  }

  /** The problems of a refusal, or the warnings of a report. */
  private static List<Problem> problems(Result<ScoreReport> r) {
    return r.isValid() ? r.orElseThrow().warnings() : r.problems();
  }

  private static Problem only(Result<ScoreReport> r, ProblemCode code) {
    List<Problem> found = problems(r).stream().filter(p -> p.getCode() == code).toList();
    assertThat(found).as("problems %s", problems(r)).hasSize(1);
    return found.get(0);
  }

  private static Points points(ScoreReport r, String code) {
    return r.items().stream().filter(i -> i.code().equals(CriterionCode.of(code)))
        .map(ItemResult::awarded).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("rules")
  void eachRuleHasItsDefaultSeverityPlaceAndItemsAndLeavesTheRecordOut(PlausibilityCheck check,
      String district, Evidence extra, ProblemCode code, Severity severity, String pointer,
      String items, String item, String points, Severity override) {
    assertThat(check.code()).isEqualTo(code);
    assertThat(check.defaultSeverity()).isEqualTo(severity).isEqualTo(code.defaultSeverity());
    Standard standard = sheet().addJurisdiction("3204").build();
    Result<ScoreReport> r = Scorer.create().score(standard, rowAssessment(district, extra));
    Problem p = only(r, code);
    assertThat(p.getSeverity()).isEqualTo(severity);
    assertThat(p.getLocation().getPointer()).contains(pointer);
    if (items != null) {
      assertThat(p.getArguments()).last().isEqualTo(items);
    }
    assertThat(r.isValid()).isEqualTo(severity != Severity.ERROR);
    // the same under a lowered (error → warning) or raised severity, and the points counted
    Standard overridden = sheet().addJurisdiction("3204").addPlausibility(new PlausibilitySeverity(check, override))
        .build();
    Result<ScoreReport> o = Scorer.create().score(overridden, rowAssessment(district, extra));
    assertThat(only(o, code).getSeverity()).isEqualTo(override);
    assertThat(o.isValid()).isEqualTo(override != Severity.ERROR);
    ScoreReport scored = (r.isValid() ? r : o).orElseThrow();
    assertThat(points(scored, item)).isEqualByComparingTo(Points.parse(points));
  }

  @Test
  void aTrainingOfExactlyTheMinimumCountsAndTheStandardSetsTheMinimum() {
    // 0.5 h under the default 0.5: counted, 1.1 = 3 + 1 = 4
    ScoreReport r = Scorer.create().score(sheet().build(),
        assessment("320412", training(LocalDate.of(2022, 6, 1), "0.5", 10))).orElseThrow();
    assertThat(points(r, "1.1")).isEqualByComparingTo(Points.of(4));
    assertThat(r.warnings()).noneMatch(p -> p.getCode() == ProblemCode.TRAINING_TOO_SHORT);
    // a standard asking 2 h: the 1 h trainings of the base are left out too, 1.1 = 0
    ScoreReport strict = Scorer.create().score(
        sheet().minTrainingHours(new BigDecimal("2")).build(), assessment("320412"))
        .orElseThrow();
    assertThat(points(strict, "1.1")).isEqualByComparingTo(Points.ZERO);
    assertThat(strict.warnings()).filteredOn(p -> p.getCode() == ProblemCode.TRAINING_TOO_SHORT)
        .hasSize(3);
  }

  @Test
  void theSameElderInAnotherTierIsAContradictionNamingTheField() {
    Result<ScoreReport> r = Scorer.create().score(sheet().build(),
        assessment("320412", elder("E1", Tier.PARTICIPANT, LocalDate.of(2019, 9, 1))));
    Problem p = only(r, ProblemCode.EVIDENCE_CONTRADICTORY);
    assertThat(r.isValid()).isFalse();
    // the first E1 is at /evidence/3; the tier (层级 · Tier) differs
    assertThat(p.getArguments()).containsExactly("五老名册 · Elder roster", "/evidence/3", "层级 · Tier",
        "2.1");
  }

  @Test
  void aUnitInsideTheJurisdictionOrAStandardWithoutOneIsNotReported() {
    for (Standard s : List.of(sheet().build(), sheet().addJurisdiction("3204").build())) {
      Result<ScoreReport> r = Scorer.create().score(s, assessment("320412"));
      assertThat(problems(r)).noneMatch(p -> p.getCode().name().startsWith("UNIT_"));
    }
    Result<ScoreReport> far = Scorer.create().score(sheet().build(), assessment("110101"));
    assertThat(far.isValid()).isTrue();
  }

  @Test
  void thePrePassSaysWhichRecordsCountAndTheCheckerReportsTheSame() {
    Standard s = sheet().build();
    SelfAssessment a = assessment("320412", training(MARCH, "1", 10),
        training(LocalDate.of(2022, 6, 1), "1", 0));
    Plausibility.Outcome out = Plausibility.check(s, a, MeasureRegistry.builtIn());
    // base 7 records + 2: the repeat (7) and the empty training (8) are left out
    assertThat(out.notCounted()).containsExactly(7, 8);
    assertThat(out.counted()).hasSize(7).isEqualTo(a.getEvidence().subList(0, 7));
    assertThat(AssessmentChecker.check(s, a)).map(Problem::getCode)
        .containsExactly(ProblemCode.EVIDENCE_REPEATED, ProblemCode.EVIDENCE_NO_PARTICIPANTS);
    assertThat(Map.copyOf(Plausibility.touched(s, MeasureRegistry.builtIn())))
        .containsEntry("training", List.of(CriterionCode.of("1.1")))
        .containsEntry("elder", List.of(CriterionCode.of("2.1")));
  }

  @Test
  void theOutcomeKeepsTheAssessmentsOwnListWhenEveryRecordCountsAndCopiesAnyOther() {
    Standard s = sheet().build();
    SelfAssessment a = assessment("320412");
    Plausibility.Outcome out = Plausibility.check(s, a, MeasureRegistry.builtIn());
    assertThat(out.notCounted()).isEmpty();
    // the assessment's immutable list itself, not a copy of it
    assertThat(out.counted()).isSameAs(a.getEvidence());
    List<Evidence> mutable = new ArrayList<>(a.getEvidence());
    Plausibility.Outcome copied = new Plausibility.Outcome(mutable, List.of(), List.of());
    mutable.clear();
    assertThat(copied.counted()).isEqualTo(a.getEvidence()).isNotSameAs(mutable);
    assertThatThrownBy(() -> copied.counted().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
