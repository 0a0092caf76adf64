package io.github.ggw.standards.json.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The {@code value} of {@code fact} evidence: any JSON scalar as the fact's declaration asks (a
 * boolean, a number, a date or a choice as a string), held as text in the model and written back
 * in the same JSON type: {@code true}/{@code false} as a boolean, a plain decimal as a number,
 * anything else as a string. Whether it fits the declaration is checked against the standard.
 */
final class FactValueCodec {
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

  private FactValueCodec() {}

  /** Reads a boolean, number or string as text; any other token is a type error. */
  static final class Reader extends StdScalarDeserializer<String> {
    Reader() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return p.getString();
      } else if (p.hasToken(JsonToken.VALUE_TRUE) || p.hasToken(JsonToken.VALUE_FALSE)) {
        return String.valueOf(p.getBooleanValue());
      } else if (p.hasToken(JsonToken.VALUE_NUMBER_INT)
          || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        BigDecimal d = p.getDecimalValue();
        String text = PlainDecimals.text(d);
        if (text == null) {
          throw InvalidFormatException.from(p, "number too long written out", d.toString(),
              String.class);
        }
        return text;
      }
      return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
  }

  /** Writes the text back as a boolean, a number or a string. */
  static final class Writer extends StdSerializer<String> {
    Writer() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializationContext ctxt) {
      if ("true".equals(value) || "false".equals(value)) {
        gen.writeBoolean(Boolean.parseBoolean(value));
      } else if (PLAIN.matcher(value).matches()) {
        gen.writeNumber(value);
      } else {
        gen.writeString(value);
      }
    }
  }
}
