package io.github.ggw.standards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report's floor of {@link PathBenchmark}: {@link ReportFloor#copy}. */
class ReportFloorTest {
  private final StandardsJson json = StandardsJson.create();
  private final Scorer scorer = Scorer.create();

  @ParameterizedTest
  @ValueSource(strings = {"changzhou", "synthetic-60", "synthetic-240"})
  void theCopyEqualsTheReportAndItsLinesDimensionsGapsAndWarningsAreNew(String sheet) {
    Pool pool = Pool.of(sheet, json, scorer);
    ScoreReport r = scorer.score(pool.standard, pool.assessments[0]).orElseThrow();
    ScoreReport c = ReportFloor.copy(r);

    assertThat(c).isEqualTo(r).isNotSameAs(r);
    assertThat(c.items()).hasSameSizeAs(r.items()).isNotSameAs(r.items());
    int measures = 0;
    int lost = 0;
    for (int i = 0; i < r.items().size(); i++) {
      ItemResult a = r.items().get(i);
      ItemResult b = c.items().get(i);
      assertThat(b).isNotSameAs(a);
      for (int k = 0; k < a.measures().size(); k++) {
        assertThat(b.measures().get(k)).isNotSameAs(a.measures().get(k));
        measures++;
      }
      for (int k = 0; k < a.lost().size(); k++) {
        assertThat(b.lost().get(k)).isNotSameAs(a.lost().get(k));
        lost++;
      }
    }
    for (int i = 0; i < r.dimensions().size(); i++) {
      assertThat(c.dimensions().get(i)).isNotSameAs(r.dimensions().get(i));
    }
    for (int i = 0; i < r.gaps().size(); i++) {
      assertThat(c.gaps().get(i)).isNotSameAs(r.gaps().get(i));
    }
    for (int i = 0; i < r.warnings().size(); i++) {
      assertThat(c.warnings().get(i)).isNotSameAs(r.warnings().get(i));
    }
    // the sheets have lines that read measures and lose points, and gaps: the copy builds them
    assertThat(measures).isPositive();
    assertThat(lost).isPositive();
    assertThat(r.gaps()).isNotEmpty();
    if (!"changzhou".equals(sheet)) {
      // the generated assessments' claims differ from what the evidence gives: warnings
      assertThat(r.warnings()).isNotEmpty();
    }
  }
}
