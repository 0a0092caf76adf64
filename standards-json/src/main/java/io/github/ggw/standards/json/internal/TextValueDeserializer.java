package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.StandardsException;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a value type from a JSON string through its {@code of} factory; a string the factory
 * refuses becomes a format error at the value's path, any other token a type error.
 */
final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {
  private final Class<T> type;
  private final Function<String, T> factory;

  TextValueDeserializer(Class<T> type, Function<String, T> factory) {
    super(type);
    this.type = type;
    this.factory = factory;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!p.hasToken(JsonToken.VALUE_STRING)) {
      @SuppressWarnings("unchecked")
      T t = (T) ctxt.handleUnexpectedToken(type, p);
      return t;
    }
    String text = p.getString();
    try {
      return factory.apply(text);
    } catch (StandardsException e) {
      throw ctxt.weirdStringException(text, type, e.getMessage());
    }
  }
}
