package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.DocumentDeserializer;
import io.github.ggw.standards.json.internal.DocumentSerializer;
import io.github.ggw.standards.json.internal.ReadPipeline;
import io.github.ggw.standards.model.rule.Condition;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.Standard;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson wiring of this package's documents, which {@link
 * io.github.ggw.standards.json.StandardsModule} installs: a {@link Standard} and a {@link
 * Profile} read and write as their documents ({@code kind = "standard"}, {@code "profile"}),
 * and the parts of rules whose JSON has optional members with defaults (a {@link Veto}'s effect,
 * a {@link MeasureRef}'s parameters, {@link MeasureParameters}) read through documents too. A
 * standard read is checked against the measure registry of the reader, the built-in one in a
 * plain mapper.
 *
 * <p>Not for direct use: applications register the module.
 */
public final class StandardDocuments {
  private StandardDocuments() {}

  /**
   * Adds the serializers and deserializers of standards, profiles and rule parts to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    module.addSerializer(Standard.class,
        new DocumentSerializer<>(Standard.class, StandardDocument::from));
    module.addDeserializer(Standard.class, DocumentDeserializer.withContext(Standard.class,
        StandardDocument.class, (d, b, ctxt) -> d.toModel(b, ReadPipeline.measuresOf(ctxt))));
    module.addSerializer(Profile.class,
        new DocumentSerializer<>(Profile.class, ProfileDocument::from));
    module.addDeserializer(Profile.class,
        DocumentDeserializer.of(Profile.class, ProfileDocument.class, ProfileDocument::toModel));
    module.addDeserializer(MeasureParameters.class, new ParametersDocument.Deserializer());
    module.addDeserializer(MeasureRef.class, MeasureRefDocument.deserializer());
    module.addDeserializer(Condition.class, new ConditionDocument.Deserializer());
    module.addDeserializer(Veto.class, VetoDocument.deserializer());
  }
}
