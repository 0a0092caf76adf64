package io.github.ggw.standards.json.internal;

import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a model value through a document class with public fields, for values whose JSON has
 * optional members with defaults (which a record's creator cannot express): the document is read,
 * its one required member checked (a missing one is reported like a missing creator property),
 * and the value built from it.
 *
 * @param <D> the document type
 * @param <T> the model type
 */
public final class ViaDocument<D, T> extends StdDeserializer<T> {
  private final Class<D> document;
  private final String required;
  private final Function<D, Object> requiredValue;
  private final Function<D, T> build;

  /**
   * A deserializer through a document.
   *
   * @param type the model type, not null
   * @param document the document type, read by Jackson, not null
   * @param required the name of the document's one required member
   * @param requiredValue reads that member from a document
   * @param build makes the value of a complete document
   */
  public ViaDocument(Class<T> type, Class<D> document, String required,
      Function<D, Object> requiredValue, Function<D, T> build) {
    super(type);
    this.document = document;
    this.required = required;
    this.requiredValue = requiredValue;
    this.build = build;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    D d = ctxt.readValue(p, document);
    if (requiredValue.apply(d) == null) {
      throw MismatchedInputException.from(p, handledType(),
          "Missing required creator property '" + required + "'");
    }
    return build.apply(d);
  }
}
