package io.github.ggw.standards.json.internal;

import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The {@code value} of {@code fact} evidence: any JSON scalar as the fact's declaration asks (a
 * boolean, a number, a date or a choice as a string), held as text in the model and written back
 * in the same JSON type: {@code true}/{@code false} as a boolean, a plain decimal as a number,
 * anything else as a string. Whether it fits the declaration is checked against the standard.
 * It is read by {@link ScalarTextDeserializer}.
 */
final class FactValueCodec {
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

  private FactValueCodec() {}

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
