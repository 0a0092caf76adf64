package io.github.ggw.standards.json.internal;

import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Writes a value inside the header of its document, {@code {"kind": …, "formatVersion": 1,
 * "<member>": <the value as Jackson writes it>}}, as a score report is written ({@code
 * {"kind": "score-report", "formatVersion": 1, "report": {…}}}). Installed with {@link
 * #modifier}, which wraps the serializer Jackson builds for the type; {@link Body} writes the
 * value without the header where a format nests it bare.
 */
public final class EnvelopeSerializer extends ValueSerializer<Object> {
  private final String kind;
  private final String member;
  private final ValueSerializer<Object> body;

  private EnvelopeSerializer(String kind, String member, ValueSerializer<Object> body) {
    this.kind = kind;
    this.member = member;
    this.body = body;
  }

  /**
   * A serializer modifier that writes every value of a type (or of its subclasses, such as an
   * Immutables implementation) inside a document header.
   *
   * @param type the type, not null
   * @param kind the document's {@code kind}, not null
   * @param member the name of the member that holds the value, not null
   * @return the modifier
   */
  public static ValueSerializerModifier modifier(Class<?> type, String kind, String member) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(member, "member");
    return new ValueSerializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      @SuppressWarnings("unchecked")
      public ValueSerializer<?> modifySerializer(SerializationConfig config,
          BeanDescription.Supplier beanDesc, ValueSerializer<?> serializer) {
        return type.isAssignableFrom(beanDesc.getBeanClass())
            ? new EnvelopeSerializer(kind, member, (ValueSerializer<Object>) serializer)
            : serializer;
      }
    };
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject(value);
    gen.writeStringProperty("kind", kind);
    gen.writeNumberProperty("formatVersion", Formats.VERSION);
    gen.writeName(member);
    body.serialize(value, gen, ctxt);
    gen.writeEndObject();
  }

  @Override
  public void resolve(SerializationContext ctxt) {
    body.resolve(ctxt);
  }

  @Override
  @SuppressWarnings("unchecked")
  public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
    ValueSerializer<?> b = body.createContextual(ctxt, property);
    return b == body ? this : new EnvelopeSerializer(kind, member, (ValueSerializer<Object>) b);
  }

  @Override
  public ValueSerializer<?> getDelegatee() {
    return body;
  }

  @Override
  public Class<?> handledType() {
    return body.handledType();
  }

  /** Writes a value that has a document header without it, as its body alone. */
  public static final class Body extends ValueSerializer<Object> {
    /** The serializer; Jackson makes it from a {@code @JsonSerialize(using = …)}. */
    public Body() {}

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      ValueSerializer<Object> s = ctxt.findValueSerializer(value.getClass());
      (s instanceof EnvelopeSerializer e ? e.body : s).serialize(value, gen, ctxt);
    }
  }
}
