package io.github.ggw.standards.json.internal;

import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a model value as its document: the value is turned into its document class, which
 * Jackson writes.
 *
 * @param <T> the model type
 */
public final class DocumentSerializer<T> extends StdSerializer<T> {
  private final Function<? super T, ?> toDocument;

  /**
   * A serializer through a document.
   *
   * @param type the model type, not null
   * @param toDocument makes the document of a value, not null
   */
  public DocumentSerializer(Class<T> type, Function<? super T, ?> toDocument) {
    super(type);
    this.toDocument = Objects.requireNonNull(toDocument, "toDocument");
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
    ctxt.writeValue(gen, toDocument.apply(value));
  }
}
