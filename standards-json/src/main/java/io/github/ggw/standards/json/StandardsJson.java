package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.assessment.AssessmentDocument;
import io.github.ggw.standards.json.batch.AssessmentStream;
import io.github.ggw.standards.json.batch.SourcedResult;
import io.github.ggw.standards.json.internal.Binder;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.json.internal.JacksonProblems;
import io.github.ggw.standards.json.internal.Mixins;
import io.github.ggw.standards.json.ModelValidator;
import io.github.ggw.standards.json.internal.PointsDeserializer;
import io.github.ggw.standards.json.internal.PointsSerializer;
import io.github.ggw.standards.json.internal.Relocator;
import io.github.ggw.standards.json.internal.TextValueDeserializer;
import io.github.ggw.standards.json.report.ReportDocument;
import io.github.ggw.standards.json.report.ReportReadDocument;
import io.github.ggw.standards.json.standard.MeasureRefDocument;
import io.github.ggw.standards.json.standard.ParametersDocument;
import io.github.ggw.standards.json.standard.ProfileDocument;
import io.github.ggw.standards.json.standard.StandardDocument;
import io.github.ggw.standards.json.standard.VetoDocument;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ggw.standards.model.standard.CriterionCode;
import io.github.ggw.standards.model.Points;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.ProfileResolver;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.standard.StandardId;
import io.github.ggw.standards.model.standard.StandardVersion;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.UnitId;
import io.github.ggw.standards.model.assessment.DistrictCode;
import io.github.ggw.standards.model.evidence.ElderRef;
import io.github.ggw.standards.model.evidence.Evidence;
import io.github.ggw.standards.model.menu.NeedId;
import io.github.ggw.standards.model.menu.ResourceId;
import io.github.ggw.standards.model.plan.PlanId;
import io.github.ggw.standards.model.plan.TargetId;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.rule.MeasureName;
import io.github.ggw.standards.model.rule.MeasureParameters;
import io.github.ggw.standards.model.rule.MeasureRef;
import io.github.ggw.standards.model.rule.ScoringRule;
import io.github.ggw.standards.rules.check.PersonalDataScanner;
import io.github.ggw.standards.model.rule.Veto;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
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
 * <p>Readers never throw on bad input: they return a {@link Result} holding the value, or
 * every problem found with its JSON pointer, line, column, offending value and zh-CN/en
 * messages. Input is read with explicit {@link ReadLimits}; duplicate keys, NaN, trailing
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

  private final ReadLimits limits;
  private final ReadMode mode;
  private final MeasureRegistry measures;
  private final JsonMapper mapper;
  private final JsonMapper batchMapper;
  private final ModelValidator validator = new ModelValidator();

  private StandardsJson(ReadLimits limits, ReadMode mode, MeasureRegistry measures) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.measures = Objects.requireNonNull(measures, "measures");
    this.mapper = buildMapper(limits, mode, limits.maxDocumentBytes());
    this.batchMapper = buildMapper(limits, mode, -1);
  }

  /**
   * A reader and writer with the default limits, in strict mode.
   *
   * @return the instance
   */
  public static StandardsJson create() {
    return new StandardsJson(ReadLimits.DEFAULT, ReadMode.STRICT, MeasureRegistry.builtIn());
  }

  /**
   * A reader and writer with given limits and mode.
   *
   * @param limits the reading limits, not null
   * @param mode strict or lenient about unknown members, not null
   * @return the instance
   */
  public static StandardsJson create(ReadLimits limits, ReadMode mode) {
    return new StandardsJson(limits, mode, MeasureRegistry.builtIn());
  }

  /**
   * This reader with another registry of measures, against which every standard read is checked
   * (unknown measures, parameters a measure does not take, value types a rule cannot use).
   *
   * @param registry the measures, not null
   * @return a new instance
   */
  public StandardsJson withMeasures(MeasureRegistry registry) {
    return new StandardsJson(limits, mode, registry);
  }

  /**
   * The limits in force.
   *
   * @return the limits
   */
  public ReadLimits getLimits() {
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
   * @return the standard with its warnings, or the problems: JSON and binding problems,
   *     missing members, constraint violations, every cross-item finding of the standard's
   *     checks and every finding of the measure registry (each at its item code)
   */
  public Result<Standard> readStandard(byte[] json) {
    return read(json, StandardDocument.class, (doc, b) -> doc.toModel(b, measures));
  }

  /**
   * Reads a tailoring profile ({@code kind = "profile"}); resolve it against its base with
   * {@link io.github.ggw.standards.model.standard.ProfileResolver}.
   *
   * @param json the UTF-8 bytes, not null
   * @return the profile, or the problems
   */
  public Result<Profile> readProfile(byte[] json) {
    return read(json, ProfileDocument.class, ProfileDocument::toModel);
  }

  /**
   * Reads a tailoring profile from a file.
   *
   * @param file the file, not null
   * @return the profile or the problems
   */
  public Result<Profile> readProfile(Path file) {
    return readFile(file, this::readProfile);
  }

  /**
   * Writes a tailoring profile as indented JSON ({@code kind = "profile"}).
   *
   * @param profile the profile, not null
   * @return the JSON text, which {@link #readProfile(byte[])} reads back to an equal profile
   */
  public String writeProfile(Profile profile) {
    return write(ProfileDocument.from(profile));
  }

  /**
   * Resolves a profile against its base standard and checks the result against the measures.
   *
   * @param base the base standard, not null
   * @param profile the profile, not null
   * @return the tailored standard with its warnings, or every finding that refused it
   */
  public Result<Standard> tailor(Standard base, Profile profile) {
    Result<Standard> t = ProfileResolver.resolve(base, profile);
    List<Problem> problems = new ArrayList<>(t.problems());
    t.value().ifPresent(s -> problems.addAll(measures.check(s)));
    return t.value().isEmpty() || problems.stream().anyMatch(Problem::isError)
        ? Result.refused(problems) : Result.of(t.value().get(), problems);
  }

  /**
   * Reads a standard from a file.
   *
   * @param file the file, not null
   * @return the standard or the problems; an unreadable or too large file is a problem too
   */
  public Result<Standard> readStandard(Path file) {
    return readFile(file, this::readStandard);
  }

  /**
   * Reads a self-assessment ({@code kind = "self-assessment"}). Checks against the standard are
   * the scorer's; this checks the format and the values.
   *
   * @param json the UTF-8 bytes, not null
   * @return the assessment, or the problems
   */
  public Result<SelfAssessment> readAssessment(byte[] json) {
    return read(json, AssessmentDocument.class, AssessmentDocument::toModel, this::personalData,
        false);
  }

  /**
   * Binds a self-assessment without Bean Validation, the personal-data scan or line/column
   * location: for measurement (the benchmark's stage "bind") and trusted input only.
   *
   * @param json the UTF-8 bytes, not null
   * @return the assessment
   * @throws StandardsException if the bytes do not bind, naming the first problem
   */
  public SelfAssessment bindAssessment(byte[] json) {
    try {
      AssessmentDocument doc = mapper.readerFor(AssessmentDocument.class)
          .readValue(json, bomLength(json), json.length - bomLength(json));
      Binder b = new Binder();
      SelfAssessment a = doc == null ? null : doc.toModel(b);
      if (a == null) {
        throw new StandardsException("the input does not bind: " + b.problems(), null);
      }
      return a;
    } catch (JacksonException e) {
      throw new StandardsException("the input does not bind: "
          + JacksonProblems.toProblem(e, limits), null, e);
    }
  }

  /**
   * Reads a self-assessment from a stream, reading at most the document limit plus one byte.
   *
   * @param in the stream, not null; not closed
   * @return the assessment, or the problems; a stream longer than the limit is refused with
   *     {@link ProblemCode#JSON_LIMIT_EXCEEDED} without reading the rest
   */
  public Result<SelfAssessment> readAssessment(InputStream in) {
    return readStream(in, this::readAssessment);
  }

  /** Personal data in free text: an error in strict mode, a warning in lenient mode. */
  private List<Problem> personalData(SelfAssessment a) {
    return PersonalDataScanner.scan(a).stream()
        .map(p -> mode == ReadMode.STRICT ? p : p.withSeverity(Severity.WARNING)).toList();
  }

  /**
   * Reads a self-assessment from a file.
   *
   * @param file the file, not null
   * @return the assessment or the problems
   */
  public Result<SelfAssessment> readAssessment(Path file) {
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

  private <T> Result<T> readStream(InputStream in, Function<byte[], Result<T>> reader) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
          limits.maxDocumentBytes() + 1));
      if (bytes.length > limits.maxDocumentBytes()) {
        return Result.refused(List.of(Problem.of(ProblemCode.JSON_LIMIT_EXCEEDED,
            Location.unknown(), null, "maxDocumentBytes",
            String.valueOf(limits.maxDocumentBytes()))));
      }
      return reader.apply(bytes);
    } catch (IOException e) {
      return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE,
          Location.unknown(), null, e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }

  /** Reads a file with a byte reader, refusing unreadable and too large files. */
  public <T> Result<T> readFile(Path file, Function<byte[], Result<T>> reader) {
    try {
      if (Files.isDirectory(file)) {
        return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE,
            Location.unknown(), String.valueOf(file.getFileName()), "a folder, not a file")));
      }
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        return Result.refused(List.of(Problem.of(ProblemCode.JSON_LIMIT_EXCEEDED,
            Location.unknown(), String.valueOf(size), "maxDocumentBytes",
            String.valueOf(limits.maxDocumentBytes()))));
      }
      return reader.apply(Files.readAllBytes(file));
    } catch (IOException | SecurityException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
          : e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException
              ? "access denied" : String.valueOf(e.getMessage());
      return Result.refused(List.of(Problem.of(ProblemCode.INPUT_UNREADABLE,
          Location.unknown(), String.valueOf(file.getFileName()), file + ": " + why)));
    }
  }

  public <D, T> Result<T> read(byte[] json, Class<D> type, BiFunction<D, Binder, T> bind) {
    return read(json, type, bind, t -> List.of(), false);
  }

  /**
   * Reads a document: binds it, runs Bean Validation and the extra checks on the value, and
   * adds line and column to every problem. With {@code absentCreatorMembers} a creator member
   * that is missing is bound as absent (an empty {@code Optional}, or null that the record
   * refuses by name) rather than refused outright, for records whose empty optional members are
   * not written.
   */
  public <D, T> Result<T> read(byte[] json, Class<D> type, BiFunction<D, Binder, T> bind,
      Function<T, List<Problem>> extraChecks, boolean absentCreatorMembers) {
    Objects.requireNonNull(json, "json");
    int offset = bomLength(json);
    Problem early = screen(json, offset);
    if (early != null) {
      return Result.refused(List.of(early));
    }
    List<Problem> warnings = new ArrayList<>();
    ObjectReader reader = mapper.readerFor(type).withAttribute(WARNINGS, warnings)
        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    if (absentCreatorMembers) {
      reader = reader.without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }
    D doc;
    try {
      doc = reader.readValue(json, offset, json.length - offset);
    } catch (JacksonException e) {
      Problem limit = limitExceeded(json, offset);
      if (limit != null) {
        return Result.refused(List.of(limit));
      }
      // the members recorded before the failure are reported with it
      List<Problem> found = new ArrayList<>(warnings);
      found.add(JacksonProblems.toProblem(e, limits, json));
      return Result.refused(Relocator.relocate(mapper, json, offset, found));
    } catch (StandardsException e) {
      return Result.refused(List.of(Problem.of(ProblemCode.JSON_INVALID_VALUE,
          Location.unknown(), e.getOffendingValue().orElse(null), String.valueOf(e.getMessage()))));
    }
    if (doc == null) {
      return Result.refused(Relocator.relocate(mapper, json, offset,
          List.of(Problem.of(ProblemCode.INPUT_EMPTY, Location.pointer(""), null))));
    }
    Binder binder = new Binder();
    warnings.forEach(binder::add);
    T value = bind.apply(doc, binder);
    if (value != null) {
      validator.validate(value).forEach(binder::add);
      extraChecks.apply(value).forEach(binder::add);
    }
    List<Problem> all = binder.problems();
    if (all.stream().anyMatch(p -> p.getCode() == ProblemCode.JSON_WRONG_KIND)) {
      // a document of another kind: its members are unknown or missing as a matter of course
      all = all.stream().filter(p -> p.getCode() != ProblemCode.JSON_UNKNOWN_PROPERTY
          && p.getCode() != ProblemCode.JSON_MISSING_PROPERTY).toList();
    }
    List<Problem> problems = Relocator.relocate(mapper, json, offset, all);
    return value == null || binder.hasErrors()
        ? Result.refused(problems) : Result.of(value, problems);
  }

  /**
   * On the error path only: reads every token once more, so that input which also breaks a
   * reading limit (say a 100,000-deep nesting after a type error) is refused with the limit's
   * code, the more fundamental problem.
   */
  private Problem limitExceeded(byte[] json, int offset) {
    try (JsonParser p = mapper.createParser(json, offset, json.length - offset)) {
      while (p.nextToken() != null) {
        // reading is the check
      }
      return null;
    } catch (StreamConstraintsException e) {
      return JacksonProblems.toProblem(e, limits);
    } catch (JacksonException e) {
      return null;
    }
  }

  public static int bomLength(byte[] b) {
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

  /**
   * A streaming parser for a batch: the same limits as this reader except the document size,
   * which {@link AssessmentStream} applies to each element instead.
   */
  public JsonParser streamingParser(InputStream in) {
    return batchMapper.createParser(in);
  }

  /** A compact generator that copies one batch element exactly. */
  public JsonGenerator streamingGenerator(java.io.OutputStream out) {
    return batchMapper.createGenerator(out);
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
   * Writes a self-assessment as one line of compact JSON (no line breaks), for
   * newline-delimited batches.
   *
   * @param assessment the assessment, not null
   * @return the JSON text without a trailing newline
   */
  public String writeAssessmentLine(SelfAssessment assessment) {
    return mapper.writeValueAsString(AssessmentDocument.from(assessment));
  }

  /**
   * Writes a result as one line of compact JSON, for streamed output of batches.
   *
   * @param result the result, not null
   * @return the JSON text without a trailing newline
   */
  public String writeResultLine(SourcedResult result) {
    return mapper.writeValueAsString(result);
  }

  /**
   * Reads a score report ({@code kind = "score-report"}) as {@link #writeReport} writes it, such
   * as a district's reports for statistics and plan progress. The report's warnings are not read
   * back (the JSON gives their codes and places, not their message arguments): the report read
   * has none.
   *
   * @param json the UTF-8 bytes, not null
   * @return the report, or the problems
   */
  public Result<ScoreReport> readReport(byte[] json) {
    return read(json, ReportReadDocument.class, ReportReadDocument::toModel, r -> List.of(), true);
  }

  /**
   * Reads a score report from a file; see {@link #readReport(byte[])}.
   *
   * @param file the file, not null
   * @return the report or the problems
   */
  public Result<ScoreReport> readReport(Path file) {
    return readFile(file, this::readReport);
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
  public String write(Object value) {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  // ---------------------------------------------------------------- mapper

  /** The mapper, for the other readers of this package and the canonical form of documents. */
  public JsonMapper mapper() {
    return mapper;
  }

  /** The mapper; {@code documentBytes} −1 lifts the document limit (batches bound elements). */
  private static JsonMapper buildMapper(ReadLimits limits, ReadMode mode, long documentBytes) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(documentBytes)
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
    // issue 5: identifiers of plans and menus
    text(module, PlanId.class, PlanId::of);
    text(module, TargetId.class, TargetId::of);
    text(module, NeedId.class, NeedId::of);
    text(module, ResourceId.class, ResourceId::of);
    // review workflow (issue 4)
    text(module, io.github.ggw.standards.model.workflow.ActorId.class,
        io.github.ggw.standards.model.workflow.ActorId::of);
    text(module, io.github.ggw.standards.model.workflow.Digest.class,
        io.github.ggw.standards.model.workflow.Digest::of);
    module.addSerializer(Points.class, new PointsSerializer());
    module.addDeserializer(Points.class, new PointsDeserializer());
    module.addDeserializer(MeasureParameters.class, new ParametersDocument.Deserializer());
    module.addDeserializer(MeasureRef.class, MeasureRefDocument.deserializer());
    module.addDeserializer(Veto.class, VetoDocument.deserializer());
    JsonMapper.Builder b = JsonMapper.builder(factory)
        .addModule(new GuavaModule())
        .addModule(module)
        .addMixIn(Evidence.class, Mixins.EvidenceMixin.class)
        .addMixIn(ScoringRule.class, Mixins.ScoringRuleMixin.class)
        .addMixIn(MeasureParameters.class, Mixins.MeasureParametersMixin.class)
        .addMixIn(ScoreReport.class, Mixins.ScoreReportMixin.class)
        .addMixIn(Problem.class, Mixins.ProblemMixin.class)
        .addMixIn(io.github.ggw.standards.rules.scoring.LostPoints.class, Mixins.LostPointsMixin.class)
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
    // Unknown members never stop reading: each is recorded (an error in strict mode, a warning
    // in lenient mode) so that every problem of a document is reported at once.
    b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addHandler(new UnknownMembers(mode == ReadMode.STRICT ? Severity.ERROR
            : Severity.WARNING));
    return b.build();
  }

  private static <T> void text(SimpleModule m, Class<T> type, Function<String, T> factory) {
    m.addSerializer(type, ToStringSerializer.instance);
    m.addDeserializer(type, new TextValueDeserializer<>(type, factory));
  }

  /**
   * Records each unknown member as a problem of the given severity and skips it. Outside the
   * readers (no list to record into) Jackson's own setting applies: refused unless a caller
   * turned it off.
   */
  private static final class UnknownMembers extends DeserializationProblemHandler {
    private final Severity severity;

    UnknownMembers(Severity severity) {
      this.severity = severity;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
      @SuppressWarnings("unchecked")
      List<Problem> found = (List<Problem>) ctxt.getAttribute(WARNINGS);
      if (found == null) {
        return false;
      }
      String pointer = p.streamReadContext().pathAsPointer().toString();
      var loc = p.currentTokenLocation();
      Location at = Location.pointer(pointer);
      if (loc.getLineNr() > 0 && loc.getColumnNr() > 0) {
        at = at.at(loc.getLineNr(), loc.getColumnNr());
      }
      found.add(Problem.of(ProblemCode.JSON_UNKNOWN_PROPERTY, at, propertyName, propertyName)
          .withSeverity(severity));
      p.skipChildren();
      return true;
    }
  }
}
