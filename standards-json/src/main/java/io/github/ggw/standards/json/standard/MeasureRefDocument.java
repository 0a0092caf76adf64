package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.json.internal.ViaDocument;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;

/** The JSON shape of a {@link MeasureRef}: a name and optional parameters. */
final class MeasureRefDocument {
  public MeasureName name;
  public MeasureParameters parameters;

  /** Reads {@link MeasureRef} through this document; a missing name is a missing member. */
  static ViaDocument<MeasureRefDocument, MeasureRef> deserializer() {
    return new ViaDocument<>(MeasureRef.class, MeasureRefDocument.class, "name", d -> d.name,
        d -> new MeasureRef(d.name,
            d.parameters == null ? MeasureParameters.none() : d.parameters));
  }
}
