package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.model.DeficiencyCounts;
import io.github.ggw.standards.model.Points;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of the readers' fast path: readers of single JSON values straight from a streaming
 * parser into model values, without Jackson's data binding, for documents that are valid in the
 * plainest form. Each reader accepts only what the general path ({@link ReaderMapper} with
 * {@code StandardsModule}) reads to the same value, and gives up ({@link #giveUp()}) on
 * anything else: another token, a null, a member it does not know, one missing, a value a
 * factory or constructor refuses. The caller then reads the document by the general path,
 * which reports its problems exactly as before, so giving up never changes a result.
 *
 * <p>A reader is called with the parser at the value's first token and leaves it at the value's
 * last token. Readers are immutable and thread-safe.
 */
public final class FastReading {
  /**
   * How many values of a text value type (such as the elder references {@code E01}, {@code
   * E02}, …) a reader keeps, so that texts it has made a value of are not checked again; the
   * values are immutable and equal to those the factory makes.
   */
  private static final int KEPT = 4096;

  private FastReading() {}

  /** Thrown by a fast reader that gives up: carries nothing and has no stack trace. */
  public static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("the fast path gives up", null, false, false);
    }
  }

  /**
   * Reads one JSON value into a model value.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface ValueReader<T> {
    /**
     * Reads the value at the parser's current token.
     *
     * @param p the parser at the value's first token, not null
     * @return the value, never null
     * @throws GiveUp when the value is not of the plain form this reader reads
     */
    T read(JsonParser p);
  }

  /**
   * The exception to throw on giving up (one shared instance).
   *
   * @return the exception
   */
  public static GiveUp giveUp() {
    return GiveUp.INSTANCE;
  }

  /**
   * Reads a JSON string.
   *
   * @param p the parser at the value, not null
   * @return the text
   * @throws GiveUp on any other token
   */
  public static String text(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    return p.getString();
  }

  /**
   * Reads a JSON whole number in the range of {@code int}.
   *
   * @param p the parser at the value, not null
   * @return the number
   * @throws GiveUp on any other token or a larger number
   */
  public static int whole(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT) {
      throw giveUp();
    }
    return p.getIntValue();
  }

  /**
   * Reads a JSON number as an exact decimal, as the general path does for a {@link BigDecimal}
   * member.
   *
   * @param p the parser at the value, not null
   * @return the decimal
   * @throws GiveUp on any other token
   */
  public static BigDecimal decimal(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw giveUp();
    }
    BigDecimal d = p.getDecimalValue();
    if (PlainDecimals.tooLong(d)) {
      throw giveUp(); // the general path refuses it
    }
    return d;
  }

  /**
   * Reads a JSON boolean.
   *
   * @param p the parser at the value, not null
   * @return the boolean
   * @throws GiveUp on any other token
   */
  public static boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw giveUp();
  }

  /**
   * Reads a date written exactly {@code YYYY-MM-DD} ({@link FastDates}).
   *
   * @param p the parser at the value, not null
   * @return the date
   * @throws GiveUp on any other token or form
   */
  public static LocalDate date(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw giveUp();
    }
    LocalDate d = FastDates.parse(p.getStringCharacters(), p.getStringOffset(),
        p.getStringLength());
    if (d == null) {
      throw giveUp();
    }
    return d;
  }

  /**
   * Reads points from a JSON number, as {@link PointsDeserializer} does.
   *
   * @param p the parser at the value, not null
   * @return the points
   * @throws GiveUp on any other token or a value {@link Points#of(BigDecimal)} refuses
   */
  public static Points points(JsonParser p) {
    return Points.of(decimal(p));
  }

  /**
   * Reads deficiency counts, an object of whole numbers by code, as {@link
   * DeficiencyCountsCodec} does.
   *
   * @param p the parser at the value, not null
   * @return the counts
   * @throws GiveUp on any other form or counts {@link DeficiencyCounts#of(List)} refuses
   */
  public static DeficiencyCounts counts(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw giveUp();
    }
    List<DeficiencyCounts.Count> counts = new ArrayList<>();
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      counts.add(new DeficiencyCounts.Count(name, whole(p)));
    }
    return DeficiencyCounts.of(counts);
  }

  /**
   * A reader of the values of a type, for the types of the model's records: strings, {@code
   * int}, {@code boolean}, {@link BigDecimal}, {@link LocalDate}, {@link Points}, {@link
   * DeficiencyCounts}, the text value types of {@link ValueCodecs} and enumerations (by the
   * texts the general path writes and reads back to the same constant).
   *
   * @param type the type, not null
   * @param mapper the mapper of the general path, for the texts of enumerations, not null
   * @return the reader, or null for a type without one; a reader of a text value type keeps the
   *     values of up to {@value #KEPT} texts it has read
   */
  public static ValueReader<?> readerOf(Class<?> type, JsonMapper mapper) {
    if (type == String.class) {
      return FastReading::text;
    } else if (type == int.class) {
      return FastReading::whole;
    } else if (type == boolean.class) {
      return FastReading::bool;
    } else if (type == BigDecimal.class) {
      return FastReading::decimal;
    } else if (type == LocalDate.class) {
      return FastReading::date;
    } else if (type == Points.class) {
      return FastReading::points;
    } else if (type == DeficiencyCounts.class) {
      return FastReading::counts;
    } else if (type.isEnum()) {
      return enumReader(type, mapper);
    }
    Function<String, ?> factory = ValueCodecs.factoryOf(type);
    if (factory == null) {
      return null;
    }
    Map<String, Object> made = new ConcurrentHashMap<>();
    return p -> {
      String text = text(p);
      Object value = made.get(text);
      if (value == null) {
        value = factory.apply(text);
        if (made.size() < KEPT) {
          made.put(text, value);
        }
      }
      return value;
    };
  }

  /**
   * The constants of an enumeration by the text the general path writes for each, kept only
   * where reading that text back gives the same constant; any other text gives up.
   */
  private static ValueReader<?> enumReader(Class<?> type, JsonMapper mapper) {
    Map<String, Object> byText = new HashMap<>();
    for (Object constant : type.getEnumConstants()) {
      try {
        String json = mapper.writeValueAsString(constant);
        Object back = mapper.readValue(json, type);
        String text = mapper.readTree(json).stringValue();
        if (back == constant && text != null) {
          byText.merge(text, constant, (a, b) -> null);
        }
      } catch (JacksonException e) {
        // this constant is left to the general path
      }
    }
    Map<String, Object> texts = Map.copyOf(byText);
    return p -> {
      Object c = texts.get(text(p));
      if (c == null) {
        throw giveUp();
      }
      return c;
    };
  }

  /**
   * Reads a record from a JSON object whose members are exactly its components, by name, each
   * once, in any order, through its canonical constructor.
   *
   * @param <R> the record type
   */
  public static final class RecordReader<R> {
    private final Constructor<R> constructor;
    private final Map<String, Integer> index;
    private final ValueReader<?>[] readers;
    private final long all;

    private RecordReader(Constructor<R> constructor, Map<String, Integer> index,
        ValueReader<?>[] readers) {
      this.constructor = constructor;
      this.index = index;
      this.readers = readers;
      this.all = readers.length == 64 ? -1L : (1L << readers.length) - 1;
    }

    /**
     * The reader of a record type.
     *
     * @param type the record type, not null
     * @param special readers of components by name that take the place of those by type (such
     *     as a fact's value, any scalar as text), not null
     * @param mapper the mapper of the general path, not null
     * @param <R> the record type
     * @return the reader, or null when the type is no record, has more than 64 components or a
     *     component of a type without a reader
     */
    public static <R> RecordReader<R> of(Class<R> type, Map<String, ValueReader<?>> special,
        JsonMapper mapper) {
      if (!type.isRecord()) {
        return null;
      }
      RecordComponent[] components = type.getRecordComponents();
      if (components.length > 64) {
        return null;
      }
      Class<?>[] types = new Class<?>[components.length];
      ValueReader<?>[] readers = new ValueReader<?>[components.length];
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        ValueReader<?> r = special.get(components[i].getName());
        readers[i] = r != null ? r : readerOf(types[i], mapper);
        if (readers[i] == null) {
          return null;
        }
        index.put(components[i].getName(), i);
      }
      Constructor<R> constructor;
      try {
        constructor = type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException | SecurityException e) {
        return null;
      }
      try {
        // without the access check of each call (the canonical constructor of a public record
        // is public)
        constructor.setAccessible(true);
      } catch (RuntimeException e) {
        // kept with the check
      }
      return new RecordReader<>(constructor, Map.copyOf(index), readers);
    }

    /**
     * Reads the members of an object up to its end, the parser after its opening (or after
     * members read by the caller, such as a type).
     *
     * @param p the parser, not null
     * @return the record
     * @throws GiveUp on an unknown, repeated or missing member, a value of another form or a
     *     record its constructor refuses
     */
    public R readMembers(JsonParser p) {
      Object[] values = new Object[readers.length];
      long seen = 0;
      String name;
      while ((name = p.nextName()) != null) {
        Integer i = index.get(name);
        if (i == null || (seen & (1L << i)) != 0) {
          throw giveUp();
        }
        seen |= 1L << i;
        p.nextToken();
        values[i] = readers[i].read(p);
      }
      if (seen != all || p.currentToken() != JsonToken.END_OBJECT) {
        throw giveUp();
      }
      try {
        return constructor.newInstance(values);
      } catch (InvocationTargetException | InstantiationException | IllegalAccessException
          | IllegalArgumentException e) {
        throw giveUp();
      }
    }

    /**
     * Reads a record from the object at the parser's current token.
     *
     * @param p the parser at the object's opening, not null
     * @return the record
     * @throws GiveUp as {@link #readMembers(JsonParser)} does, or when the value is no object
     */
    public R read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw giveUp();
      }
      return readMembers(p);
    }
  }
}
