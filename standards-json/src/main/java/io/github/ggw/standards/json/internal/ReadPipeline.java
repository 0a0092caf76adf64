package io.github.ggw.standards.json.internal;

import com.google.common.base.Suppliers;
import io.github.ggw.standards.json.ModelValidator;
import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one read pipeline of every safe reader of this module (standards, profiles,
 * self-assessments, score reports, case files, registries, plans and each element of a batch
 * stream), so that each gets the same safeguards and the same located problems.
 *
 * <p>A read: the file or stream is bounded by the document limit before it is read whole; the
 * bytes are screened (a UTF-8 byte-order mark skipped, UTF-16/32 and empty input refused, the
 * size checked); Jackson binds them with the limits and strictness of {@link ReaderMapper},
 * every unknown member and every problem of every document (nested ones included) recorded in
 * one {@link Binder}; the value is checked with Bean Validation and the reader's own checks;
 * finally every problem gets line and column. Never throws on bad input. Immutable and
 * thread-safe.
 */
public final class ReadPipeline {
  /** The key of the measure registry a standard is checked against, among the attributes. */
  private static final Object MEASURES = MeasureRegistry.class;

  private final ReadLimits limits;
  private final ReadMode mode;
  private final MeasureRegistry measures;
  private final JsonMapper mapper;
  /** Without the document limit, for batch streams; built on first use. */
  private final Supplier<JsonMapper> batchMapper;
  /** The fast paths of the types that have one ({@link FastPaths}), with this mapper. */
  private final FastPaths.ForMapper fast;

  private ReadPipeline(ReadLimits limits, ReadMode mode, MeasureRegistry measures,
      JsonMapper mapper, Supplier<JsonMapper> batchMapper, FastPaths.ForMapper fast) {
    this.limits = limits;
    this.mode = mode;
    this.measures = measures;
    this.mapper = mapper;
    this.batchMapper = batchMapper;
    this.fast = fast;
  }

  /**
   * A pipeline with the built-in measures.
   *
   * @param limits the reading limits, not null
   * @param mode strict or lenient about unknown members, not null
   * @return the pipeline
   */
  public static ReadPipeline create(ReadLimits limits, ReadMode mode) {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(mode, "mode");
    JsonMapper mapper = ReaderMapper.build(limits, mode, limits.maxDocumentBytes());
    return new ReadPipeline(limits, mode, MeasureRegistry.builtIn(), mapper,
        Suppliers.memoize(() -> ReaderMapper.build(limits, mode, -1)),
        new FastPaths.ForMapper(mapper));
  }

  /**
   * This pipeline checking standards against another registry of measures.
   *
   * @param registry the measures, not null
   * @return a new pipeline sharing this one's mappers
   */
  public ReadPipeline withMeasures(MeasureRegistry registry) {
    return new ReadPipeline(limits, mode, Objects.requireNonNull(registry, "registry"), mapper,
        batchMapper, fast);
  }

  /**
   * The measures a standard being read is checked against: the reader's, or the built-in ones
   * outside the readers.
   *
   * @param ctxt the Jackson context, not null
   * @return the registry
   */
  public static MeasureRegistry measuresOf(DeserializationContext ctxt) {
    return ctxt.getAttribute(MEASURES) instanceof MeasureRegistry r ? r
        : MeasureRegistry.builtIn();
  }

  /**
   * The measures standards are checked against.
   *
   * @return the registry
   */
  public MeasureRegistry getMeasures() {
    return measures;
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
   * Reads a value whose type the module reads through its document (a {@code Standard}, a
   * {@code SelfAssessment}, a {@code CaseFile}, …).
   *
   * @param json the UTF-8 bytes, not null
   * @param type the model type, not null
   * @param <T> the model type
   * @return the value with its warnings, or every problem found
   */
  public <T> Result<T> read(byte[] json, Class<T> type) {
    return read(json, type, (t, b) -> t, t -> List.of(), false, null);
  }

  /**
   * As {@link #read(byte[], Class, Function)}, and when the document does not bind, every
   * problem of it: the parsed tree is walked against the document's shape ({@link ShapeWalk}),
   * up to {@link ShapeWalk#CAP} problems and then {@code PROBLEMS_TRUNCATED}. A document that
   * binds is never walked; one that does not parse keeps its one syntax problem.
   *
   * @param json the UTF-8 bytes, not null
   * @param type the model type, not null
   * @param checks more problems of a bound value (errors refuse it), not null
   * @param shape the document's shape, not null
   * @param textCheck on the slow path, the problems of one free-text value at a JSON pointer
   *     (what {@code checks} finds in free text, such as personal numbers), not null
   * @param <T> the model type
   * @return the value with its warnings, or every problem found
   */
  public <T> Result<T> read(byte[] json, Class<T> type, Function<T, List<Problem>> checks,
      Shape shape, BiFunction<String, String, List<Problem>> textCheck) {
    return read(json, type, (t, b) -> t, checks, false,
        new Slow(Objects.requireNonNull(shape, "shape"),
            Objects.requireNonNull(textCheck, "textCheck")));
  }

  /** What the slow path of a read needs. */
  private record Slow(Shape shape, BiFunction<String, String, List<Problem>> textCheck) {}

  /**
   * As {@link #read(byte[], Class)}, with checks of the value bound.
   *
   * @param json the UTF-8 bytes, not null
   * @param type the model type, not null
   * @param checks more problems of a bound value (errors refuse it), not null
   * @param <T> the model type
   * @return the value with its warnings, or every problem found
   */
  public <T> Result<T> read(byte[] json, Class<T> type, Function<T, List<Problem>> checks) {
    return read(json, type, (t, b) -> t, checks, false, null);
  }

  /**
   * As {@link #read(byte[], Class)}, reading a record member that is missing as absent (an empty
   * {@code Optional}, or null that the record refuses by name) rather than refusing it outright:
   * for documents whose empty optional members are not written, such as score reports.
   *
   * @param json the UTF-8 bytes, not null
   * @param type the model type, not null
   * @param <T> the model type
   * @return the value, or every problem found
   */
  public <T> Result<T> readAbsentAsEmpty(byte[] json, Class<T> type) {
    return read(json, type, (t, b) -> t, t -> List.of(), true, null);
  }

  /**
   * Reads a document class and binds it with a function, for documents that are not the form of
   * a model type (such as a list of designations).
   *
   * @param json the UTF-8 bytes, not null
   * @param document the document class, not null
   * @param bind turns the document into the value, recording problems; null after an error
   * @param <D> the document type
   * @param <T> the value type
   * @return the value with its warnings, or every problem found
   */
  public <D, T> Result<T> readDocument(byte[] json, Class<D> document,
      BiFunction<D, Binder, T> bind) {
    return read(json, document, bind, t -> List.of(), false, null);
  }

  private <D, T> Result<T> read(byte[] json, Class<D> type, BiFunction<D, Binder, T> bind,
      Function<T, List<Problem>> checks, boolean absentAsEmpty, Slow slow) {
    Objects.requireNonNull(json, "json");
    int offset = Inputs.bomLength(json);
    Problem early = Inputs.screen(json, offset, limits);
    if (early != null) {
      return Result.refused(List.of(early));
    }
    Binder binder = new Binder();
    // a valid document of a type with a fast path is read by it, and by Jackson otherwise
    D doc = absentAsEmpty ? null : fast.read(json, offset, type);
    ObjectReader reader = doc != null ? null : readerFor(type, binder, absentAsEmpty);
    try {
      if (doc == null) {
        doc = reader.readValue(json, offset, json.length - offset);
      }
    } catch (JacksonException e) {
      Problem limit = limitExceeded(json, offset);
      if (limit != null) {
        return Result.refused(List.of(limit));
      }
      ObjectReader again = reader;
      List<Problem> every = slowPath(json, offset, slowFor(slow, type), absentAsEmpty,
          node -> rebind(node, again, bind, checks));
      if (every != null) {
        return Result.refused(locate(json, offset, every));
      }
      // the problems recorded before the failure are reported with it
      List<Problem> found = new ArrayList<>(binder.problems());
      found.add(JacksonProblems.toProblem(e, limits, json));
      return Result.refused(locate(json, offset, found));
    } catch (StandardsException e) {
      return Result.refused(List.of(Problem.of(ProblemCode.JSON_INVALID_VALUE,
          Location.unknown(), e.getOffendingValue().orElse(null),
          String.valueOf(e.getMessage()), ValueTexts.text("value.invalid").zh())));
    }
    if (doc == null && binder.problems().isEmpty()) {
      return Result.refused(locate(json, offset,
          List.of(Problem.of(ProblemCode.INPUT_EMPTY, Location.pointer(""), null))));
    }
    T value = doc == null ? null : bind.apply(doc, binder);
    if (value == null) {
      ObjectReader again = reader != null ? reader : readerFor(type, binder, absentAsEmpty);
      List<Problem> every = slowPath(json, offset, slowFor(slow, type), absentAsEmpty,
          node -> rebind(node, again, bind, checks));
      if (every != null) {
        return Result.refused(locate(json, offset, every));
      }
    }
    if (value != null) {
      Validation.VALIDATOR.validate(value).forEach(binder::add);
      checks.apply(value).forEach(binder::add);
    }
    List<Problem> all = binder.problems();
    if (all.stream().anyMatch(p -> p.getCode() == ProblemCode.JSON_WRONG_KIND)) {
      // a document of another kind: its members are unknown or missing as a matter of course
      all = all.stream().filter(p -> p.getCode() != ProblemCode.JSON_UNKNOWN_PROPERTY
          && p.getCode() != ProblemCode.JSON_MISSING_PROPERTY).toList();
    }
    List<Problem> problems = locate(json, offset, ShapeWalk.cap(all));
    return value == null || binder.hasErrors()
        ? Result.refused(problems) : Result.of(value, problems);
  }

  /** The reader of the general path, recording into a binder. */
  private ObjectReader readerFor(Class<?> type, Binder binder, boolean absentAsEmpty) {
    ObjectReader reader = mapper.readerFor(type).withAttribute(Binder.ATTRIBUTE, binder)
        .withAttribute(MEASURES, measures)
        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    if (absentAsEmpty) {
      reader = reader.without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }
    return reader;
  }

  /**
   * The slow path's shape for a read: the reader's own, or the one recorded for the type ({@link
   * DocumentShapes}: a document class's fields), with no text check of its own.
   */
  private static Slow slowFor(Slow slow, Class<?> type) {
    if (slow != null) {
      return slow;
    }
    return DocumentShapes.of(type).map(s -> new Slow(s, (at, text) -> List.<Problem>of()))
        .orElse(null);
  }

  /**
   * The slow path, after binding failed: every problem of the document by its shape, or null
   * when there is no shape, the bytes do not parse (their one syntax problem stands) or the walk
   * finds no error (the fast path's problems stand). The tree without the values found wrong is
   * then bound once more as the fast path binds it, so that what the walk leaves to the
   * document's binding (missing members, unknown members, the checks of the parts that bind)
   * is reported too; its problems at or under a value found wrong are left out.
   */
  private List<Problem> slowPath(byte[] json, int offset, Slow slow, boolean absentAsEmpty,
      Function<JsonNode, Repair.Rebound> rebind) {
    if (slow == null) {
      return null;
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(json, offset, json.length - offset);
    } catch (JacksonException e) {
      return null;
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return null;
    }
    List<Problem> walked = new ShapeWalk(mapper, limits, Validation.VALIDATOR,
        mode == ReadMode.STRICT ? Severity.ERROR : Severity.WARNING, slow.textCheck(),
        absentAsEmpty).walk(slow.shape(), tree);
    if (walked.stream().noneMatch(Problem::isError)) {
      return null;
    }
    List<Problem> every = new ArrayList<>(walked);
    boolean full = walked.stream().anyMatch(p -> p.getCode() == ProblemCode.PROBLEMS_TRUNCATED);
    if (!full) {
      // below the cap: what the document's own binding adds
      every.addAll(Repair.rest(tree, walked, rebind));
    }
    if (every.stream().anyMatch(p -> p.getCode() == ProblemCode.JSON_WRONG_KIND)) {
      // a document of another kind: its members are unknown or missing as a matter of course
      every = every.stream().filter(p -> p.getCode() != ProblemCode.JSON_UNKNOWN_PROPERTY
          && p.getCode() != ProblemCode.JSON_MISSING_PROPERTY).toList();
    }
    return full ? every : ShapeWalk.cap(every);
  }

  /**
   * Binds a tree as the fast path binds bytes, with a binder of its own: every problem the
   * binding records, the one that stops it (last, and then {@link Repair.Rebound#stopped()}),
   * and the validation and checks of a value bound.
   */
  private <D, T> Repair.Rebound rebind(JsonNode node, ObjectReader reader,
      BiFunction<D, Binder, T> bind, Function<T, List<Problem>> checks) {
    Binder binder = new Binder();
    boolean stopped = false;
    try {
      // bound from bytes, as the fast path binds, so that pointers are the fast path's
      D doc = reader.withAttribute(Binder.ATTRIBUTE, binder)
          .readValue(mapper.writeValueAsBytes(node));
      T value = doc == null ? null : bind.apply(doc, binder);
      if (value != null) {
        Validation.VALIDATOR.validate(value).forEach(binder::add);
        checks.apply(value).forEach(binder::add);
      }
    } catch (JacksonException e) {
      binder.add(JacksonProblems.toProblem(e, limits));
      stopped = true;
    } catch (StandardsException e) {
      binder.add(Problem.of(ProblemCode.JSON_INVALID_VALUE, Location.unknown(),
          e.getOffendingValue().orElse(null), String.valueOf(e.getMessage()),
          ValueTexts.text("value.invalid").zh()));
      stopped = true;
    } catch (RuntimeException e) {
      // the tree with values taken out may break a document's own assumptions: the walk's
      // problems stand, with what was recorded so far
      stopped = true;
    }
    return new Repair.Rebound(binder.problems(), stopped);
  }

  /**
   * Binds a value without Bean Validation, the reader's checks or line and column: for
   * measurement and trusted input only.
   *
   * @param json the UTF-8 bytes, not null
   * @param type the model type, not null
   * @param <T> the model type
   * @return the value
   * @throws StandardsException if the bytes do not bind, naming the first problem
   */
  public <T> T bind(byte[] json, Class<T> type) {
    int offset = Inputs.bomLength(json);
    T quick = fast.read(json, offset, type);
    if (quick != null) {
      return quick;
    }
    try {
      T value = mapper.readerFor(type).withAttribute(MEASURES, measures)
          .readValue(json, offset, json.length - offset);
      if (value == null) {
        throw new StandardsException("the input does not bind: it is empty", null);
      }
      return value;
    } catch (JacksonException e) {
      throw new StandardsException("the input does not bind: "
          + JacksonProblems.toProblem(e, limits), null, e);
    }
  }

  /**
   * Reads a file with a byte reader, refusing folders, unreadable files and files larger than
   * the document limit before reading them.
   *
   * @param file the file, not null
   * @param reader the reader of its bytes, not null
   * @param <T> the value type
   * @return what the reader returns, or the problem ({@code INPUT_UNREADABLE}, {@code
   *     INPUT_LIMIT_EXCEEDED})
   */
  public <T> Result<T> readFile(Path file, Function<byte[], Result<T>> reader) {
    return Inputs.readFile(file, limits, reader);
  }

  /**
   * Reads a stream with a byte reader, reading at most the document limit plus one byte.
   *
   * @param in the stream, not null; not closed
   * @param reader the reader of its bytes, not null
   * @param <T> the value type
   * @return what the reader returns, or the problem ({@code INPUT_UNREADABLE}, or {@code
   *     INPUT_LIMIT_EXCEEDED} without reading the rest)
   */
  public <T> Result<T> readStream(InputStream in, Function<byte[], Result<T>> reader) {
    return Inputs.readStream(in, limits, reader);
  }

  /**
   * Adds line and column to problems that carry a JSON pointer into the given bytes.
   *
   * @param json the bytes the problems refer to, not null
   * @param problems the problems, not null
   * @return the problems, located where the pointer (or its nearest parent) exists in the bytes
   */
  public List<Problem> locate(byte[] json, List<Problem> problems) {
    return locate(json, Inputs.bomLength(json), problems);
  }

  private List<Problem> locate(byte[] json, int offset, List<Problem> problems) {
    return Relocator.relocate(mapper, json, offset, problems);
  }

  /**
   * The kind a document declares, read without binding the rest.
   *
   * @param json the UTF-8 bytes, not null
   * @return the {@code kind} member of the root object, or empty when the bytes are not a JSON
   *     object with a text {@code kind}
   */
  public Optional<String> kindOf(byte[] json) {
    int offset = Inputs.bomLength(json);
    try {
      KindDocument d = mapper.readerFor(KindDocument.class)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(json, offset, json.length - offset);
      return d == null ? Optional.empty() : Optional.ofNullable(d.kind);
    } catch (JacksonException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A streaming parser for a batch: the limits of this pipeline except the document size, which
   * the batch applies to each element instead.
   *
   * @param in the stream, not null
   * @return the parser
   */
  public JsonParser streamingParser(InputStream in) {
    return batchMapper.get().createParser(in);
  }

  /**
   * A compact generator, to copy one batch element exactly.
   *
   * @param out the stream, not null
   * @return the generator
   */
  public JsonGenerator streamingGenerator(OutputStream out) {
    return batchMapper.get().createGenerator(out);
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

  /**
   * Builds the Bean Validation every pipeline shares now, if it is not built yet (by initialising
   * its holder; a thread that asks while another builds it waits for that build).
   */
  public static void prepareValidation() {
    Objects.requireNonNull(Validation.VALIDATOR, "validator");
  }

  /** The Bean Validation of every pipeline, built once (Hibernate Validator is slow to start). */
  private static final class Validation {
    static final ModelValidator VALIDATOR = ModelValidator.create();
  }
}
