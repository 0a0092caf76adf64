package io.github.ggw.standards.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON string, number or boolean held as its text: a string as it is, {@code true} or {@code
 * false}, a number written out in full without trailing zeros ({@link PlainDecimals#text}: {@code
 * 1.50} → {@code "1.5"}, {@code 1e3} → {@code "1000"}). Any other token is a type error, and a
 * number more than {@value PlainDecimals#MAX_CHARS} characters long written out is an invalid
 * value. Used for fact values and for measure parameters and filter values, which the standard's
 * declarations type later. Not API; stateless.
 */
public final class ScalarTextDeserializer extends StdScalarDeserializer<String> {
  /** The deserializer; Jackson builds it through this constructor. */
  public ScalarTextDeserializer() {
    super(String.class);
  }

  /**
   * The text of the scalar at the parser, as this deserializer reads it.
   *
   * @param p the parser at a value, not null
   * @return the text, or null when the value is not a string, number or boolean, or is a number
   *     too long written out
   */
  public static String text(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getString();
    } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return String.valueOf(t == JsonToken.VALUE_TRUE);
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return PlainDecimals.text(p.getDecimalValue());
    }
    return null;
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) {
    String text = text(p);
    if (text != null) {
      return text;
    }
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      throw InvalidFormatException.from(p, "number too long written out",
          p.getDecimalValue().toString(), String.class);
    }
    return (String) ctxt.handleUnexpectedToken(String.class, p);
  }
}
