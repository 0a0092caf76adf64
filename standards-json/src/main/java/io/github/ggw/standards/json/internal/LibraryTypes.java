package io.github.ggw.standards.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.Version;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.core.JsonParser;

/**
 * The output rules of this library's own types, as an annotation introspector that answers for
 * them only (classes under {@code io.github.ggw.standards.model}, {@code .rules} and {@code
 * .json}), so that a mapper with the module writes an embedder's own classes exactly as
 * before:
 *
 * <ul>
 *   <li>absent members are not written: null and empty {@code Optional} properties are left out
 *       ({@link JsonInclude.Include#NON_ABSENT} as the class default; an explicit
 *       {@code @JsonInclude} on a type or a mix-in still wins, since this introspector comes
 *       after Jackson's own);
 *   <li>decimals are plain: a {@link BigDecimal} member (or the content of an {@code
 *       Optional}, list or map member) is written without exponent, {@code 1000} rather than
 *       {@code 1E+3}.
 * </ul>
 */
public final class LibraryTypes extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;
  private static final String[] ROOTS = {"io.github.ggw.standards.model.",
      "io.github.ggw.standards.rules.", "io.github.ggw.standards.json."};
  private static final JsonInclude.Value NON_ABSENT =
      JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null);

  /** The introspector; stateless. */
  public LibraryTypes() {}

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Whether a class is one of this library's own types. */
  static boolean isLibraryType(Class<?> c) {
    String name = c.getName();
    for (String root : ROOTS) {
      if (name.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
    return a instanceof AnnotatedClass c && isLibraryType(c.getRawType())
        ? NON_ABSENT : JsonInclude.Value.empty();
  }

  @Override
  public Object findSerializer(MapperConfig<?> config, Annotated a) {
    return decimalMember(a) ? PlainDecimal.INSTANCE : null;
  }

  @Override
  public Object findContentSerializer(MapperConfig<?> config, Annotated a) {
    return decimalContent(a) ? PlainDecimal.INSTANCE : null;
  }

  @Override
  public Object findDeserializer(MapperConfig<?> config, Annotated a) {
    return decimalMember(a) ? BoundedDecimal.INSTANCE : null;
  }

  @Override
  public Object findContentDeserializer(MapperConfig<?> config, Annotated a) {
    return decimalContent(a) ? BoundedDecimal.INSTANCE : null;
  }

  /** A {@link BigDecimal} member of one of this library's own types. */
  private static boolean decimalMember(Annotated a) {
    return ownMember(a) && a.getRawType() == BigDecimal.class;
  }

  /** A member of this library's own types holding {@link BigDecimal}s (optional, list, map). */
  private static boolean decimalContent(Annotated a) {
    if (!ownMember(a)) {
      return false;
    }
    JavaType content = a.getType().getContentType();
    return content != null && content.getRawClass() == BigDecimal.class;
  }

  private static boolean ownMember(Annotated a) {
    return a instanceof AnnotatedMember m && isLibraryType(m.getDeclaringClass());
  }

  /**
   * Reads a decimal as Jackson does, refusing one too long written out in full ({@link
   * PlainDecimals}: more than {@value PlainDecimals#MAX_CHARS} characters, such as {@code
   * 1e-999999999}), which a few characters of input would otherwise make a thousand million
   * digits long wherever the value is added, compared by text or written out.
   */
  static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
    static final BoundedDecimal INSTANCE = new BoundedDecimal();

    private BoundedDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      BigDecimal d = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
      if (d != null && PlainDecimals.tooLong(d)) {
        throw InvalidFormatException.from(p, "number too long written out", d.toString(),
            BigDecimal.class);
      }
      return d;
    }
  }

  /**
   * Writes a decimal as a plain JSON number ({@link BigDecimal#toPlainString()}); a decimal
   * whose scale is beyond ±9,999 (which would need that many digits) keeps its exponent.
   */
  static final class PlainDecimal extends StdSerializer<BigDecimal> {
    static final PlainDecimal INSTANCE = new PlainDecimal();
    private static final int MAX_SCALE = 9_999;

    private PlainDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeNumber(Math.abs(value.scale()) <= MAX_SCALE ? value.toPlainString()
          : value.toString());
    }
  }
}
