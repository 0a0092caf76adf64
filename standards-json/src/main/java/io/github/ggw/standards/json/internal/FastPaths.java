package io.github.ggw.standards.json.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast paths of the readers, by the type read: a document package registers a binder that
 * reads a valid document of its type straight from the parser into the model value ({@link
 * FastReading}), and {@link ReadPipeline} tries it before Jackson's data binding. A binder gives
 * up on anything unusual; the document is then read by the general path, whose value and
 * problems are the result, so a fast path changes the cost of a read and never its outcome.
 * Thread-safe.
 */
public final class FastPaths {
  private static final Map<Class<?>, Function<JsonMapper, Binding<?>>> FACTORIES =
      new ConcurrentHashMap<>();

  private FastPaths() {}

  /**
   * Reads a whole document of one type.
   *
   * @param <T> the model type
   */
  @FunctionalInterface
  public interface Binding<T> {
    /**
     * Reads the document's root value.
     *
     * @param p the parser at the root value's first token, not null
     * @return the value, never null
     * @throws FastReading.GiveUp when the document is not a valid one of the plainest form
     */
    T read(JsonParser p);
  }

  /**
   * Records how to make the fast path of a type for a mapper, unless one is recorded.
   *
   * @param type the model type, not null
   * @param factory makes the binding for a mapper of the general path (which it may use to
   *     learn how that mapper writes values), not null; the binding must refuse a member that
   *     appears twice in an object, since its parser does not
   * @param <T> the model type
   */
  public static <T> void register(Class<T> type, Function<JsonMapper, Binding<T>> factory) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(factory, "factory");
    FACTORIES.putIfAbsent(type, factory::apply);
  }

  /**
   * The bindings of one mapper, made on first use per type.
   */
  static final class ForMapper {
    private final JsonMapper mapper;
    /**
     * The mapper's parsers without its duplicate-member check: every fast binding refuses a
     * member it has read already (and the general path, with the check, then reports it).
     */
    private final ObjectReader parsers;
    private final Map<Class<?>, Binding<?>> bindings = new ConcurrentHashMap<>();

    ForMapper(JsonMapper mapper) {
      this.mapper = mapper;
      this.parsers = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Reads a document of a type by its fast path.
     *
     * @param json the bytes, not null
     * @param offset where the document starts (after a byte-order mark)
     * @param type the model type, not null
     * @param <T> the model type
     * @return the value, or null when the type has no fast path or it gave up
     */
    <T> T read(byte[] json, int offset, Class<T> type) {
      Function<JsonMapper, Binding<?>> factory = FACTORIES.get(type);
      if (factory == null) {
        return null;
      }
      Binding<?> binding = bindings.computeIfAbsent(type, t -> factory.apply(mapper));
      try (JsonParser p = parsers.createParser(json, offset, json.length - offset)) {
        if (p.nextToken() == null) {
          return null;
        }
        Object value = binding.read(p);
        // trailing content is refused by the general path
        if (value == null || p.nextToken() != null) {
          return null;
        }
        return type.cast(value);
      } catch (RuntimeException e) {
        // giving up, a parse error or a factory or constructor refusing a value: the general
        // path reports it
        return null;
      }
    }
  }
}
