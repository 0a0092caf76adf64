package io.github.ggw.standards.json.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shapes the slow path of a read walks, by the type being read: the self-assessment's own
 * descriptor ({@code AssessmentDocuments}), and for every other type read through a document
 * class ({@link DocumentDeserializer}) that class's public fields ({@link Shape.Doc}). Filled when
 * the module's deserializers are made; thread-safe.
 */
public final class DocumentShapes {
  private static final String DOCUMENTS = "io.github.ggw.standards.json.";
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private DocumentShapes() {}

  /**
   * Records the shape of a type, unless one is already recorded.
   *
   * @param type the type read, not null
   * @param shape its shape, not null
   */
  public static void register(Class<?> type, Shape shape) {
    SHAPES.putIfAbsent(type, shape);
  }

  /**
   * Records the shape of a type read through a document class, unless a shape is already
   * recorded.
   *
   * @param type the model type, not null
   * @param document the document class, not null
   */
  static void registerDocument(Class<?> type, Class<?> document) {
    register(type, new Shape.Doc(document));
  }

  /**
   * The shape of a type being read: the one recorded, or a document class's own.
   *
   * @param type the type read, not null
   * @return the shape, or empty for a type the slow path does not know
   */
  static Optional<Shape> of(Class<?> type) {
    Shape s = SHAPES.get(type);
    if (s != null) {
      return Optional.of(s);
    }
    return isDocument(type) ? Optional.of(new Shape.Doc(type)) : Optional.empty();
  }

  /**
   * Whether a class is a document class of this module: declared in a package of {@code json},
   * neither an enumeration, a record nor an interface, with public instance fields.
   */
  static boolean isDocument(Class<?> c) {
    if (!c.getName().startsWith(DOCUMENTS) || c.isEnum() || c.isRecord() || c.isInterface()) {
      return false;
    }
    for (Field f : c.getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The shape of a member of a document class, by its declared type.
   *
   * @param type the field's generic type, not null
   * @return the shape: a list, a document, or {@code null} for a value to bind alone (which
   *     reports a wrong type, an enumeration value or a model value refused in the same words)
   */
  static Shape member(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments().length == 1) {
      Shape element = member(p.getActualTypeArguments()[0]);
      return new Shape.ListOf(element == null
          ? new Shape.Alone(rawClass(p.getActualTypeArguments()[0])) : element);
    }
    if (!(type instanceof Class<?> c)) {
      return null;
    }
    return of(c).orElse(null);
  }

  private static Class<?> rawClass(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }
}
