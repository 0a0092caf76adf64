package io.github.ggw.standards.json;

import io.github.ggw.standards.json.assessment.AssessmentDocuments;

import io.github.ggw.standards.json.batch.SourcedResult;
import io.github.ggw.standards.json.internal.ReadPipeline;
import io.github.ggw.standards.json.internal.Writers;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Profile;
import io.github.ggw.standards.model.standard.ProfileResolver;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.check.PersonalDataScanner;
import io.github.ggw.standards.rules.measure.MeasureRegistry;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes standards, tailoring profiles, self-assessments and score reports as JSON
 * (JSON 读写入口); the review workflow's documents are {@link
 * io.github.ggw.standards.json.workflow.WorkflowJson}'s and the planning documents {@link
 * io.github.ggw.standards.json.plan.PlansJson}'s, both made from an instance of this class.
 *
 * <p><b>The readers are the way to read untrusted input</b> (uploads, files from units, anything
 * from outside): they never throw on bad input but return a {@link Result} holding the value, or
 * every problem found with its JSON pointer, line, column, offending value and zh-CN/en
 * messages. Input is read with explicit {@link ReadLimits}; duplicate keys, NaN, trailing
 * content, coercion of strings to numbers and fractions to counts are refused; a UTF-8
 * byte-order mark is accepted and other encodings refused. Unknown members are errors in {@link
 * ReadMode#STRICT} and warnings in {@link ReadMode#LENIENT}. Values are checked with Bean
 * Validation after binding; a standard is also checked across items and against the measure
 * registry (every finding at once); the free text and identifiers of a self-assessment, and the
 * name of every unknown member, are scanned for personal numbers ({@link PersonalDataScanner}), an
 * error in every mode. A plain Jackson mapper with {@link StandardsModule} does none of this and is for trusted data.
 *
 * <p>The writers write exactly what a mapper with {@link StandardsModule} writes, indented by
 * Jackson's default pretty printer; each reader reads its writer's output back to an equal value.
 *
 * <p>Immutable and thread-safe: build one instance and share it.
 */
public final class StandardsJson {
  private final ReadMode mode;
  private final ReadPipeline pipeline;

  private StandardsJson(ReadMode mode, ReadPipeline pipeline) {
    this.mode = mode;
    this.pipeline = pipeline;
  }

  /**
   * A reader and writer with the default limits, in strict mode, with the built-in measures.
   *
   * @return the instance
   */
  public static StandardsJson create() {
    return create(ReadLimits.DEFAULT, ReadMode.STRICT);
  }

  /**
   * Builds now, if it is not built yet, the Bean Validation that every reader of this class
   * shares (Hibernate Validator's factory, built once per JVM and slow to start), instead of
   * at the first read that validates a value. For a program that can build it on one thread
   * while another starts up, as the command line's {@code score} does; reading never needs it
   * called first, and what a read returns does not depend on it. Thread-safe: a call while
   * another thread (or a read) builds it waits for that build.
   *
   * @throws LinkageError if Hibernate Validator's factory cannot be built (a class missing from
   *     the class path, a broken {@code META-INF/validation.xml}): the {@code
   *     ExceptionInInitializerError} or {@code NoClassDefFoundError} of the validator's holder,
   *     which the first read that validates would meet instead
   */
  public static void prepareValidation() {
    ReadPipeline.prepareValidation();
  }

  /**
   * A reader and writer with given limits and mode, with the built-in measures.
   *
   * @param limits the reading limits, not null
   * @param mode strict or lenient about unknown members, not null
   * @return the instance
   */
  public static StandardsJson create(ReadLimits limits, ReadMode mode) {
    return new StandardsJson(Objects.requireNonNull(mode, "mode"),
        ReadPipeline.create(limits, mode));
  }

  /**
   * This reader with another registry of measures, against which every standard read or
   * tailored is checked (unknown measures, parameters a measure does not take, value types a
   * rule cannot use).
   *
   * @param registry the measures, not null
   * @return a new instance with the same limits and mode
   */
  public StandardsJson withMeasures(MeasureRegistry registry) {
    return new StandardsJson(mode, pipeline.withMeasures(registry));
  }

  /**
   * The limits in force.
   *
   * @return the limits
   */
  public ReadLimits getLimits() {
    return pipeline.getLimits();
  }

  /**
   * The mode in force.
   *
   * @return strict or lenient
   */
  public ReadMode getMode() {
    return mode;
  }


  /**
   * Reads a standard ({@code kind = "standard"}). The way to read an untrusted standard: never
   * throws on bad input.
   *
   * @param json the UTF-8 bytes, not null
   * @return the standard with its warnings, or the problems: JSON and binding problems,
   *     missing members, constraint violations, every cross-item finding of the standard's
   *     checks and every finding of the measure registry (each at its item code)
   */
  public Result<Standard> readStandard(byte[] json) {
    return pipeline.read(json, Standard.class);
  }

  /**
   * Reads a standard from a file; see {@link #readStandard(byte[])}.
   *
   * @param file the file, not null
   * @return the standard or the problems; an unreadable or too large file is a problem too
   */
  public Result<Standard> readStandard(Path file) {
    return pipeline.readFile(file, this::readStandard);
  }

  /**
   * Writes a standard as indented JSON ({@code kind = "standard"}, format version 1).
   *
   * @param standard the standard, not null
   * @return the JSON text, which {@link #readStandard(byte[])} reads back to an equal standard
   */
  public String writeStandard(Standard standard) {
    return Writers.pretty(Objects.requireNonNull(standard, "standard"));
  }

  /**
   * Reads a tailoring profile ({@code kind = "profile"}); resolve it against its base with
   * {@link #tailor}. The way to read an untrusted profile: never throws on bad input.
   *
   * @param json the UTF-8 bytes, not null
   * @return the profile, or the problems
   */
  public Result<Profile> readProfile(byte[] json) {
    return pipeline.read(json, Profile.class);
  }

  /**
   * Reads a tailoring profile from a file; see {@link #readProfile(byte[])}.
   *
   * @param file the file, not null
   * @return the profile or the problems
   */
  public Result<Profile> readProfile(Path file) {
    return pipeline.readFile(file, this::readProfile);
  }

  /**
   * Writes a tailoring profile as indented JSON ({@code kind = "profile"}).
   *
   * @param profile the profile, not null
   * @return the JSON text, which {@link #readProfile(byte[])} reads back to an equal profile
   */
  public String writeProfile(Profile profile) {
    return Writers.pretty(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * Resolves a profile against its base standard ({@link ProfileResolver}) and checks the
   * result against this reader's measures.
   *
   * @param base the base standard, not null
   * @param profile the profile, not null
   * @return the tailored standard with its warnings, or every finding that refused it
   */
  public Result<Standard> tailor(Standard base, Profile profile) {
    // the tailored standard's warnings, then what the measures find in it
    return ProfileResolver.resolve(base, profile)
        .flatMap(s -> Result.ofChecked(s, pipeline.getMeasures().check(s)));
  }


  /**
   * Reads a self-assessment ({@code kind = "self-assessment"}). The way to read an untrusted
   * assessment: never throws on bad input. Checks against the standard are the scorer's; this
   * checks the format and the values, and scans free text and identifiers for personal numbers
   * (an error in every mode: lenient reading relaxes the format, never privacy).
   *
   * @param json the UTF-8 bytes, not null
   * @return the assessment with its warnings, or the problems
   */
  public Result<SelfAssessment> readAssessment(byte[] json) {
    return pipeline.read(json, SelfAssessment.class, this::personalData,
        AssessmentDocuments.shape(), this::personalDataIn);
  }

  /**
   * Reads a self-assessment from a stream, reading at most the document limit plus one byte;
   * see {@link #readAssessment(byte[])}.
   *
   * @param in the stream, not null; not closed
   * @return the assessment, or the problems; a stream longer than the limit is refused with
   *     {@link ProblemCode#INPUT_LIMIT_EXCEEDED} without reading the rest
   */
  public Result<SelfAssessment> readAssessment(InputStream in) {
    return pipeline.readStream(in, this::readAssessment);
  }

  /**
   * Reads a self-assessment from a file; see {@link #readAssessment(byte[])}.
   *
   * @param file the file, not null
   * @return the assessment or the problems
   */
  public Result<SelfAssessment> readAssessment(Path file) {
    return pipeline.readFile(file, this::readAssessment);
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
    return pipeline.bind(json, SelfAssessment.class);
  }

  /**
   * Writes a self-assessment as indented JSON ({@code kind = "self-assessment"}).
   *
   * @param assessment the assessment, not null
   * @return the JSON text, which {@link #readAssessment(byte[])} reads back to an equal value
   */
  public String writeAssessment(SelfAssessment assessment) {
    return Writers.pretty(Objects.requireNonNull(assessment, "assessment"));
  }

  /**
   * Writes a self-assessment as one line of compact JSON (no line breaks), for
   * newline-delimited batches.
   *
   * @param assessment the assessment, not null
   * @return the JSON text without a trailing newline
   */
  public String writeAssessmentLine(SelfAssessment assessment) {
    return Writers.line(Objects.requireNonNull(assessment, "assessment"));
  }

  private List<Problem> personalData(SelfAssessment a) {
    // an error in every mode: no read mode lets a personal number through to a report or a case
    // file
    return PersonalDataScanner.scan(a);
  }

  /**
   * The personal-data findings of one free-text value, on the slow path of a read: errors in
   * every mode, as on the fast path.
   */
  private List<Problem> personalDataIn(String pointer, String text) {
    return PersonalDataScanner.scanText(text, pointer);
  }

  /**
   * Reads a score report ({@code kind = "score-report"}) as {@link #writeReport} writes it, such
   * as a district's reports for statistics and plan progress. The way to read untrusted
   * reports: never throws on bad input. The report's warnings are not read back (the JSON gives their codes and places, not their
   * message arguments): the report read has none.
   *
   * @param json the UTF-8 bytes, not null
   * @return the report, or the problems
   */
  public Result<ScoreReport> readReport(byte[] json) {
    return pipeline.readAbsentAsEmpty(json, ScoreReport.class);
  }

  /**
   * Reads a score report from a file; see {@link #readReport(byte[])}.
   *
   * @param file the file, not null
   * @return the report or the problems
   */
  public Result<ScoreReport> readReport(Path file) {
    return pipeline.readFile(file, this::readReport);
  }

  /**
   * Writes a score report as indented JSON ({@code {"kind": "score-report", "formatVersion":
   * 1, "report": {…}}}), its warnings included.
   *
   * @param report the report, not null
   * @return the JSON text
   */
  public String writeReport(ScoreReport report) {
    return Writers.pretty(Objects.requireNonNull(report, "report"));
  }

  /**
   * Writes problems as a JSON array of objects with their code, severity, location, offending
   * value and zh-CN and en messages.
   *
   * @param problems the problems, not null
   * @return the JSON text
   */
  public String writeProblems(List<Problem> problems) {
    return Writers.pretty(Objects.requireNonNull(problems, "problems"));
  }

  /**
   * Adds line and column to problems that carry a JSON pointer into the given bytes, such as the
   * scorer's claim problems ({@code /claims/3/points}).
   *
   * @param json the bytes the problems refer to, not null
   * @param problems the problems, not null
   * @return the problems, located where the pointer (or its nearest parent) exists in the bytes
   */
  public List<Problem> locate(byte[] json, List<Problem> problems) {
    return pipeline.locate(json, problems);
  }


  /**
   * Writes the results of scoring several inputs as one JSON array of {@code {source, report}}
   * or {@code {source, problems}} objects, in the order given; each report is written bare
   * (its members without the score-report header).
   *
   * @param results the results, not null
   * @return the JSON text
   */
  public String writeResults(List<SourcedResult> results) {
    return Writers.pretty(Objects.requireNonNull(results, "results"));
  }

  /**
   * Writes a result as one line of compact JSON, for streamed output of batches; see {@link
   * #writeResults}.
   *
   * @param result the result, not null
   * @return the JSON text without a trailing newline
   */
  public String writeResultLine(SourcedResult result) {
    return Writers.line(Objects.requireNonNull(result, "result"));
  }

  /**
   * A streaming parser for a batch: the limits of this reader except the document size, which
   * the batch reader applies to each element instead.
   *
   * @param in the stream, not null
   * @return the parser
   */
  public JsonParser streamingParser(InputStream in) {
    return pipeline.streamingParser(in);
  }

  /**
   * A compact generator that copies one batch element exactly.
   *
   * @param out the stream, not null
   * @return the generator
   */
  public JsonGenerator streamingGenerator(OutputStream out) {
    return pipeline.streamingGenerator(out);
  }
}
