package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.StandardsException;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads {@link Points} from a JSON number, exactly; a negative number, or one too long written
 * out in full ({@link PlainDecimals}), is a format error.
 */
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
    if (PlainDecimals.tooLong(value)) {
      // such as 1e999999999: a few characters that would be a thousand million digits long
      // wherever the points are added, compared or shown
      throw InvalidFormatException.from(p, "number too long written out", value.toString(),
          Points.class);
    }
    try {
      return Points.of(value);
    } catch (StandardsException e) {
      throw ctxt.weirdNumberException(value, Points.class, e.getMessage());
    }
  }
}
