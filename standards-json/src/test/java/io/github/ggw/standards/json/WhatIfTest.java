package io.github.ggw.standards.json;

import io.github.ggw.standards.json.reference.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.standard.Rating;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.assessment.ImmutableSelfAssessment;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.rules.plan.WhatIf;
import io.github.ggw.standards.rules.plan.WhatIfResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What-if on the bundled samples, re-scored by the scorer; the expected totals are computed by
 * hand from the sheet summary in {@link BundledSamplesTest}.
 */
class WhatIfTest {
  private static final Standard STANDARD = ReferenceData.changzhouStandard();

  static SelfAssessment sample(String name) {
    return StandardsJson.create().readAssessment(ReferenceData.sample(name)).orElseThrow();
  }

  static WhatIfResult close(String sample, String code) {
    return WhatIf.closeGap(Scorer.create(), STANDARD, sample(sample), CriterionCode.of(code))
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0} closes {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # sample 01 (composite 97.875 + bonus 3 = 100.875 -> 100.9 EXCELLENT)
      # 5.2 per-occurrence: publicity 4 -> 5 items: d5 18 -> 19, 19/20*15 = 14.25 (+0.75):
      #   98.625 + 3 = 101.625 -> 101.6
      01-excellent-primary.json | 5.2   | 100.9 | 101.6 | 0.7   | EXCELLENT | EXCELLENT
      # 3.1 judgement: claim 3.5 -> 4: d3 19.5 -> 20, 20/20*25 = 25 (+0.625): 98.5 + 3 -> 101.5
      01-excellent-primary.json | 3.1   | 100.9 | 101.5 | 0.6   | EXCELLENT | EXCELLENT
      # sample 02 (composite 16.375 -> 16.4 FAIL). 4.3 all-or-nothing: a studio adds 5 to d4
      # (2.5 -> 7.5): 7.5/20*15 = 5.625 instead of 1.875 (+3.75): 20.125 -> 20.1 FAIL
      02-failing-junior.json    | 4.3   | 16.4  | 20.1  | 3.7   | FAIL      | FAIL
      # sample 02, 3.3 deduction: pupils 0 -> 1 (D1, -2) and sessions 3 -> 8 (D2, -2.5) both closed:
      # 3.3 0 -> 4, d3 4 -> 8: 8/20*25 = 10 instead of 5 (+5): 21.375 -> 21.4
      02-failing-junior.json    | 3.3   | 16.4  | 21.4  | 5.0   | FAIL      | FAIL
      """)
  void closingAGapReScoresTheAssessment(String sample, String code, String before, String after,
      String gained, Rating ratingBefore, Rating ratingAfter) {
    WhatIfResult r = close(sample, code);
    assertThat(r.before().roundedTotal().toString()).isEqualTo(before);
    assertThat(r.after().roundedTotal().toString()).isEqualTo(after);
    assertThat(r.pointsGained()).isEqualByComparingTo(gained);
    assertThat(r.before().rating()).isEqualTo(ratingBefore);
    assertThat(r.after().rating()).isEqualTo(ratingAfter);
    assertThat(r.after().items().stream().filter(i -> i.code().equals(CriterionCode.of(code)))
        .findFirst().orElseThrow().pointsLost().isZero()).isTrue();
    assertThat(r.after().gaps()).noneMatch(g -> g.code().equals(CriterionCode.of(code)));
  }

  @Test
  void theAssumptionsNameTheFiguresRaised() {
    WhatIfResult r = close("01-excellent-primary.json", "5.2");
    assertThat(r.assumptions()).singleElement().satisfies(c -> {
      assertThat(c.what().en()).isEqualTo("publicity items");
      assertThat(c.from()).isEqualByComparingTo("4");
      assertThat(c.to()).isEqualByComparingTo("5");
    });
    WhatIfResult claim = close("01-excellent-primary.json", "3.1");
    assertThat(claim.assumptions()).singleElement().satisfies(c -> {
      assertThat(c.from()).isEqualByComparingTo("3.5");
      assertThat(c.to()).isEqualByComparingTo("4");
    });
  }

  @Test
  void closingAKeyIndicatorCanMakeAUnitEligible() {
    // sample 02 misses key indicator 1.1 (chair is the unit head); closing it adds 4 to d1
    WhatIfResult r = close("02-failing-junior.json", "1.1");
    assertThat(r.before().eligibility().reasons()).hasSizeGreaterThan(r.after().eligibility()
        .reasons().size());
    assertThat(r.after().eligibility().reasons()).noneMatch(t -> t.en().contains("Key indicator"));
  }

  @Test
  void anItemThatLostNothingIsNoGap() {
    assertThat(WhatIf.closeGap(Scorer.create(), STANDARD, sample("01-excellent-primary.json"),
        CriterionCode.of("1.1"))).isEmpty();
    assertThat(WhatIf.closeGap(Scorer.create(), STANDARD, sample("01-excellent-primary.json"),
        CriterionCode.of("9.9"))).isEmpty();
  }

  @Test
  void anAssessmentThatCannotBeScoredIsRefused() {
    SelfAssessment wrong = ImmutableSelfAssessment.copyOf(sample("01-excellent-primary.json"))
        .withStandardVersion(StandardVersion.of("1999.1"));
    assertThrows(StandardsException.class, () -> WhatIf.closeGap(Scorer.create(), STANDARD,
        wrong, CriterionCode.of("5.2")));
  }
}
