package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads {@link Points} from a JSON number, exactly; a negative number is a format error. */
final class PointsDeserializer extends StdScalarDeserializer<Points> {
  PointsDeserializer() {
    super(Points.class);
  }

  @Override
  public Points deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
      return (Points) ctxt.handleUnexpectedToken(Points.class, p);
    }
    BigDecimal value = p.getDecimalValue();
    try {
      return Points.of(value);
    } catch (StandardsException e) {
      throw ctxt.weirdNumberException(value, Points.class, e.getMessage());
    }
  }
}
