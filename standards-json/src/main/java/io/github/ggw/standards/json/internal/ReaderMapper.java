package io.github.ggw.standards.json.internal;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsModule;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.rules.check.PersonalDataScanner;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper of the safe readers: {@link StandardsModule} plus the strictness that is theirs
 * alone — the reading limits, duplicate keys refused, trailing content refused, no coercion of
 * strings to numbers or fractions to counts, enums by name only, exact decimals — and a handler
 * that records unknown members instead of failing on the first.
 */
final class ReaderMapper {
  private ReaderMapper() {}

  /**
   * The mapper.
   *
   * @param documentBytes the document size limit; −1 lifts it (a batch bounds its elements)
   */
  static JsonMapper build(ReadLimits limits, ReadMode mode, long documentBytes) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(documentBytes)
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new StandardsModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_INVALID_SUBTYPE,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // Unknown members never stop reading: each is recorded (an error in strict mode, a
        // warning in lenient mode) so that every problem of a document is reported at once.
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addHandler(new UnknownMembers(mode == ReadMode.STRICT ? Severity.ERROR
            : Severity.WARNING))
        .build();
  }

  /**
   * Records each unknown member as a problem of the given severity in the read's {@link Binder}
   * and skips it. Without a binder (outside the readers) Jackson's own setting applies.
   */
  private static final class UnknownMembers extends DeserializationProblemHandler {
    private final Severity severity;

    UnknownMembers(Severity severity) {
      this.severity = severity;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
      Binder found = Binder.of(ctxt);
      if (found == null) {
        return false;
      }
      String segment = "/" + JacksonProblems.escape(propertyName);
      String pointer = p.streamReadContext().pathAsPointer().toString();
      String member = pointer.endsWith(segment) ? pointer : pointer + segment;
      if ((p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.START_ARRAY))
          && member.endsWith(segment + segment)) {
        // at an object or array value a buffered parser names the member twice
        member = member.substring(0, member.length() - segment.length());
      }
      var loc = p.currentTokenLocation();
      Location at = Location.pointer(member);
      if (loc.getLineNr() > 0 && loc.getColumnNr() > 0) {
        at = at.at(loc.getLineNr(), loc.getColumnNr());
      }
      found.add(Problem.of(ProblemCode.JSON_UNKNOWN_PROPERTY, at, propertyName, propertyName)
          .withSeverity(severity));
      // a member named with a personal number is an error in every mode; its pointer segment is
      // masked by Location
      for (Problem personal : PersonalDataScanner.check(propertyName, member)) {
        Location l = personal.getLocation();
        found.add(personal.withLocation(at.getLine().isPresent()
            ? l.at(at.getLine().get(), at.getColumn().get()) : l));
      }
      p.skipChildren();
      return true;
    }
  }
}
