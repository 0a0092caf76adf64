package io.github.ggw.standards.json.report;

import io.github.ggw.standards.json.internal.DocumentDeserializer;
import io.github.ggw.standards.json.internal.EnvelopeSerializer;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson wiring of this package's document, which {@link
 * io.github.ggw.standards.json.StandardsModule} installs: a {@link ScoreReport} writes as its
 * document {@code {"kind": "score-report", "formatVersion": 1, "report": {…}}} and reads back
 * from it. The report's warnings are written but not read back (the JSON gives their codes and
 * places, not their message arguments): a report read has none.
 *
 * <p>Not for direct use: applications register the module.
 */
public final class ReportDocuments {
  private ReportDocuments() {}

  /**
   * Adds the serializer modifier and the deserializer of score reports to a module (the module's
   * one serializer modifier).
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    module.setSerializerModifier(
        EnvelopeSerializer.modifier(ScoreReport.class, ReportReadDocument.KIND, "report"));
    module.addDeserializer(ScoreReport.class, DocumentDeserializer.of(ScoreReport.class,
        ReportReadDocument.class, ReportReadDocument::toModel));
  }
}
