package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.problem.Problem;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a model value through its document class: the document (public fields, every member
 * optional) is read by Jackson, then bound to the model value, which records every missing
 * member and every refused value as a located problem.
 *
 * <p>Inside the safe readers (a {@link Binder} in the context) the problems go to the read's
 * binder, those of a nested document moved under its pointer, and a document that does not bind
 * reads as null. Elsewhere, as in a plain mapper with the module, a document that does not bind
 * fails the read with a Jackson {@code MismatchedInputException} naming its errors.
 *
 * @param <D> the document type
 * @param <T> the model type
 */
public final class DocumentDeserializer<D, T> extends StdDeserializer<T> {
  private final Class<D> document;
  private final Binding<D, T> binding;

  /**
   * Turns a document into a model value.
   *
   * @param <D> the document type
   * @param <T> the model type
   */
  @FunctionalInterface
  public interface Binding<D, T> {
    /**
     * The model value of a document.
     *
     * @param document the document read, not null
     * @param binder records the problems, with pointers relative to the document
     * @param ctxt the Jackson context, for the reader's attributes
     * @return the value, or null after recording at least one error
     */
    T toModel(D document, Binder binder, DeserializationContext ctxt);
  }

  private DocumentDeserializer(Class<T> type, Class<D> document, Binding<D, T> binding) {
    super(type);
    this.document = Objects.requireNonNull(document, "document");
    this.binding = Objects.requireNonNull(binding, "binding");
    DocumentShapes.registerDocument(type, document);
  }

  /**
   * A deserializer whose binding needs only the document and the binder.
   *
   * @param type the model type, not null
   * @param document the document type, not null
   * @param bind the binding, not null
   * @param <D> the document type
   * @param <T> the model type
   * @return the deserializer
   */
  public static <D, T> DocumentDeserializer<D, T> of(Class<T> type, Class<D> document,
      BiFunction<D, Binder, T> bind) {
    return new DocumentDeserializer<>(type, document, (d, b, ctxt) -> bind.apply(d, b));
  }

  /**
   * A deserializer whose binding reads the reader's attributes too.
   *
   * @param type the model type, not null
   * @param document the document type, not null
   * @param binding the binding, not null
   * @param <D> the document type
   * @param <T> the model type
   * @return the deserializer
   */
  public static <D, T> DocumentDeserializer<D, T> withContext(Class<T> type,
      Class<D> document, Binding<D, T> binding) {
    return new DocumentDeserializer<>(type, document, binding);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    String at = p.streamReadContext().pathAsPointer().toString();
    D doc = ctxt.readValue(p, document);
    Binder read = Binder.of(ctxt);
    if (read != null && at.isEmpty()) {
      return doc == null ? null : binding.toModel(doc, read, ctxt);
    }
    Binder own = new Binder();
    T value = doc == null ? null : binding.toModel(doc, own, ctxt);
    if (read != null) {
      read.addUnder(at, own.problems());
      return value;
    }
    if (value == null || own.hasErrors()) {
      String errors = own.problems().stream().filter(Problem::isError)
          .map(DocumentDeserializer::describe).collect(Collectors.joining("; "));
      return ctxt.reportInputMismatch(this, "%s does not bind: %s",
          handledType().getSimpleName(), errors);
    }
    return value;
  }

  private static String describe(Problem p) {
    return p.getCode() + " at " + p.getLocation().getPointer().map(s -> s.isEmpty() ? "/" : s)
        .orElse("?") + ": " + p.getMessageEn();
  }
}
