package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.StandardsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link DeficiencyCounts} in JSON: an object of whole numbers by code, {@code {"D1": 2, "D2":
 * 0}}, in the order given; empty counts are "empty" for {@code NON_EMPTY} inclusion, so members
 * holding none are left out.
 */
public final class DeficiencyCountsCodec {
  private static final TypeReference<LinkedHashMap<String, Integer>> MAP =
      new TypeReference<>() {};

  private DeficiencyCountsCodec() {}

  /**
   * Adds the serializer and deserializer to a module.
   *
   * @param module the module, not null
   */
  public static void register(SimpleModule module) {
    module.addSerializer(DeficiencyCounts.class, new Writer());
    module.addDeserializer(DeficiencyCounts.class, new Reader());
  }

  /** Writes the counts as an object. */
  private static final class Writer extends ValueSerializer<DeficiencyCounts> {
    @Override
    public void serialize(DeficiencyCounts value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      for (DeficiencyCounts.Count c : value.entries()) {
        gen.writeNumberProperty(c.code(), c.count());
      }
      gen.writeEndObject();
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, DeficiencyCounts value) {
      return value == null || value.isEmpty();
    }
  }

  /** Reads an object of whole numbers; fractions are refused by the reader's coercion rules. */
  private static final class Reader extends ValueDeserializer<DeficiencyCounts> {
    @Override
    public DeficiencyCounts deserialize(JsonParser p, DeserializationContext ctxt) {
      Map<String, Integer> m = ctxt.readValue(p, ctxt.getTypeFactory().constructType(MAP));
      List<DeficiencyCounts.Count> counts = new ArrayList<>();
      try {
        m.forEach((k, v) -> counts.add(new DeficiencyCounts.Count(k,
            v == null ? -1 : v)));
        return DeficiencyCounts.of(counts);
      } catch (StandardsException e) {
        throw ValueInstantiationException.from(p, e.getMessage(),
            ctxt.constructType(DeficiencyCounts.class), e);
      }
    }
  }
}
