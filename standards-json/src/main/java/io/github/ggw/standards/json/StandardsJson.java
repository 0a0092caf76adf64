package io.github.ggw.standards.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ggw.standards.model.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.SelfAssessment;
import io.github.ggw.standards.model.Standard;
import io.github.ggw.standards.model.StandardId;
import io.github.ggw.standards.model.StandardVersion;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.UnitId;
import io.github.ggw.standards.model.DistrictCode;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.rules.ScoreReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;
import tools.jackson.datatype.guava.GuavaModule;

/**
 * Reads and writes standards, self-assessments and score reports as JSON (JSON 读写入口).
 *
 * <p>Readers never throw on bad input: they return a {@link ReadResult} holding the value, or
 * every problem found with its JSON pointer, line, column, offending value and zh-CN/en
 * messages. Input is read with explicit {@link JsonLimits}; duplicate keys, NaN, trailing
 * content, coercion of strings to numbers and fractions to counts are refused; a UTF-8 byte-order
 * mark is accepted and other encodings refused. Unknown members are errors in {@link
 * ReadMode#STRICT} and warnings in {@link ReadMode#LENIENT}. Values are checked with Bean
 * Validation after binding; a standard is also checked across items (every finding at once).
 *
 * <p>Immutable and thread-safe: build one instance and share it (the Jackson mapper and the
 * validator inside are built once).
 */
public final class StandardsJson {
  private static final String WARNINGS = "io.github.ggw.standards.json.warnings";

  private final JsonLimits limits;
  private final ReadMode mode;
  private final JsonMapper mapper;
  private final ModelValidator validator = new ModelValidator();

  private StandardsJson(JsonLimits limits, ReadMode mode) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.mapper = buildMapper(limits, mode);
  }

  /**
   * A reader and writer with the default limits, in strict mode.
   *
   * @return the instance
   */
  public static StandardsJson create() {
    return new StandardsJson(JsonLimits.DEFAULT, ReadMode.STRICT);
  }

  /**
   * A reader and writer with given limits and mode.
   *
   * @param limits the reading limits, not null
   * @param mode strict or lenient about unknown members, not null
   * @return the instance
   */
  public static StandardsJson create(JsonLimits limits, ReadMode mode) {
    return new StandardsJson(limits, mode);
  }

  /**
   * The limits in force.
   *
   * @return the limits
   */
  public JsonLimits getLimits() {
    return limits;
  }

  /**
   * The mode in force.
   *
   * @return strict or lenient
   */
  public ReadMode getMode() {
    return mode;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a standard ({@code kind = "standard"}).
   *
   * @param json the UTF-8 bytes, not null
   * @return the standard, or the problems: JSON and binding problems, missing members,
   *     constraint violations and every cross-item finding of the standard's checks
   */
  public ReadResult<Standard> readStandard(byte[] json) {
    return read(json, StandardDocument.class, StandardDocument::toModel);
  }

  /**
   * Reads a standard from a file.
   *
   * @param file the file, not null
   * @return the standard or the problems; an unreadable or too large file is a problem too
   */
  public ReadResult<Standard> readStandard(Path file) {
    return readFile(file, this::readStandard);
  }

  /**
   * Reads a self-assessment ({@code kind = "self-assessment"}). Checks against the standard are
   * the scorer's; this checks the format and the values.
   *
   * @param json the UTF-8 bytes, not null
   * @return the assessment, or the problems
   */
  public ReadResult<SelfAssessment> readAssessment(byte[] json) {
    return read(json, AssessmentDocument.class, AssessmentDocument::toModel);
  }

  /**
   * Reads a self-assessment from a file.
   *
   * @param file the file, not null
   * @return the assessment or the problems
   */
  public ReadResult<SelfAssessment> readAssessment(Path file) {
    return readFile(file, this::readAssessment);
  }

  /**
   * Adds line and column to problems that carry a JSON pointer into the given bytes, such as the
   * scorer's claim problems ({@code /claims/3/points}).
   *
   * @param json the bytes the problems refer to
   * @param problems the problems
   * @return the problems, located where the pointer exists in the bytes
   */
  public List<Problem> locate(byte[] json, List<Problem> problems) {
    return Relocator.relocate(mapper, json, bomLength(json), problems);
  }

  /** Reads a file with a byte reader, refusing unreadable and too large files. */
  <T> ReadResult<T> readFile(Path file, Function<byte[], ReadResult<T>> reader) {
    try {
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        return ReadResult.refused(List.of(Problem.of(ProblemCode.JSON_LIMIT_EXCEEDED,
            Location.unknown(), String.valueOf(size), "maxDocumentBytes", String.valueOf(limits.maxDocumentBytes()))));
      }
      return reader.apply(Files.readAllBytes(file));
    } catch (IOException | SecurityException e) {
      return ReadResult.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE,
          Location.unknown(), String.valueOf(file.getFileName()), String.valueOf(e.getClass().getSimpleName() + ": "
              + e.getMessage()))));
    }
  }

  /** Reads a document of a type and binds it; shared with the other readers of this package. */
  <D, T> ReadResult<T> read(byte[] json, Class<D> type, BiFunction<D, Binder, T> bind) {
    Objects.requireNonNull(json, "json");
    int offset = bomLength(json);
    Problem early = screen(json, offset);
    if (early != null) {
      return ReadResult.refused(List.of(early));
    }
    List<Problem> warnings = new ArrayList<>();
    ObjectReader reader = mapper.readerFor(type).withAttribute(WARNINGS, warnings);
    D doc;
    try {
      doc = reader.readValue(json, offset, json.length - offset);
    } catch (JacksonException e) {
      return ReadResult.refused(List.of(JacksonProblems.toProblem(e, limits)));
    } catch (StandardsException e) {
      return ReadResult.refused(List.of(Problem.of(ProblemCode.JSON_INVALID_VALUE,
          Location.unknown(), String.valueOf(e.getOffendingValue().orElse(null)), String.valueOf(e.getMessage()))));
    }
    if (doc == null) {
      return ReadResult.refused(Relocator.relocate(mapper, json, offset,
          List.of(Problem.of(ProblemCode.INPUT_EMPTY, Location.pointer(""), null))));
    }
    Binder binder = new Binder();
    warnings.forEach(binder::add);
    T value = bind.apply(doc, binder);
    if (value != null) {
      validator.validate(value).forEach(binder::add);
    }
    List<Problem> problems = Relocator.relocate(mapper, json, offset, binder.problems());
    return value == null || binder.hasErrors()
        ? ReadResult.refused(problems) : ReadResult.of(value, problems);
  }

  private static int bomLength(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
        && (b[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** Refuses empty input, too large input and UTF-16/32 before any parsing. */
  private Problem screen(byte[] b, int offset) {
    if (b.length - offset > limits.maxDocumentBytes()) {
      return Problem.of(ProblemCode.JSON_LIMIT_EXCEEDED, Location.unknown(), String.valueOf(b.length),
          "maxDocumentBytes", String.valueOf(limits.maxDocumentBytes()));
    }
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      return Problem.of(ProblemCode.INPUT_ENCODING, Location.unknown(), null, "UTF-16/UTF-32");
    }
    boolean blank = true;
    for (int i = offset; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return Problem.of(ProblemCode.INPUT_ENCODING, Location.unknown(), null, "UTF-16/UTF-32");
      }
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        blank = false;
        if (i - offset > 3) {
          break;
        }
      }
    }
    return blank ? Problem.of(ProblemCode.INPUT_EMPTY, Location.unknown(), null) : null;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a standard as indented JSON ({@code kind = "standard"}, format version 1).
   *
   * @param standard the standard, not null
   * @return the JSON text, which {@link #readStandard(byte[])} reads back to an equal standard
   */
  public String writeStandard(Standard standard) {
    return write(StandardDocument.from(standard));
  }

  /**
   * Writes a self-assessment as indented JSON ({@code kind = "self-assessment"}).
   *
   * @param assessment the assessment, not null
   * @return the JSON text, which {@link #readAssessment(byte[])} reads back to an equal value
   */
  public String writeAssessment(SelfAssessment assessment) {
    return write(AssessmentDocument.from(assessment));
  }

  /**
   * Writes a score report as indented JSON ({@code kind = "score-report"}).
   *
   * @param report the report, not null
   * @return the JSON text
   */
  public String writeReport(ScoreReport report) {
    return write(new ReportDocument(ReportDocument.KIND, Formats.VERSION, report));
  }

  /**
   * Writes the results of scoring several inputs as one JSON array of {@code {source, report}}
   * or {@code {source, problems}} objects, in the order given.
   *
   * @param results the results, not null
   * @return the JSON text
   */
  public String writeResults(List<SourcedResult> results) {
    return write(results);
  }

  /**
   * Writes problems as a JSON array.
   *
   * @param problems the problems
   * @return the JSON text
   */
  public String writeProblems(List<Problem> problems) {
    return write(problems);
  }

  /** Writes any document as indented JSON; shared with the other writers of this package. */
  String write(Object value) {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  /** The mapper, for the canonical form of documents. */
  JsonMapper mapper() {
    return mapper;
  }

  // ---------------------------------------------------------------- mapper

  private static JsonMapper buildMapper(JsonLimits limits, ReadMode mode) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    SimpleModule module = new SimpleModule("standards-model");
    text(module, StandardId.class, StandardId::of);
    text(module, StandardVersion.class, StandardVersion::of);
    text(module, CriterionCode.class, CriterionCode::of);
    text(module, UnitId.class, UnitId::of);
    text(module, DistrictCode.class, DistrictCode::of);
    text(module, ElderRef.class, ElderRef::of);
    text(module, MeasureName.class, MeasureName::of);
    // review workflow (issue 4)
    text(module, io.github.ggw.standards.model.workflow.ActorId.class,
        io.github.ggw.standards.model.workflow.ActorId::of);
    text(module, io.github.ggw.standards.model.workflow.Digest.class,
        io.github.ggw.standards.model.workflow.Digest::of);
    module.addSerializer(Points.class, new PointsSerializer());
    module.addDeserializer(Points.class, new PointsDeserializer());
    module.addDeserializer(MeasureParameters.class, new ParametersDocument.Deserializer());
    module.addDeserializer(MeasureRef.class, new MeasureRefDocument.Deserializer());
    JsonMapper.Builder b = JsonMapper.builder(factory)
        .addModule(new GuavaModule())
        .addModule(module)
        .addMixIn(Evidence.class, Mixins.EvidenceMixin.class)
        .addMixIn(ScoringRule.class, Mixins.ScoringRuleMixin.class)
        .addMixIn(MeasureParameters.class, Mixins.MeasureParametersMixin.class)
        .addMixIn(ScoreReport.class, Mixins.ScoreReportMixin.class)
        .addMixIn(Problem.class, Mixins.ProblemMixin.class)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_INVALID_SUBTYPE,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT));
    if (mode == ReadMode.STRICT) {
      b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    } else {
      b.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).addHandler(new Lenient());
    }
    return b.build();
  }

  private static <T> void text(SimpleModule m, Class<T> type, Function<String, T> factory) {
    m.addSerializer(type, ToStringSerializer.instance);
    m.addDeserializer(type, new TextValueDeserializer<>(type, factory));
  }

  /** Lenient mode: an unknown member is skipped and recorded as a warning. */
  private static final class Lenient extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
      @SuppressWarnings("unchecked")
      List<Problem> warnings = (List<Problem>) ctxt.getAttribute(WARNINGS);
      if (warnings != null) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        var loc = p.currentTokenLocation();
        Location at = Location.pointer(pointer);
        if (loc.getLineNr() > 0 && loc.getColumnNr() > 0) {
          at = at.at(loc.getLineNr(), loc.getColumnNr());
        }
        warnings.add(Problem.of(ProblemCode.JSON_UNKNOWN_PROPERTY, at, String.valueOf(propertyName), String.valueOf(propertyName))
            .withSeverity(io.github.ggw.standards.model.problem.Severity.WARNING));
      }
      p.skipChildren();
      return true;
    }
  }
}
