package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.Points;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes {@link Points} as a plain JSON number without exponent or trailing zeros. */
final class PointsSerializer extends StdSerializer<Points> {
  PointsSerializer() {
    super(Points.class);
  }

  @Override
  public void serialize(Points value, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeNumber(value.toString());
  }
}
