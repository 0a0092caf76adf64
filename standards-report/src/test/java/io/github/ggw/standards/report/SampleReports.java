package io.github.ggw.standards.report;

import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.LocalizedText;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.assessment.Unit;
import io.github.ggw.standards.rules.scoring.ItemResult;
import io.github.ggw.standards.rules.scoring.LostPoints;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.List;
import java.util.Locale;

/** The bundled sample self-assessments, scored against the bundled standard, for tests. */
final class SampleReports {
  static final StandardsJson JSON = StandardsJson.create();
  static final Standard STANDARD = ReferenceData.changzhouStandard();
  static final ReportOptions ZH = ReportOptions.of(Locale.SIMPLIFIED_CHINESE, STANDARD);
  static final ReportOptions EN = ReportOptions.of(Locale.ENGLISH, STANDARD);

  private SampleReports() {}

  /** One sample by file name, such as {@code 01-excellent-primary.json}. */
  static ScoreReport report(String name) {
    return Scorer.create().score(STANDARD,
            JSON.readAssessment(ReferenceData.sample(name)).orElseThrow())
        .value().orElseThrow();
  }

  /** All six bundled samples, in the bundle's order. */
  static List<ScoreReport> all() {
    return ReferenceData.sampleNames().stream().map(SampleReports::report).toList();
  }

  /**
   * A report whose unit name, first leaf title and first reason hold the given text, as a hostile
   * or careless submission might.
   */
  static ScoreReport withText(ScoreReport r, String text) {
    Unit unit = new Unit(r.unit().id(), text, r.unit().type(), r.unit().district());
    List<ItemResult> items = r.items().stream().map(i -> i.lost().isEmpty() ? i
        : new ItemResult(i.code(), LocalizedText.of(text, text), i.kind(), i.depth(),
            i.maxPoints(), i.awarded(), i.source(), i.claimed(), i.claimComparison(), i.rule(),
            i.measures(), i.lost().stream()
                .map(l -> new LostPoints(l.points(), LocalizedText.of(text, text))).toList()))
        .toList();
    return new ScoreReport(unit, r.standardId(), r.standardVersion(), r.year(),
        r.notApplicableMode(), items, r.dimensions(), r.composite(), r.bonus(), r.total(),
        r.roundedTotal(), r.nominalMax(), r.maximumTotal(), r.rating(), r.vetoes(),
        r.eligibility(), r.claimedSum(), r.gaps(), r.warnings());
  }
}
