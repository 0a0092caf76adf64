package io.github.ggw.standards.json.workflow;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.internal.Formats;
import io.github.ggw.standards.json.internal.ReadPipeline;
import io.github.ggw.standards.json.internal.Writers;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.workflow.CaseFile;
import io.github.ggw.standards.model.workflow.UnitRegistry;
import io.github.ggw.standards.rules.workflow.CertificationEntry;
import io.github.ggw.standards.rules.workflow.CertificationList;
import io.github.ggw.standards.rules.workflow.DiscrepancyReport;
import io.github.ggw.standards.rules.workflow.IntegrityFailure;
import io.github.ggw.standards.rules.workflow.RefusedTransitionException;
import io.github.ggw.standards.rules.workflow.Workflow;
import io.github.ggw.standards.rules.workflow.YearOverYear;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * JSON and CSV for the review workflow (审核认定档案的读写): case files, the unit registry,
 * certification lists (JSON and CSV), discrepancy reports and year-over-year comparisons.
 *
 * <p>A case file read from JSON is trusted only after two checks: every recorded digest is
 * compared with the canonical digest of its submission ({@link CanonicalJson}), then the file is
 * replayed from its audit trail by the {@link Workflow} given ({@link Workflow#replay}); a file
 * that fails either is refused with located problems ({@code CASE_FILE_DIGEST_MISMATCH}, {@code
 * CASE_FILE_REPLAY_REFUSED}): an edit by hand to evidence, claims, points, status or designation
 * is caught. These checks prove that a file follows the workflow's rules, not who acted: anyone
 * who runs the public workflow API with registered actor ids makes a file that reads back as
 * valid, so a case file read here is not proof of an approval by itself.
 *
 * <p>The readers are the way to read untrusted case files and registries: they apply the
 * limits, strictness and safeguards of the {@link StandardsJson} the instance is made from and
 * never throw on bad input. A plain mapper with {@link
 * io.github.ggw.standards.json.StandardsModule} reads a case file's shape and values but checks
 * neither digests nor trail: for trusted data only. The writers write what a mapper with the
 * module writes, indented. Immutable and thread-safe.
 */
public final class WorkflowJson {
  private final ReadPipeline pipeline;
  private final CanonicalJson canonical = CanonicalJson.create();

  private WorkflowJson(StandardsJson json) {
    Objects.requireNonNull(json, "json");
    this.pipeline = ReadPipeline.create(json.getLimits(), json.getMode());
  }

  /**
   * The workflow's JSON with the default limits, in strict mode.
   *
   * @return the instance
   */
  public static WorkflowJson create() {
    return new WorkflowJson(StandardsJson.create());
  }

  /**
   * The workflow's JSON over a given binding (its limits and mode apply to every reader).
   *
   * @param json the binding, not null
   * @return the instance
   */
  public static WorkflowJson create(StandardsJson json) {
    return new WorkflowJson(json);
  }

  /**
   * The canonical form and digester of self-assessments.
   *
   * @return the canonical JSON
   */
  public CanonicalJson canonical() {
    return canonical;
  }

  /**
   * A workflow whose digests are the canonical JSON digests of this library.
   *
   * @param standard the standard every case file answers, not null
   * @param registry the units and actors, not null
   * @param clock the source of every event's time, not null
   * @return the workflow
   */
  public Workflow workflow(Standard standard, UnitRegistry registry, Clock clock) {
    return Workflow.create(standard, registry, canonical, clock)
        .withSignatures(Sm2Signatures.create());
  }

  /**
   * The signature scheme of decisions: SM2 with SM3 over canonical JSON.
   *
   * @return the scheme
   */
  public Sm2Signatures signatures() {
    return Sm2Signatures.create();
  }

  // ---------------------------------------------------------------- case files

  /**
   * Reads a case file ({@code kind = "case-file"}), checks its digests and replays its audit
   * trail, verifying every decision's signature against the registry's keys (a file never
   * supplies keys) and the times of its events against the review window and the workflow's
   * clock (the time of reading). A workflow that is not signed is given this library's
   * signatures first. A file of the first, unsigned format is refused with {@code
   * CASE_FILE_UNSIGNED}. The way to read an untrusted case file: never throws on bad input.
   *
   * @param bytes the UTF-8 bytes, not null
   * @param workflow the workflow whose standard and registry the file must satisfy, with this
   *     library's canonical digester, not null
   * @return the case file, or the problems: JSON, binding and value problems, every digest that
   *     no longer matches, or the event whose replay the workflow refuses
   */
  public Result<CaseFile> readCaseFile(byte[] bytes, Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    Result<CaseFile> read = pipeline.read(bytes, CaseFile.class);
    if (!read.isValid()) {
      return read;
    }
    CaseFile file = read.orElseThrow();
    Workflow signed = workflow.isSigned() ? workflow
        : workflow.withSignatures(Sm2Signatures.create());
    List<Problem> problems = new ArrayList<>();
    signed.verify(file).failures().forEach(f -> problems.add(digestProblem(f)));
    if (problems.isEmpty()) {
      try {
        signed.replay(file);
      } catch (RefusedTransitionException e) {
        int event = e.getEvent().orElse(file.getAuditTrail().size());
        problems.add(replayProblem(e, event));
      }
    }
    return problems.isEmpty() ? read : Result.refused(pipeline.locate(bytes, problems));
  }

  /**
   * Reads a case file from a file.
   *
   * @param file the file, not null
   * @param workflow the workflow to replay it with, not null
   * @return the case file or the problems; an unreadable or too large file is a problem too
   */
  public Result<CaseFile> readCaseFile(Path file, Workflow workflow) {
    return pipeline.readFile(file, b -> readCaseFile(b, workflow));
  }

  /**
   * Writes a case file as indented JSON ({@code kind = "case-file"}, format version 2: every
   * decision with its office and signature), every submission with its full self-assessment
   * document.
   *
   * @param file the case file, not null
   * @return the JSON text, which {@link #readCaseFile(byte[], Workflow)} reads back to an equal
   *     file
   */
  public String writeCaseFile(CaseFile file) {
    return Writers.pretty(Objects.requireNonNull(file, "file"));
  }

  /**
   * The problem of a refused replay: the signature and time rules have codes and places of
   * their own, every other rule is {@code CASE_FILE_REPLAY_REFUSED} at the event.
   */
  private static Problem replayProblem(RefusedTransitionException e, int event) {
    String at = "/auditTrail/" + (event - 1);
    List<String> a = e.getArguments();
    String n = String.valueOf(event);
    String first = a.isEmpty() ? null : a.get(0);
    return switch (e.getCode()) {
      case SIGNATURE_MISSING -> Problem.of(ProblemCode.CASE_FILE_SIGNATURE_MISSING,
          Location.pointer(at), null, n, first);
      case SIGNATURE_INVALID -> Problem.of(ProblemCode.CASE_FILE_SIGNATURE_INVALID,
          Location.pointer(at + "/signature/signature"), first, n, first);
      case KEY_NOT_OF_OFFICE -> Problem.of(ProblemCode.CASE_FILE_KEY_NOT_OF_OFFICE,
          Location.pointer(at + "/signature/keyId"), first, n, first, a.get(1));
      case KEY_NOT_VALID -> Problem.of(ProblemCode.CASE_FILE_KEY_NOT_VALID,
          Location.pointer(at + "/at"), first, n, first, a.get(1), a.get(2), a.get(3));
      case DEMO_KEY_REFUSED -> Problem.of(ProblemCode.CASE_FILE_DEMO_KEY,
          Location.pointer(at + "/signature/keyId"), first, n, first);
      case ACTOR_NOT_OF_OFFICE -> Problem.of(ProblemCode.CASE_FILE_ACTOR_NOT_OF_OFFICE,
          Location.pointer(at + "/actor"), first, n, first, a.get(1));
      case OFFICE_NOT_PERMITTED -> Problem.of(ProblemCode.CASE_FILE_OFFICE_NOT_PERMITTED,
          Location.pointer(at + "/office"), first, n, first, a.get(1));
      case TIME_OUTSIDE_REVIEW_WINDOW -> Problem.of(ProblemCode.CASE_FILE_TIME_OUTSIDE_WINDOW,
          Location.pointer(at + "/at"), first, n, first, a.get(1), a.get(2));
      case TIME_IN_FUTURE -> Problem.of(ProblemCode.CASE_FILE_TIME_IN_FUTURE,
          Location.pointer(at + "/at"), first, n, first, a.get(1));
      case DOCUMENT_NUMBER_OUT_OF_PATTERN -> Problem.of(
          ProblemCode.CASE_FILE_DOCUMENT_NUMBER_PATTERN,
          Location.pointer(at + "/designation/documentNumber"), first, n, first, a.get(1));
      case DESIGNATION_BEFORE_APPROVAL -> Problem.of(
          ProblemCode.CASE_FILE_DESIGNATION_BEFORE_APPROVAL,
          Location.pointer(at + "/designation/conferredOn"), first, n, first, a.get(1));
      // the rule broken in words of each language: {2} in Chinese, {3} in English
      default -> Problem.of(ProblemCode.CASE_FILE_REPLAY_REFUSED, Location.pointer(at),
          e.getCode().name(), n, e.getCode().name(),
          e.getMessage(Locale.SIMPLIFIED_CHINESE), e.getMessage(Locale.ENGLISH));
    };
  }

  private static Problem digestProblem(IntegrityFailure f) {
    String pointer = switch (f.check()) {
      case SUBMISSION -> "/submissions/" + (f.index() - 1) + "/digest";
      case EVENT -> "/auditTrail/" + (f.index() - 1) + "/digest";
      case DISTRICT_REVIEW -> "/districtReview/digestSeen";
      case CITY_APPROVAL -> "/cityApproval/digestSeen";
    };
    return Problem.of(ProblemCode.CASE_FILE_DIGEST_MISMATCH, Location.pointer(pointer),
        f.recorded().toString(), f.check() + " " + f.index(), f.recorded().shortForm(),
        f.actual().shortForm());
  }

  // ---------------------------------------------------------------- registry

  /**
   * Reads a unit registry ({@code kind = "unit-registry"}). The way to read an untrusted
   * registry: never throws on bad input.
   *
   * @param bytes the UTF-8 bytes, not null
   * @return the registry, or the problems (a repeated identifier, or staff of an unregistered
   *     unit, is a value problem)
   */
  public Result<UnitRegistry> readRegistry(byte[] bytes) {
    return pipeline.read(bytes, UnitRegistry.class);
  }

  /**
   * Reads a unit registry from a file.
   *
   * @param file the file, not null
   * @return the registry or the problems
   */
  public Result<UnitRegistry> readRegistry(Path file) {
    return pipeline.readFile(file, this::readRegistry);
  }

  /**
   * Writes a unit registry as indented JSON.
   *
   * @param registry the registry, not null
   * @return the JSON text, which {@link #readRegistry(byte[])} reads back to an equal registry
   */
  public String writeRegistry(UnitRegistry registry) {
    return Writers.pretty(Objects.requireNonNull(registry, "registry"));
  }

  // ---------------------------------------------------------------- reports

  /**
   * Writes a certification list as indented JSON ({@code kind = "certification-list"}).
   *
   * @param list the list, not null
   * @return the JSON text: {@code filesConsidered} and the sorted {@code entries}
   */
  public String writeCertificationList(CertificationList list) {
    return Writers.pretty(new CertificationListDocument("certification-list", Formats.VERSION,
        list.filesConsidered(), list.entries()));
  }

  /**
   * Writes a discrepancy report as indented JSON ({@code kind = "discrepancy-report"}).
   *
   * @param report the report, not null
   * @return the JSON text
   */
  public String writeDiscrepancies(DiscrepancyReport report) {
    return Writers.pretty(new ReportEnvelope<>("discrepancy-report", Formats.VERSION, report));
  }

  /**
   * Writes a year-over-year comparison as indented JSON ({@code kind = "year-over-year"}).
   *
   * @param comparison the comparison, not null
   * @return the JSON text
   */
  public String writeYearOverYear(YearOverYear comparison) {
    return Writers.pretty(new ReportEnvelope<>("year-over-year", Formats.VERSION, comparison));
  }

  /** The JSON shape of a certification list. */
  record CertificationListDocument(String kind, int formatVersion, int filesConsidered,
      List<CertificationEntry> entries) {}

  /** The JSON shape of a report: the header and the report. */
  record ReportEnvelope<T>(String kind, int formatVersion, T report) {}
}
