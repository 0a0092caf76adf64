package io.github.ggw.standards.json;

import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** The JSON shape of a {@link MeasureRef}: a name and optional parameters. */
final class MeasureRefDocument {
  public MeasureName name;
  public MeasureParameters parameters;

  /** Reads {@link MeasureRef} through this document; a missing name is a missing member. */
  static final class Deserializer extends StdDeserializer<MeasureRef> {
    Deserializer() {
      super(MeasureRef.class);
    }

    @Override
    public MeasureRef deserialize(JsonParser p, DeserializationContext ctxt) {
      MeasureRefDocument d = ctxt.readValue(p, MeasureRefDocument.class);
      if (d.name == null) {
        throw tools.jackson.databind.exc.MismatchedInputException.from(p, MeasureRef.class,
            "Missing required creator property 'name'");
      }
      return new MeasureRef(d.name,
          d.parameters == null ? MeasureParameters.none() : d.parameters);
    }
  }
}
