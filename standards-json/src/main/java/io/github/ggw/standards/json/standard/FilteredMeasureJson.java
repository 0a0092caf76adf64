package io.github.ggw.standards.json.standard;

import io.github.ggw.standards.model.evidence.EvidenceField;
import io.github.ggw.standards.model.evidence.EvidenceFieldType;
import io.github.ggw.standards.model.evidence.EvidenceKinds;
import io.github.ggw.standards.model.rule.EvidenceFilter;
import io.github.ggw.standards.model.rule.EvidenceQuery;
import io.github.ggw.standards.model.rule.MeasureRef;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Writes a filtered measure ({@link MeasureRef#query()}) in its JSON form, {@code {"count":
 * "activity", "where": [{"field": "level", "atLeast": "CITY"}], "withinYear": true}} (members
 * left out when absent: {@code of}, an empty {@code where}, a {@code withinYear} not given);
 * a measure of the registry is written as Jackson writes the record ({@code name}, {@code
 * parameters}). A value is written as a number when its field is a number and it is a plain
 * decimal, as a boolean for a flag, else as a string; {@code oneOf} as an array.
 *
 * <p>Not for direct use: {@link io.github.ggw.standards.json.StandardsModule} installs {@link
 * #modifier()}.
 */
public final class FilteredMeasureJson {
  private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private FilteredMeasureJson() {}

  /**
   * The serializer modifier that wraps Jackson's serializer of {@link MeasureRef}.
   *
   * @return the modifier, never null
   */
  public static ValueSerializerModifier modifier() {
    return new ValueSerializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      @SuppressWarnings("unchecked")
      public ValueSerializer<?> modifySerializer(SerializationConfig config,
          BeanDescription.Supplier beanDesc, ValueSerializer<?> serializer) {
        return beanDesc.getBeanClass() == MeasureRef.class
            ? new Writer((ValueSerializer<Object>) serializer) : serializer;
      }
    };
  }

  /** Writes filtered measures itself and everything else through Jackson's serializer. */
  private static final class Writer extends ValueSerializer<Object> {
    private final ValueSerializer<Object> plain;

    Writer(ValueSerializer<Object> plain) {
      this.plain = plain;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      MeasureRef ref = (MeasureRef) value;
      if (ref.query().isEmpty()) {
        plain.serialize(value, gen, ctxt);
        return;
      }
      EvidenceQuery q = ref.query().get();
      gen.writeStartObject(value);
      gen.writeStringProperty(q.aggregate().writtenName(), q.kind());
      if (q.of().isPresent()) {
        gen.writeStringProperty("of", q.of().get());
      }
      if (!q.where().isEmpty()) {
        gen.writeName("where");
        gen.writeStartArray();
        for (EvidenceFilter f : q.where()) {
          gen.writeStartObject();
          gen.writeStringProperty("field", f.field());
          gen.writeName(f.operator().writtenName());
          Optional<EvidenceFieldType> type = EvidenceKinds.byName(q.kind())
              .flatMap(k -> k.field(f.field())).map(EvidenceField::type);
          if (f.operator().takesList()) {
            gen.writeStartArray();
            f.values().forEach(v -> scalar(gen, v, type));
            gen.writeEndArray();
          } else {
            scalar(gen, f.values().get(0), type);
          }
          gen.writeEndObject();
        }
        gen.writeEndArray();
      }
      if (q.withinYear().isPresent()) {
        gen.writeBooleanProperty("withinYear", q.withinYear().get());
      }
      gen.writeEndObject();
    }

    private static void scalar(JsonGenerator gen, String v, Optional<EvidenceFieldType> type) {
      if (type.map(EvidenceFieldType::isNumeric).orElse(false) && PLAIN.matcher(v).matches()) {
        gen.writeNumber(v);
      } else if (type.orElse(null) == EvidenceFieldType.FLAG
          && ("true".equals(v) || "false".equals(v))) {
        gen.writeBoolean(Boolean.parseBoolean(v));
      } else {
        gen.writeString(v);
      }
    }

    @Override
    public void resolve(SerializationContext ctxt) {
      plain.resolve(ctxt);
    }

    @Override
    @SuppressWarnings("unchecked")
    public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
      ValueSerializer<?> p = plain.createContextual(ctxt, property);
      return p == plain ? this : new Writer((ValueSerializer<Object>) p);
    }

    @Override
    public ValueSerializer<?> getDelegatee() {
      return plain;
    }

    @Override
    public Class<?> handledType() {
      return MeasureRef.class;
    }
  }
}
