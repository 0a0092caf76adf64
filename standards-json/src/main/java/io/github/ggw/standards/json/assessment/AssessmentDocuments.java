package io.github.ggw.standards.json.assessment;

import io.github.ggw.standards.json.internal.DocumentDeserializer;
import io.github.ggw.standards.json.internal.DocumentSerializer;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson wiring of this package's document, which {@link
 * io.github.ggw.standards.json.StandardsModule} installs: a {@link SelfAssessment} reads and
 * writes as its document ({@code kind = "self-assessment"}), wherever it appears, such as in a
 * case file's submissions.
 *
 * <p>Not for direct use: applications register the module.
 */
public final class AssessmentDocuments {
  private AssessmentDocuments() {}

  /**
   * Adds the serializer and deserializer of self-assessments to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    module.addSerializer(SelfAssessment.class,
        new DocumentSerializer<>(SelfAssessment.class, AssessmentDocument::from));
    module.addDeserializer(SelfAssessment.class, DocumentDeserializer.of(SelfAssessment.class,
        AssessmentDocument.class, AssessmentDocument::toModel));
  }
}
