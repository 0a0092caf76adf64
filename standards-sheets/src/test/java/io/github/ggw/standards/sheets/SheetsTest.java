package io.github.ggw.standards.sheets;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.sheets.StandardsCsv;
import static io.github.ggw.standards.sheets.Sheets.activity;
import static io.github.ggw.standards.sheets.Sheets.carrier;
import static io.github.ggw.standards.sheets.Sheets.designation;
import static io.github.ggw.standards.sheets.Sheets.document;
import static io.github.ggw.standards.sheets.Sheets.elders;
import static io.github.ggw.standards.sheets.Sheets.incident;
import static io.github.ggw.standards.sheets.Sheets.mentoring;
import static io.github.ggw.standards.sheets.Sheets.org;
import static io.github.ggw.standards.sheets.Sheets.publicity;
import static io.github.ggw.standards.sheets.Sheets.pupils;
import static io.github.ggw.standards.sheets.Sheets.research;
import static io.github.ggw.standards.sheets.Sheets.trainings;
import static io.github.ggw.standards.sheets.Sheets.unit;
import static io.github.ggw.standards.sheets.Sheets.vulnerable;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.UnitType;
import io.github.ggw.standards.model.evidence.ActivityKind;
import io.github.ggw.standards.model.evidence.CareCarrierKind;
import io.github.ggw.standards.model.evidence.DesignationKind;
import io.github.ggw.standards.model.evidence.DocumentKind;
import io.github.ggw.standards.model.evidence.IncidentKind;
import io.github.ggw.standards.model.evidence.Level;
import io.github.ggw.standards.model.evidence.MentoringKind;
import io.github.ggw.standards.model.evidence.PublicityKind;
import io.github.ggw.standards.model.evidence.ResearchKind;
import io.github.ggw.standards.model.evidence.Tier;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.VetoEffect;
import io.github.ggw.standards.rules.scoring.FigureSource;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.LostPoints;
import io.github.ggw.standards.rules.measure.MeasureType;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Five sheet shapes, written as data files (test resources {@code sheets/}, two of them CSV, each
 * describing itself in its source notes) and scored on hand-made cases of every rule kind of
 * docs/scoring.md. Every expected value is computed by hand in the
 * comment above its case, never by the scorer; totals are written {@code p/q} (compared exactly,
 * or at 20 decimals when {@code p/q} does not terminate). Every lost point of every case must
 * name its rule and, for a computed rule, the measure values it was read from.
 */
class SheetsTest {

  /** One hand-computed case: the report and the expected figures. */
  private static Arguments expect(String name, Sheets.Case c, String total, String rounded,
      Rating rating, boolean eligible) {
    return Arguments.of(name, c, total, rounded, rating, eligible);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void handComputedCases(String name, Sheets.Case c, String total, String rounded,
      Rating rating, boolean eligible) {
    ScoreReport r = c.score();
    assertTotal(r.total(), total);
    assertThat(r.roundedTotal()).hasToString(rounded);
    assertThat(r.rating()).isEqualTo(rating);
    assertThat(r.eligibility().eligible()).isEqualTo(eligible);
    everyLostPointNamesItsRuleAndMeasures(r);
  }

  static Stream<Arguments> cases() {
    Standard s1 = Sheets.load(Sheets.SHEET1);
    Standard s2 = Sheets.load(Sheets.SHEET2);
    Standard s3 = Sheets.load(Sheets.SHEET3);
    Standard s4 = Sheets.load(Sheets.SHEET4);
    Standard s5 = Sheets.load(Sheets.SHEET5);
    return Stream.of(
        // ---- sheet 1: numbered items (20 all-or-nothing on the earlier qualification, six
        // 3-point items, +1 bonus for a provincial title; bonus cap 1; bands 23/30/34; apply 34)
        // A: 1 (holds REGULARISATION_QUALIFIED) 20 + 2 chair 3 + 3 (4 trainings) 3
        //    + 4 (3 district activities x1) 3 + 5 claim 2.5 + 6 plan 3 + 7 (6 elders) 3 = 37.5;
        //    bonus 8 (provincial advanced collective) 1 -> 38.5 EXCELLENT, eligible
        expect("sheet1 A", sheet1A(s1), "77/2", "38.5", Rating.EXCELLENT, true),
        // B: 1 (no qualification) 0 + 2 3 + 3 (3 trainings >= 2) 1.5 + 4 (2 district, 1 school)
        //    2 + 5 claim 3 + 6 (not in plan) 0 + 7 (4 elders >= 3) 1.5 = 11; bonus (city title,
        //    not provincial) 0 -> 11 FAIL; ineligible: below 34, key item 1, prerequisite
        expect("sheet1 B", sheet1B(s1),
            "11", "11", Rating.FAIL, false),
        // C: 20 + 3 + (2 trainings) 1.5 + 3 + claim 2.5 + 3 + (2 elders < 3) 0 = 33; bonus 1
        //    -> 34: the bonus lifts the total onto the excellent bound and the threshold
        expect("sheet1 C", unit(s1, UnitType.JUNIOR_SECONDARY, "S1C")
            .with(designation(DesignationKind.REGULARISATION_QUALIFIED, Level.DISTRICT),
                designation(DesignationKind.ADVANCED_COLLECTIVE, Level.PROVINCE),
                org(true, 10, 5, true, true, 6000, true))
            .with(trainings(2)).with(elders(2, Tier.CORE, true))
            .with(activity(ActivityKind.SPEECH_CONTEST, Level.DISTRICT),
                activity(ActivityKind.READING_ESSAY, Level.CITY),
                activity(ActivityKind.RECITATION, Level.PROVINCE))
            .claim("1=20", "2=3", "3=1.5", "4=3", "5=2.5", "6=3", "7=0", "8=1"),
            "34", "34", Rating.EXCELLENT, true),

        // ---- sheet 2 (CSV): five blocks of 20, four 5-point items each, every loss a reason
        // full: every item 5 -> 100 EXCELLENT, eligible
        expect("sheet2 full", sheet2Full(s2), "100", "100", Rating.EXCELLENT, true),
        // losses: A1 (not head) 5-5=0; A2 (6 members) 5-2=3; A3 (not in plan, no room) 5-3-2=0;
        //   A4 (2500 yuan: 2500 short x 0.001) 5-2.5=2.5                       A = 5.5
        //   B1 (1 core) 5-2x2=1; B2 (0 trainings) 5-4x1.5 -> floor 0; B3 claim 3 (deduct 2 with
        //   a reason); B4 (2 retired teachers) 5-3=2                              B = 6
        //   C1 (3 activities) 5-1=4; C2 (1 district) 5-2.5=2.5; C3 (3 of 5 kinds = 60% -> 50%)
        //   2.5; C4 (no carrier) 0                                                C = 9
        //   D1 (4 pupils) 5-6x0.5=2; D2 (0 youths) 5-2x2.5=0; D3 (1 pair, no studio) 5-2-2=1;
        //   D4 (0 sessions) 5-6x0.5=2                                             D = 5
        //   E1 (no research) 5-3-2=0; E2 (1 issue) 5-3=2; E3 (0 reports) 0;
        //   E4 (1 minutes, plan, no summary) 5-1.5-1=2.5                          E = 4.5
        //   total 5.5 + 6 + 9 + 5 + 4.5 = 30 FAIL
        expect("sheet2 losses", sheet2Losses(s2), "30", "30", Rating.FAIL, false),

        // ---- sheet 3 (CSV): three-level codes, half-point sub-criteria; bands 12/15/18
        // X: 1.1.1 2.5 + 1.1.2 claim 2 = 4.5; 1.2.1 1.5 + 1.2.2 (1 training) 0.5 + 1.2.3
        //    (3 minutes x0.5) 1.5 = 3.5; 2.1.1 (1 activity x1.5) 1.5 + 2.1.2 claim 2.5 = 4;
        //    2.2.1 2 + 2.2.2 (3 pupils: 2-0.5) 1.5 = 3.5; total 4.5+3.5+4+3.5 = 15.5 GOOD
        expect("sheet3 X", unit(s3, UnitType.PRIMARY, "S3X")
            .with(org(true, 8, 4, true, true, 3000, true)).with(trainings(1))
            .with(document(DocumentKind.MINUTES), document(DocumentKind.MINUTES),
                document(DocumentKind.MINUTES),
                activity(ActivityKind.LECTURE, Level.SCHOOL),
                carrier(CareCarrierKind.TALK_ROOM, 2), pupils(3))
            .claim("1.1.1=2.5", "1.1.2=2", "1.2.1=1.5", "1.2.2=0.5", "1.2.3=1.5", "2.1.1=1.5",
                "2.1.2=2.5", "2.2.1=2", "2.2.2=1.5"),
            "31/2", "15.5", Rating.GOOD, false),
        // Y: every sub-criterion full: 2.5+2.5+1.5+1.5+2 + 3+3+2+2 = 20 EXCELLENT, eligible
        expect("sheet3 Y", unit(s3, UnitType.JUNIOR_SECONDARY, "S3Y")
            .with(org(true, 8, 4, true, true, 3000, true)).with(trainings(2))
            .with(document(DocumentKind.MINUTES), document(DocumentKind.MINUTES),
                document(DocumentKind.MINUTES), document(DocumentKind.MINUTES),
                activity(ActivityKind.LECTURE, Level.SCHOOL),
                activity(ActivityKind.RECITATION, Level.SCHOOL),
                carrier(CareCarrierKind.TALK_ROOM, 2), pupils(4))
            .claim("1.1.1=2.5", "1.1.2=2.5", "1.2.1=1.5", "1.2.2=1.5", "1.2.3=2", "2.1.1=3",
                "2.1.2=3", "2.2.1=2", "2.2.2=2"),
            "20", "20", Rating.EXCELLENT, true),

        // ---- sheet 4: weighted composite s1/50x40 + s2/30x30 + s3/20x30; bands 60/75/90
        // 77: s1 = 20 + (5 elders) 15 = 35 -> 28; s2 = (2 trainings x5) 10 + 15 = 25 -> 25;
        //     s3 = (9 of 10 = 90% -> 80%) 16 -> 24; total 77 GOOD
        expect("sheet4 77", sheet4(s4, "W77", "20", 5, 2, true, 9), "77", "77", Rating.GOOD,
            false),
        // 98: s1 = 22.5 + 25 = 47.5 -> 38; s2 = 15 + 15 -> 30; s3 (12 of 10 = 120%) 20 -> 30
        expect("sheet4 98", sheet4(s4, "W98", "22.5", 6, 3, true, 12), "98", "98",
            Rating.EXCELLENT, true),
        // 38: s1 = 12.5 + (3 elders) 10 = 22.5 -> 18; s2 = (1 training) 5 + 0 = 5 -> 5;
        //     s3 = (6 of 10 = 60% -> 50%) 10 -> 15; total 38 FAIL
        expect("sheet4 38", sheet4(s4, "W38", "12.5", 3, 1, false, 6), "38", "38",
            Rating.FAIL, false),

        // ---- sheet 5: apply at 90, vetoes, kindergarten n/a items (2.2, 3.2), rescale
        // K1 kindergarten: 10 + 10 + (4 team elders) 20 + (3 activities x5) 15 + claim 15 = 70 of
        //    the applicable 70 -> 70 x 100/70 = 100 EXCELLENT, eligible
        expect("sheet5 K1", sheet5(s5, UnitType.KINDERGARTEN, "K1", true, true, 4, 3, 0, "15",
            0).claim("1.1=10", "1.2=10", "1.3=20", "2.1=15", "3.1=15"),
            "100", "100", Rating.EXCELLENT, true),
        // K2 kindergarten: 10 + 0 + (3 team elders) 10 + (2 activities) 10 + claim 12.5 = 42.5
        //    of 70 -> 42.5 x 100/70 = 425/7 = 60.714285… -> 60.7 PASS, below 90
        expect("sheet5 K2", sheet5(s5, UnitType.KINDERGARTEN, "K2", true, false, 3, 2, 0, "12.5",
            0).claim("1.1=10", "1.2=0", "1.3=10", "2.1=10", "3.1=12.5"),
            "425/7", "60.7", Rating.PASS, false),
        // P1 primary: 10 + 10 + 20 + 15 + (5 pupils) 15 + claim 5 + (1 youth) 15 = 90: the
        //    self-score reaches 90, so it may apply
        expect("sheet5 P1", sheet5P1(s5, "P1"), "90", "90", Rating.EXCELLENT, true),
        // P5 primary: 10 + 10 + (2 team elders) 10 + (1 activity) 5 + 15 + claim 5 + 0 = 55:
        //    below the floor of 60 (veto on the total) and FAIL
        expect("sheet5 P5", sheet5(s5, UnitType.PRIMARY, "P5", true, true, 2, 1, 5, "5", 0)
            .claim("1.1=10", "1.2=10", "1.3=10", "2.1=5", "2.2=15", "3.1=5", "3.2=0"),
            "55", "55", Rating.FAIL, false));
  }

  // ------------------------------------------------------------------ case builders

  private static Sheets.Case sheet1A(Standard s1) {
    return unit(s1, UnitType.PRIMARY, "S1A")
        .with(designation(DesignationKind.REGULARISATION_QUALIFIED, Level.DISTRICT),
            designation(DesignationKind.ADVANCED_COLLECTIVE, Level.PROVINCE),
            org(true, 10, 5, true, true, 6000, true))
        .with(trainings(4)).with(elders(6, Tier.CORE, true))
        .with(activity(ActivityKind.SPEECH_CONTEST, Level.DISTRICT),
            activity(ActivityKind.READING_ESSAY, Level.DISTRICT),
            activity(ActivityKind.RECITATION, Level.DISTRICT))
        .claim("1=20", "2=3", "3=3", "4=3", "5=2.5", "6=3", "7=3", "8=1");
  }

  private static Sheets.Case sheet1B(Standard s1) {
    return unit(s1, UnitType.PRIMARY, "S1B")
        .with(designation(DesignationKind.ADVANCED_COLLECTIVE, Level.CITY),
            org(true, 10, 5, true, true, 6000, false))
        .with(trainings(3)).with(elders(4, Tier.CORE, true))
        .with(activity(ActivityKind.SPEECH_CONTEST, Level.DISTRICT),
            activity(ActivityKind.READING_ESSAY, Level.DISTRICT),
            activity(ActivityKind.RECITATION, Level.SCHOOL))
        .claim("1=0", "2=3", "3=1.5", "4=2", "5=3", "6=0", "7=1.5", "8=0");
  }

  private static Sheets.Case sheet2Full(Standard s2) {
    return sheet2Full(s2, "B3=5");
  }

  /** The full case of sheet 2 with another claim on B3 (the discretionary deduction). */
  private static Sheets.Case sheet2Full(Standard s2, String b3) {
    return unit(s2, UnitType.PRIMARY, "S2FULL")
        .with(org(true, 8, 4, true, true, 5000, true))
        .with(elders(3, Tier.CORE, true)).with(elders(2, Tier.BACKBONE, true))
        .with(trainings(4))
        .with(activity(ActivityKind.SPEECH_CONTEST, Level.DISTRICT),
            activity(ActivityKind.READING_ESSAY, Level.DISTRICT),
            activity(ActivityKind.RECITATION, Level.SCHOOL),
            activity(ActivityKind.SHORT_VIDEO, Level.SCHOOL),
            activity(ActivityKind.LECTURE, Level.SCHOOL),
            carrier(CareCarrierKind.TALK_ROOM, 6), pupils(10), vulnerable(2),
            mentoring(MentoringKind.BLUE_GREEN_PAIR, 3), mentoring(MentoringKind.TEACHER_STUDIO, 1),
            research(ResearchKind.SURVEY_REPORT), research(ResearchKind.PROPOSAL),
            publicity(PublicityKind.NEWSLETTER_ISSUE, 4), publicity(PublicityKind.NEWS_REPORT, 2),
            document(DocumentKind.MINUTES), document(DocumentKind.MINUTES),
            document(DocumentKind.PLAN), document(DocumentKind.SUMMARY))
        .claim("A1=5", "A2=5", "A3=5", "A4=5", "B1=5", "B2=5", b3, "B4=5", "C1=5", "C2=5",
            "C3=5", "C4=5", "D1=5", "D2=5", "D3=5", "D4=5", "E1=5", "E2=5", "E3=5", "E4=5");
  }

  private static Sheets.Case sheet2Losses(Standard s2) {
    return unit(s2, UnitType.SENIOR_SECONDARY, "S2LOSS")
        .with(org(false, 6, 2, true, false, 2500, false))
        .with(elders(1, Tier.CORE, true)).with(elders(1, Tier.BACKBONE, true))
        .with(activity(ActivityKind.SPEECH_CONTEST, Level.DISTRICT),
            activity(ActivityKind.READING_ESSAY, Level.SCHOOL),
            activity(ActivityKind.RECITATION, Level.SCHOOL),
            pupils(4), mentoring(MentoringKind.BLUE_GREEN_PAIR, 1),
            publicity(PublicityKind.NEWSLETTER_ISSUE, 1),
            document(DocumentKind.MINUTES), document(DocumentKind.PLAN))
        .claim("A1=0", "A2=3", "A3=0", "A4=2.5", "B1=1", "B2=0", "B3=3:培训签到表缺三次，记录不全",
            "B4=2", "C1=4", "C2=2.5", "C3=2.5", "C4=0", "D1=2", "D2=0", "D3=1", "D4=2", "E1=0",
            "E2=2", "E3=0", "E4=2.5");
  }

  private static Sheets.Case sheet4(Standard s4, String id, String judged, int elders,
      int trainings, boolean plan, int publicity) {
    return unit(s4, UnitType.PRIMARY, id)
        .with(org(true, 8, 4, true, true, 3000, plan))
        .with(elders(elders, Tier.BACKBONE, false)).with(trainings(trainings))
        .with(publicity(PublicityKind.NEWS_REPORT, publicity))
        .claim("1.1=" + judged,
            "1.2=" + (elders >= 6 ? 25 : elders >= 4 ? 15 : elders >= 2 ? 10 : 0),
            "2.1=" + Math.min(15, 5 * trainings), "2.2=" + (plan ? 15 : 0),
            "3.1=" + (publicity >= 10 ? 20 : publicity >= 8 ? 16 : publicity >= 6 ? 10 : 0));
  }

  private static Sheets.Case sheet5(Standard s5, UnitType type, String id, boolean chair,
      boolean plan, int team, int activities, int pupils, String judged, int youths) {
    Sheets.Case c = unit(s5, type, id).with(org(chair, 8, team, true, true, 3000, plan));
    for (int i = 0; i < activities; i++) {
      c.with(activity(ActivityKind.values()[i], Level.SCHOOL));
    }
    if (pupils > 0) {
      c.with(pupils(pupils));
    }
    if (youths > 0) {
      c.with(vulnerable(youths));
    }
    return c;
  }

  private static Sheets.Case sheet5P1(Standard s5, String id) {
    return sheet5(s5, UnitType.PRIMARY, id, true, true, 4, 3, 5, "5", 1)
        .claim("1.1=10", "1.2=10", "1.3=20", "2.1=15", "2.2=15", "3.1=5", "3.2=15");
  }

  // ------------------------------------------------------------------ focused checks

  @Nested
  class Sheet1NumberedItems {
    private final Standard s1 = Sheets.load(Sheets.SHEET1);

    @Test
    void lineageAndPrerequisiteAreData() {
      assertThat(s1.getReplaces()).hasValueSatisfying(v -> assertThat(v).hasToString("2020.1"));
      assertThat(s1.getPrerequisites()).containsExactly(DesignationKind.REGULARISATION_QUALIFIED);
    }

    @Test
    void ineligibleUnitIsToldEveryReason() {
      // B: below 34, key item 1 (0 of 20) and the prerequisite designation missing
      ScoreReport b = sheet1B(s1).score();
      assertThat(b.eligibility().reasons()).extracting(t -> t.en()).containsExactly(
          "The total 11 is below the certification threshold 34",
          "Key indicator 1 not met (0 of 20 points)",
          "The unit does not hold the prerequisite designation regularisation-qualified unit");
      assertThat(b.eligibility().reasons().get(2).zh()).contains("常态化建设合格单位");
    }
  }

  @Nested
  class Sheet2Deductions {
    private final Standard s2 = Sheets.load(Sheets.SHEET2);

    @Test
    void everyDeductionCarriesItsReasonCodeTextAndMeasure() {
      ScoreReport r = sheet2Losses(s2).score();
      // A3: D1 not in plan (3) and D2 no activity room (2), both with the flag's value 0
      ItemResult a3 = item(r, "A3");
      assertThat(a3.lost()).extracting(LostPoints::points)
          .containsExactly(Points.of(3), Points.of(2));
      assertThat(a3.lost()).extracting(l -> l.reasonCode().orElseThrow())
          .containsExactly("D1", "D2");
      assertThat(a3.lost().get(0).reason().zh()).contains("未纳入学校年度计划");
      assertThat(a3.lost().get(1).reason().en()).contains("no office or activity room");
      assertThat(a3.lost().get(0).measures()).singleElement()
          .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("0"));
      // A4: 2500 yuan short of 5000 at 0.001 a yuan = 2.5
      assertThat(item(r, "A4").lost()).singleElement().satisfies(l -> {
        assertThat(l.points()).isEqualTo(Points.parse("2.5"));
        assertThat(l.measures().get(0).value()).isEqualByComparingTo("2500");
      });
    }

    @Test
    void deductionFloorsAtZero() {
      // B2: 0 trainings, 4 short x 1.5 = 6 due on 5: the item ends at 0 (扣完为止); the report
      // shows 5 lost, never more than the maximum, and keeps the 6 due
      ItemResult b2 = item(sheet2Losses(s2).score(), "B2");
      assertThat(b2.awarded()).isEqualTo(Points.ZERO);
      assertThat(b2.lost()).singleElement().satisfies(l -> {
        assertThat(l.points()).isEqualTo(Points.of(5));
        assertThat(l.due()).contains(Points.of(6));
        assertThat(l.reason().zh()).endsWith("应扣6分，实扣5分（扣完为止）");
      });
    }

    @Test
    void discretionaryDeductionQuotesTheWrittenReason() {
      ItemResult b3 = item(sheet2Losses(s2).score(), "B3");
      assertThat(b3.source()).isEqualTo(FigureSource.CLAIMED);
      assertThat(b3.lost()).singleElement().satisfies(l -> {
        assertThat(l.points()).isEqualTo(Points.of(2));
        assertThat(l.reason().zh()).contains("培训签到表缺三次");
        assertThat(l.reason().en()).contains("range 2 to 5");
      });
      assertThat(b3.rule().orElseThrow().zh()).contains("可扣2至5分");
    }

    /** B3 may deduct 0, or 2 to 5 in whole points, and a deduction needs a written reason. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      // 5 - 4 = 1 deducted: below the range 2 to 5
      "B3=4:记录不全, CLAIM_OUTSIDE_RANGE",
      // 5 - 2.5 = 2.5 deducted: in the range but off the step of 1
      "B3=2.5:记录不全, CLAIM_OUTSIDE_RANGE",
      // 5 - 3 = 2 deducted with an empty narrative: no written reason
      "B3=3, CLAIM_REASON_MISSING",
      // 5 - 3 = 2 deducted with a narrative of spaces only
      "'B3=3:   ', CLAIM_REASON_MISSING"})
    void discretionaryClaimsAreChecked(String claim, ProblemCode expected) {
      Result<ScoreReport> o = Scorer.create().score(s2, sheet2Full(s2, claim).build());
      assertThat(o.isValid()).isFalse();
      assertThat(o.problems()).singleElement().satisfies(p -> {
        assertThat(p.getCode()).isEqualTo(expected);
        assertThat(p.getLocation().getCriterion()).hasValue(CriterionCode.of("B3"));
        StandardFindingsTest.assertWellFormed(p);
      });
    }

    @Test
    void discretionaryClaimsInTheRangeScore() {
      // 5 - 0 = 5 (nothing deducted, no reason needed) and 5 - 5 = 0 (the whole range) score
      assertThat(item(sheet2Full(s2, "B3=5").score(), "B3").awarded()).isEqualTo(Points.of(5));
      assertThat(item(sheet2Full(s2, "B3=0:全年无培训记录").score(), "B3").awarded())
          .isEqualTo(Points.ZERO);
    }

    @Test
    void tieredCreditReportsTheShareOfTheTarget() {
      // C3: 3 kinds of the target 5 = 60% -> 50% of 5 = 2.5
      ItemResult c3 = item(sheet2Losses(s2).score(), "C3");
      assertThat(c3.awarded()).isEqualTo(Points.parse("2.5"));
      assertThat(c3.lost()).singleElement().satisfies(l ->
          assertThat(l.reason().en()).contains("is 3 against the target 5 (60%)", "earns 50%"));
    }
  }

  @Nested
  class Sheet3ThreeLevels {
    @Test
    void codesNestThreeLevelsInDeclaredOrder() {
      Standard s3 = Sheets.load(Sheets.SHEET3);
      assertThat(s3.getAllCriteria().map(c -> c.getCode().toString())).containsExactly(
          "1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2", "1.2.3",
          "2", "2.1", "2.1.1", "2.1.2", "2.2", "2.2.1", "2.2.2");
      assertThat(s3.find(CriterionCode.of("1.2.2")).orElseThrow().getMaxPoints())
          .isEqualTo(Points.parse("1.5"));
    }
  }

  @Nested
  class Sheet4Quotas {
    private final Standard s4 = Sheets.load(Sheets.SHEET4);

    @Test
    void atMostAQuarterExcellentTheRestMoveDown() {
      // 4 units, 25% -> floor(1) place: 98 keeps EXCELLENT; 96 and 92 move to GOOD; 77 stays
      // 96: s1 = 20 + 25 = 45 -> 36, s2 30, s3 30; 92: s1 = 15 + 25 = 40 -> 32, + 60
      List<ScoreReport> batch = List.of(sheet4(s4, "W98", "22.5", 6, 3, true, 12).score(),
          sheet4(s4, "W96", "20", 6, 3, true, 12).score(),
          sheet4(s4, "W92", "15", 6, 3, true, 12).score(),
          sheet4(s4, "W77", "20", 5, 2, true, 9).score());
      assertThat(batch).extracting(ScoreReport::roundedTotal).extracting(Points::toString)
          .containsExactly("98", "96", "92", "77");
      var decided = io.github.ggw.standards.rules.quota.QuotaStep.apply(s4, batch);
      assertThat(decided).extracting(b -> b.decided()).containsExactly(Rating.EXCELLENT,
          Rating.GOOD, Rating.GOOD, Rating.GOOD);
      assertThat(decided).extracting(b -> b.provisional()).containsExactly(Rating.EXCELLENT,
          Rating.EXCELLENT, Rating.EXCELLENT, Rating.GOOD);
      assertThat(decided.get(1).note().orElseThrow().zh()).contains("由优秀调为良好");
      assertThat(decided.get(0).note()).isEmpty();
      assertThat(decided.get(3).isDemoted()).isFalse();
    }

    @Test
    void aBatchIsOneStandards() {
      List<ScoreReport> batch = List.of(sheet4(s4, "W98", "22.5", 6, 3, true, 12).score());
      org.junit.jupiter.api.Assertions.assertThrows(
          io.github.ggw.standards.model.StandardsException.class,
          () -> io.github.ggw.standards.rules.quota.QuotaStep.apply(Sheets.load(Sheets.SHEET1), batch));
      // a standard without quotas leaves every band as it is
      assertThat(io.github.ggw.standards.rules.quota.QuotaStep.apply(
          io.github.ggw.standards.model.standard.ImmutableStandard.copyOf(s4).withQuotas(List.of()), batch))
          .singleElement().satisfies(b -> assertThat(b.isDemoted()).isFalse());
    }

    @Test
    void aTieAtTheCutKeepsTheHigherBandAndIsFlagged() {
      List<ScoreReport> batch = List.of(sheet4(s4, "T1", "22.5", 6, 3, true, 12).score(),
          sheet4(s4, "T2", "22.5", 6, 3, true, 12).score(),
          sheet4(s4, "T3", "15", 6, 3, true, 12).score(),
          sheet4(s4, "T4", "20", 5, 2, true, 9).score());
      var decided = io.github.ggw.standards.rules.quota.QuotaStep.apply(s4, batch);
      assertThat(decided).extracting(b -> b.decided()).containsExactly(Rating.EXCELLENT,
          Rating.EXCELLENT, Rating.GOOD, Rating.GOOD);
      assertThat(decided).extracting(b -> b.tiedAtCut()).containsExactly(false, true, false,
          false);
      assertThat(decided.get(1).note().orElseThrow().en()).contains("tied at the cut");
    }
  }

  @Nested
  class Sheet5VetoesAndNotApplicable {
    private final Standard s5 = Sheets.load(Sheets.SHEET5);

    @Test
    void kindergartenItemsAreLeftOutAndRescaled() {
      ScoreReport k = sheet5(s5, UnitType.KINDERGARTEN, "K1", true, true, 4, 3, 0, "15", 0)
          .claim("1.1=10", "1.2=10", "1.3=20", "2.1=15", "3.1=15").score();
      assertThat(item(k, "2.2").source()).isEqualTo(FigureSource.NOT_APPLICABLE_EXCLUDED);
      assertThat(item(k, "3.2").source()).isEqualTo(FigureSource.NOT_APPLICABLE_EXCLUDED);
      assertThat(k.notApplicableMode()).hasToString("RESCALE");
    }

    /** P1 (90) plus one incident: each veto effect of the sheet. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vetoes")
    void vetoEffects(IncidentKind kind, VetoEffect effect, Rating band, String code) {
      ScoreReport r = sheet5P1(s5, "PV").with(incident(kind)).score();
      // the points stand (90); the band follows the declared effect; eligibility is gone
      assertThat(r.roundedTotal()).isEqualTo(Points.of(90));
      assertThat(r.rating()).isEqualTo(band);
      assertThat(r.eligibility().eligible()).isFalse();
      assertThat(r.vetoes()).singleElement().satisfies(v -> {
        assertThat(v.effect()).isEqualTo(effect);
        assertThat(v.code()).hasValue(CriterionCode.of(code));
        assertThat(v.measures()).singleElement()
            .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("1"));
      });
    }

    static Stream<Arguments> vetoes() {
      return Stream.of(
          Arguments.of(IncidentKind.SAFETY_INCIDENT, VetoEffect.FAIL, Rating.FAIL, "V1"),
          Arguments.of(IncidentKind.SERIOUS_VIOLATION, VetoEffect.CAP_BAND, Rating.PASS, "V2"),
          Arguments.of(IncidentKind.CONCEALMENT, VetoEffect.REMOVE_ELIGIBILITY,
              Rating.EXCELLENT, "V3"));
    }

    @Test
    void totalBelowTheFloorIsAVeto() {
      ScoreReport r = sheet5(s5, UnitType.PRIMARY, "P5", true, true, 2, 1, 5, "5", 0)
          .claim("1.1=10", "1.2=10", "1.3=10", "2.1=5", "2.2=15", "3.1=5", "3.2=0").score();
      assertThat(r.vetoes()).singleElement().satisfies(v -> {
        assertThat(v.code()).isEmpty();
        assertThat(v.reason().en()).isEqualTo("Veto: the total 55 is below the floor 60");
      });
    }
  }

  @Nested
  class Tailoring {
    private final Standard base = Sheets.load(Sheets.SHEET5);
    private final StandardsJson json = StandardsJson.create();

    private Standard kindergarten() {
      io.github.ggw.standards.model.standard.Profile p = json.readProfile(
          Sheets.bytes("profile-sheet5-kindergarten.json")).orElseThrow();
      assertThat(json.readProfile(json.writeProfile(p)
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow()).isEqualTo(p);
      return json.tailor(base, p).orElseThrow();
    }

    @Test
    void theProfileResolvesToAStandaloneStandard() {
      // 1 (40) + 2 without 2.2 (15) + 3 without 3.2, 3.1 at 30 (30) = 85; kindergartens only
      Standard k = kindergarten();
      assertThat(k.getId()).hasToString("sheet5-kindergarten");
      assertThat(k.getNominalMax()).isEqualTo(Points.of(85));
      assertThat(k.getApplicableUnitTypes()).containsExactly(UnitType.KINDERGARTEN);
      assertThat(k.getAllCriteria().map(c -> c.getCode().toString())).containsExactly(
          "1", "1.1", "1.2", "1.3", "2", "2.1", "3", "3.1", "V1", "V2", "V3");
      assertThat(k.getVetoBelow()).isEqualTo(base.getVetoBelow());
      // standalone: it reads back from its own JSON and CSV
      assertThat(json.readStandard(json.writeStandard(k)
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow()).isEqualTo(k);
      assertThat(StandardsCsv.create().readStandard(StandardsCsv.create().writeStandardBytes(k))
          .orElseThrow()).isEqualTo(k);
    }

    @ParameterizedTest(name = "3.1 claimed {0}")
    @CsvSource({
      // 10 + 10 + 20 + 15 + 30 = 85 of 85: EXCELLENT (>= 76.5), eligible
      "30, 85, EXCELLENT, true",
      // 10 + 10 + 20 + 15 + 7 = 62: PASS (60 to 70), below 76.5
      "7, 62, PASS, false"})
    void scoringAgainstTheTailoredSheet(String judged, String total, Rating rating,
        boolean eligible) {
      Standard k = kindergarten();
      ScoreReport r = sheet5(k, UnitType.KINDERGARTEN, "KT", true, true, 4, 3, 0, judged, 0)
          .claim("1.1=10", "1.2=10", "1.3=20", "2.1=15", "3.1=" + judged).score();
      assertThat(r.total()).isEqualTo(Points.parse(total));
      assertThat(r.rating()).isEqualTo(rating);
      assertThat(r.eligibility().eligible()).isEqualTo(eligible);
    }
  }

  @Nested
  class WithinTheYear {
    /** The small sheet of {@link StandardFindingsTest}, 2.1 counting activities of any year. */
    private Standard sheet(String params) {
      return StandardsCsv.create().readStandard(StandardFindingsTest.BASE
          .replace("measure=activities.count; pointsEach=1", params)
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void withinYearFalseCountsEarlierFacts() {
      // one activity in 2021, one in 2022: the year counts 1 (1 point of 2), any year counts 2
      for (String[] c : new String[][] {
          {"measure=activities.count; pointsEach=1", "1"},
          {"measure=activities.count; withinYear=false; pointsEach=1", "2"}}) {
        Standard s = sheet(c[0]);
        ScoreReport r = unit(s, UnitType.PRIMARY, "Y1")
            .with(new io.github.ggw.standards.model.evidence.ThemedActivity(
                ActivityKind.LECTURE, java.time.LocalDate.of(2021, 6, 1), Level.SCHOOL, 50,
                io.github.ggw.standards.model.evidence.Award.NONE, "讲座"),
                activity(ActivityKind.LECTURE, Level.SCHOOL))
            .claim("1.1=0", "1.2=0", "2.1=" + c[1], "2.2=0", "B1=0").score();
        assertThat(item(r, "2.1").awarded()).isEqualTo(Points.parse(c[1]));
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static ItemResult item(ScoreReport r, String code) {
    return r.items().stream().filter(i -> i.code().equals(CriterionCode.of(code))).findFirst()
        .orElseThrow();
  }

  /** Every item that lost points names its rule; a computed one names the measure values. */
  static void everyLostPointNamesItsRuleAndMeasures(ScoreReport r) {
    for (ItemResult i : r.items()) {
      if (i.pointsLost().isZero() || i.source() == FigureSource.SUBTOTAL
          || i.source() == FigureSource.NOT_APPLICABLE_EXCLUDED) {
        continue;
      }
      assertThat(i.rule()).as("rule of %s", i.code()).isPresent();
      assertThat(i.lost()).as("reasons of %s", i.code()).isNotEmpty();
      Points listed = i.lost().stream().map(LostPoints::points).reduce(Points.ZERO,
          Points::plus);
      assertThat(listed).as("lost points of %s", i.code()).isGreaterThanOrEqualTo(
          i.pointsLost());
      for (LostPoints l : i.lost()) {
        assertThat(l.reason().zh()).isNotBlank();
        assertThat(l.reason().en()).isNotBlank();
        if (i.source() == FigureSource.COMPUTED) {
          assertThat(l.measures()).as("measures of %s", i.code()).isNotEmpty();
          l.measures().stream().filter(m -> m.type() != MeasureType.FLAG)
              .forEach(m -> assertThat(l.reason().en())
                  .contains(m.value().stripTrailingZeros().toPlainString()));
        }
      }
    }
  }

  /** Compares with p/q: exactly when p/q terminates, else both to 20 decimals HALF_UP. */
  private static void assertTotal(Points actual, String fraction) {
    String[] pq = fraction.split("/");
    BigDecimal p = new BigDecimal(pq[0]);
    BigDecimal q = pq.length > 1 ? new BigDecimal(pq[1]) : BigDecimal.ONE;
    Optional<BigDecimal> exact;
    try {
      exact = Optional.of(p.divide(q));
    } catch (ArithmeticException nonTerminating) {
      exact = Optional.empty();
    }
    if (exact.isPresent()) {
      assertThat(actual.toBigDecimal()).isEqualByComparingTo(exact.get());
    } else {
      assertThat(actual.toBigDecimal().setScale(20, RoundingMode.HALF_UP))
          .isEqualTo(p.divide(q, 20, RoundingMode.HALF_UP));
    }
  }
}
