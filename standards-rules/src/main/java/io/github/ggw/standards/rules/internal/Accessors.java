package io.github.ggw.standards.rules.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * Readers of record components as plain functions, made once per record type: each component's
 * accessor bound into a {@link Function} by {@link LambdaMetafactory}, so that reading a field of
 * an evidence record is an ordinary call (no reflective access check per read, as {@code
 * Method.invoke} makes, and no call through a method handle that is not a constant). Values come
 * boxed ({@code int} as {@code Integer}, {@code boolean} as {@code Boolean}). Internal: not part
 * of the library's API.
 */
public final class Accessors {
  private static final ClassValue<Function<Object, Object>[]> READERS = new ClassValue<>() {
    @Override
    protected Function<Object, Object>[] computeValue(Class<?> type) {
      return make(type);
    }
  };

  private Accessors() {}

  /**
   * The readers of a record type's components, in declaration order, made on first use and kept
   * for the type.
   *
   * @param type a public record class with public accessors, not null
   * @return one reader per component (shared: do not modify)
   * @throws IllegalArgumentException if the type is not a record
   * @throws IllegalStateException if an accessor cannot be bound
   */
  public static Function<Object, Object>[] of(Class<?> type) {
    return READERS.get(type);
  }

  @SuppressWarnings("unchecked")
  private static Function<Object, Object>[] make(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components == null) {
      throw new IllegalArgumentException("not a record: " + type.getName());
    }
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    Function<Object, Object>[] out = new Function[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      try {
        MethodHandle accessor = lookup.unreflect(c.getAccessor());
        Class<?> result = c.getType().isPrimitive()
            ? MethodType.methodType(c.getType()).wrap().returnType() : c.getType();
        CallSite site = LambdaMetafactory.metafactory(lookup, "apply",
            MethodType.methodType(Function.class),
            MethodType.methodType(Object.class, Object.class), accessor,
            MethodType.methodType(result, type));
        out[i] = (Function<Object, Object>) site.getTarget().invoke();
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
      }
    }
    return out;
  }
}
