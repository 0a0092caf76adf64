package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.DimensionResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Independent reference values for the six bundled samples of the Changzhou sheet (year 2022),
 * computed by hand from the data files, not from the scorer.
 *
 * <p>Sheet summary (max points): dimension 1 (weight 20): 1.1 chair is head (4, KEY), 1.2 in annual
 * plan (4), 1.3 working-team elders (≥6→4, ≥4→3, ≥2→1.5), 1.4.1 office AND room (2), 1.4.2 funding
 * (≥5000→2, ≥2000→1), 1.5 trainings ×1 (max 4). Dimension 2 (weight 25): 2.1 distinct themed kinds
 * ×2 (max 8; n/a KINDERGARTEN, VOCATIONAL), 2.2 activities level≥DISTRICT award≥THIRD (≥3→4, ≥1→2),
 * 2.3 CAMPUS_VISIT/CULTURE_ACTION ×1 (max 4), 2.4 judgement (4). Dimension 3 (weight 25): 3.1
 * judgement (4), 3.2 distinct carrier kinds (3→4, 2→2.5, 1→1), 3.3 deduction 4 − 2·[pupils&lt;1] −
 * 0.5·max(0, 8 − sessions), 3.4 vulnerable youths ≥1 → 4 (n/a KINDERGARTEN), 3.5 blue-green pairs
 * (≥5→4, ≥3→3, ≥1→2). Dimension 4 (weight 15): 4.1 CORE elders (≥3→5, 2→3.5, 1→2), 4.2 retired
 * teachers (≥8→5, ≥5→4, ≥3→2.5, ≥1→1), 4.3 studio ≥1 → 5, 4.4 judgement (5). Dimension 5 (weight
 * 15): 5.1 research in year (≥2→5, 1→3), 5.2 publicity Σcount ×1 (max 5), 5.3 deduction 5 −
 * 2·[no PLAN] − 2·[no SUMMARY] − 0.5·max(0, 4 − MINUTES), 5.4 judgement (5). Bonus: B1 provincial
 * advanced collective → 2, B2 city-or-higher first prizes ×1 (max 2), bonus cap 3. Vetoes: V1
 * safety incident / serious violation, V2 concealment.
 *
 * <p>Exact totals are written as fractions {@code p/q}. When {@code p/q} is a terminating decimal
 * the report's total must equal it exactly ({@code compareTo}); otherwise the report's total and
 * {@code p/q} are both set to 20 decimal places (HALF_UP) and must be equal there.
 */
class BundledSamplesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # 01 PRIMARY, everything applicable.
      #  d1: 1.1 4 + 1.2 4 + 1.3 (6 elders) 4 + 1.4.1 2 + 1.4.2 (6000) 2 + 1.5 (4 trainings) 4 = 20   -> 20/20*20 = 20
      #  d2: 2.1 (4 kinds) 8 + 2.2 (speech, essay, recitation D/3rd, recitation CITY/1st = 3+, video NONE out) 4
      #      + 2.3 (3 visits + 1 culture) 4 + 2.4 claim 4 = 20                                      -> 20/20*25 = 25
      #  d3: 3.1 claim 3.5 + 3.2 (3 kinds) 4 + 3.3 (pupils 9, sessions 6+4+2=12) 4 + 3.4 (2 youths) 4
      #      + 3.5 (6 pairs) 4 = 19.5                                                                -> 19.5/20*25 = 24.375
      #  d4: 4.1 (3 core) 5 + 4.2 (8 retired teachers) 5 + 4.3 (teacher studio) 5 + 4.4 claim 5 = 20 -> 20/20*15 = 15
      #  d5: 5.1 (2 research) 5 + 5.2 (4 issues) 4 + 5.3 (plan, summary, 4 minutes) 5 + 5.4 claim 4 = 18
      #                                                                                              -> 18/20*15 = 13.5
      #  composite 20 + 25 + 24.375 + 15 + 13.5 = 97.875; bonus B1 (provincial advanced collective) 2
      #  + B2 (1 city first prize) 1 = 3 (cap 3); total 100.875 = 807/8 -> 100.9 EXCELLENT; 1.1 full, no veto -> eligible
      #  claims 20 + 20 + 19.5 + 20 + 18 + (2 + 1) = 100.5
      01-excellent-primary.json     | 807/8   | 100.9 | EXCELLENT | true  | false | 100.5 | 1=20;2=20;3=19.5;4=20;5=18   | 1=20;2=20;3=20;4=20;5=20
      # 02 JUNIOR_SECONDARY, everything applicable.
      #  d1: 1.1 (not head) 0 + 1.2 (not in plan) 0 + 1.3 (2 elders) 1.5 + 1.4.1 (no room) 0 + 1.4.2 (1000) 0
      #      + 1.5 (1 training) 1 = 2.5                                                              -> 2.5/20*20 = 2.5
      #  d2: 2.1 (speech only) 2 + 2.2 (school level) 0 + 2.3 (none) 0 + 2.4 claim 1.5 = 3.5         -> 3.5/20*25 = 4.375
      #  d3: 3.1 claim 1 + 3.2 (1 kind) 1 + 3.3 (no pupils -2, sessions 3: -0.5*5 = -2.5; 4-4.5 floor) 0
      #      + 3.4 (no youths) 0 + 3.5 (1 pair) 2 = 4                                                -> 4/20*25 = 5
      #  d4: 4.1 (no core) 0 + 4.2 (1 retired teacher) 1 + 4.3 (no studio) 0 + 4.4 claim 1.5 = 2.5   -> 2.5/20*15 = 1.875
      #  d5: 5.1 (no research) 0 + 5.2 (1 issue) 1 + 5.3 (no summary -2, 1 minutes -0.5*3) 5-3.5 = 1.5
      #      + 5.4 claim 1 = 3.5                                                                     -> 3.5/20*15 = 2.625
      #  composite 2.5 + 4.375 + 5 + 1.875 + 2.625 = 16.375; bonus 0; total 16.375 = 131/8 -> 16.4 FAIL
      #  claims 2.5 + 3.5 + 4 + 2.5 + 3.5 + 0 = 16
      02-failing-junior.json        | 131/8   | 16.4  | FAIL      | false | false | 16    | 1=2.5;2=3.5;3=4;4=2.5;5=3.5  | 1=20;2=20;3=20;4=20;5=20
      # 03 PRIMARY, everything applicable, safety incident 2022-05-08 -> V1 veto.
      #  d1: 4 + 4 + 1.3 (6) 4 + 2 + 1.4.2 (6000) 2 + 1.5 (5 trainings, max) 4 = 20                 -> 20
      #  d2: 2.1 (4 kinds) 8 + 2.2 (3 D/2nd) 4 + 2.3 (4 visits) 4 + 2.4 claim 3.5 = 19.5             -> 19.5/20*25 = 24.375
      #  d3: 3.1 claim 4 + 3.2 (3 kinds) 4 + 3.3 (pupils 4, sessions 5+5+1=11) 4 + 3.4 (1 youth) 4
      #      + 3.5 (5 pairs) 4 = 20                                                                  -> 25
      #  d4: 4.1 (3 core) 5 + 4.2 (7 retired -> >=5) 4 + 4.3 (principal studio) 5 + 4.4 claim 4.5 = 18.5
      #                                                                                              -> 18.5/20*15 = 13.875
      #  d5: 5.1 (2) 5 + 5.2 (6 issues, max) 5 + 5.3 (plan, summary, 5 minutes) 5 + 5.4 claim 4 = 19 -> 19/20*15 = 14.25
      #  composite 20 + 24.375 + 25 + 13.875 + 14.25 = 97.5; bonus 0 (no designation, no first prize)
      #  total 97.5 = 195/2 -> 97.5, band forced to FAIL by the veto, not eligible
      #  claims 20 + 19.5 + 20 + 18.5 + 19 + 0 = 97
      03-vetoed-primary.json        | 195/2   | 97.5  | FAIL      | false | true  | 97    | 1=20;2=19.5;3=20;4=18.5;5=19 | 1=20;2=20;3=20;4=20;5=20
      # 04 KINDERGARTEN: 2.1 (8) and 3.4 (4) not applicable -> applicable max d2 = 12, d3 = 16.
      #  d1: 4 + 4 + 1.3 (6) 4 + 2 + 1.4.2 (5000, inclusive) 2 + 1.5 (4) 4 = 20                      -> 20
      #  d2: 2.2 (lecture D/3rd: 1) 2 + 2.3 (2 visits + 1 culture) 3 + 2.4 claim 2 = 7               -> 7/12*25 = 175/12 = 14.58333...
      #  d3: 3.1 claim 3 + 3.2 (2 kinds) 2.5 + 3.3 (pupils 2, sessions 3+2=5: -0.5*3) 2.5 + 3.5 (1 pair) 2 = 10
      #                                                                                              -> 10/16*25 = 15.625
      #  d4: 4.1 (2 core) 3.5 + 4.2 (8 retired) 5 + 4.3 (no studio) 0 + 4.4 claim 5 = 13.5           -> 13.5/20*15 = 10.125
      #  d5: 5.1 (2) 5 + 5.2 (5) 5 + 5.3 (3 minutes: -0.5) 4.5 + 5.4 claim 5 = 19.5                  -> 19.5/20*15 = 14.625
      #  composite 20 + 175/12 + 15.625 + 10.125 + 14.625 = 1799/24 = 74.958333...; bonus 0
      #  total 1799/24 -> rounded once 75.0 GOOD; not eligible (< 90)
      #  claims 20 + (2+3+2) + (3+2.5+2.5+2) + (3.5+5+0+5) + (5+5+4.5+5) + 0 = 20+7+10+13.5+19.5 = 70
      04-boundary-kindergarten.json | 1799/24 | 75.0  | GOOD      | false | false | 70    | 1=20;2=7;3=10;4=13.5;5=19.5  | 1=20;2=12;3=16;4=20;5=20
      # 05 VOCATIONAL: 2.1 not applicable -> applicable max d2 = 12.
      #  d1: 4 + 4 + 1.3 (4 elders) 3 + 2 + 1.4.2 (3000) 1 + 1.5 (2 trainings) 2 = 16               -> 16/20*20 = 16
      #  d2: 2.2 (lecture D/3rd: 1) 2 + 2.3 (1 visit) 1 + 2.4 claim 3.5 = 6.5                        -> 6.5/12*25 = 325/24 = 13.541666...
      #  d3: 3.1 claim 3.5 + 3.2 (2 kinds) 2.5 + 3.3 (pupils 5, sessions 4+2=6: -0.5*2) 3 + 3.4 (1 youth) 4
      #      + 3.5 (3 pairs) 3 = 16                                                                  -> 16/20*25 = 20
      #  d4: 4.1 (1 core) 2 + 4.2 (3 retired) 2.5 + 4.3 (no studio) 0 + 4.4 claim 4 = 8.5            -> 8.5/20*15 = 6.375
      #  d5: 5.1 (1) 3 + 5.2 (2) 2 + 5.3 (2 minutes: -0.5*2) 4 + 5.4 claim 4 = 13                    -> 13/20*15 = 9.75
      #  composite 16 + 325/24 + 20 + 6.375 + 9.75 = 197/3 = 65.666...; bonus 0; total 197/3 -> 65.7 PASS
      #  claims 20 + 11.5 + 19.5 + 19 + 19 + 0 = 89
      05-overclaim-vocational.json  | 197/3   | 65.7  | PASS      | false | false | 89    | 1=16;2=6.5;3=16;4=8.5;5=13   | 1=20;2=12;3=20;4=20;5=20
      # 06 SENIOR_SECONDARY, everything applicable; the 2021-12-10 proposal is outside 2022.
      #  d1: 1.1 (not head) 0 + 4 + 1.3 (6) 4 + 2 + 1.4.2 (6000) 2 + 1.5 (4) 4 = 16                  -> 16/20*20 = 16
      #  d2: 2.1 (speech, essay, recitation: 3 kinds) 6 + 2.2 (2 D/3rd; recitation NONE) 2 + 2.3 (4 visits) 4
      #      + 2.4 claim 3 = 15                                                                      -> 15/20*25 = 18.75
      #  d3: 3.1 claim 3.5 + 3.2 (3 kinds) 4 + 3.3 (pupils 5, sessions 6+3+1=10) 4 + 3.4 (2 youths) 4
      #      + 3.5 (4 pairs) 3 = 18.5                                                                -> 18.5/20*25 = 23.125
      #  d4: 4.1 (2 core) 3.5 + 4.2 (6 retired -> >=5) 4 + 4.3 (no studio) 0 + 4.4 claim 4 = 11.5    -> 11.5/20*15 = 8.625
      #  d5: 5.1 (1 research in 2022) 3 + 5.2 (3) 3 + 5.3 (plan, summary, 4 minutes) 5 + 5.4 claim 4 = 15
      #                                                                                              -> 15/20*15 = 11.25
      #  composite 16 + 18.75 + 23.125 + 8.625 + 11.25 = 77.75; bonus 0; total 77.75 = 311/4 -> 77.8 (HALF_UP) GOOD
      #  not eligible (< 90, and 1.1 not full); claims 16 + 15 + 18.5 + 11.5 + 15 + 0 = 76
      06-good-senior.json           | 311/4   | 77.8  | GOOD      | false | false | 76    | 1=16;2=15;3=18.5;4=11.5;5=15 | 1=20;2=20;3=20;4=20;5=20
      """)
  void bundledSampleScoresAsComputedByHand(
      String sample,
      String exactTotal,
      String roundedTotal,
      Rating rating,
      boolean eligible,
      boolean vetoed,
      String claimedSum,
      String dimensionScores,
      String applicableMaxima) {
    ScoreReport r = report(sample);

    assertTotal(r.total(), exactTotal);
    assertThat(r.roundedTotal()).isEqualTo(Points.parse(roundedTotal));
    assertThat(r.rating()).isEqualTo(rating);
    assertThat(r.eligibility().eligible()).isEqualTo(eligible);
    assertThat(r.isVetoed()).isEqualTo(vetoed);
    assertThat(r.claimedSum()).isEqualTo(Points.parse(claimedSum));

    Map<String, Points> scores = new LinkedHashMap<>();
    Map<String, Points> maxima = new LinkedHashMap<>();
    for (DimensionResult d : r.dimensions()) {
      scores.put(d.code().value(), d.score());
      maxima.put(d.code().value(), d.applicableMax());
    }
    assertThat(scores).as("dimension scores").isEqualTo(parse(dimensionScores));
    assertThat(maxima).as("applicable maxima").isEqualTo(parse(applicableMaxima));
  }

  /**
   * Sample 04: the exact total is 1799/24 = 74.958333...
   *
   * <p>Rounded once at the end (HALF_UP, 0.1): 75.0 -> GOOD.
   *
   * <p>Rounding each dimension's contribution to 0.1 first: 20 -> 20.0; 175/12 = 14.58333 -> 14.6;
   * 15.625 -> 15.6; 10.125 -> 10.1; 14.625 -> 14.6; sum 20.0 + 14.6 + 15.6 + 10.1 + 14.6 = 74.9
   * (+ bonus 0) -> PASS. So rounding per dimension would lose a band.
   */
  @Test
  void kindergartenRoundsOnceAtTheEnd() {
    ScoreReport r = report("04-boundary-kindergarten.json");

    assertThat(r.roundedTotal()).isEqualTo(Points.parse("75.0"));
    assertThat(r.rating()).isEqualTo(Rating.GOOD);
    assertThat(band(r.roundedTotal().toBigDecimal())).isEqualTo(Rating.GOOD);

    BigDecimal roundedEach = BigDecimal.ZERO;
    for (DimensionResult d : r.dimensions()) {
      roundedEach = roundedEach.add(d.contribution().setScale(1, RoundingMode.HALF_UP));
    }
    roundedEach = roundedEach.add(r.bonus().toBigDecimal());
    assertThat(roundedEach).isEqualByComparingTo("74.9");
    assertThat(band(roundedEach)).isEqualTo(Rating.PASS);
  }

  private static ScoreReport report(String sample) {
    StandardsJson json = StandardsJson.create();
    Standard std = ReferenceData.changzhouStandard();
    SelfAssessment a = json.readAssessment(ReferenceData.sample(sample)).orElseThrow();
    Result<ScoreReport> o = Scorer.create().score(std, a);
    assertThat(o.isValid()).as("%s scored: %s", sample, o.problems()).isTrue();
    return o.value().orElseThrow();
  }

  /** Compares with p/q: exactly when p/q terminates, else both to 20 decimal places HALF_UP. */
  private static void assertTotal(Points actual, String fraction) {
    String[] pq = fraction.split("/");
    BigDecimal p = new BigDecimal(pq[0].trim());
    BigDecimal q = new BigDecimal(pq[1].trim());
    BigDecimal exact;
    try {
      exact = p.divide(q);
    } catch (ArithmeticException nonTerminating) {
      exact = null;
    }
    if (exact != null) {
      assertThat(actual.toBigDecimal()).as("exact total").isEqualByComparingTo(exact);
    } else {
      assertThat(actual.toBigDecimal().setScale(20, RoundingMode.HALF_UP))
          .as("total to 20 places")
          .isEqualTo(p.divide(q, 20, RoundingMode.HALF_UP));
    }
  }

  private static Map<String, Points> parse(String codes) {
    Map<String, Points> m = new LinkedHashMap<>();
    for (String pair : codes.split(";")) {
      String[] kv = pair.split("=");
      m.put(kv[0].trim(), Points.parse(kv[1]));
    }
    return m;
  }

  /** The sheet's bands: >= 90 EXCELLENT, >= 75 GOOD, >= 60 PASS, else FAIL. */
  private static Rating band(BigDecimal value) {
    if (value.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return Rating.EXCELLENT;
    }
    if (value.compareTo(BigDecimal.valueOf(75)) >= 0) {
      return Rating.GOOD;
    }
    if (value.compareTo(BigDecimal.valueOf(60)) >= 0) {
      return Rating.PASS;
    }
    return Rating.FAIL;
  }
}
