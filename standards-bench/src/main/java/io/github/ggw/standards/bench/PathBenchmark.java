package io.github.ggw.standards.bench;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stages of the path from bytes to report: (a) parse only, Jackson reading the bytes into a
 * tree (the floor: the cost of reading the bytes at all); (b) bind into model types; (c) bind,
 * Bean Validation and checks against the standard; (d) score only, from a bound assessment; (e)
 * the whole path, bytes to report; (f) the report's floor: building anew the objects of a
 * report whose values are known ({@link ReportFloor}), what any scorer giving the report's shape
 * pays on top of what it computes.
 *
 * <p>Each invocation takes the next assessment of a {@link Pool} of {@value Pool#SIZE}
 * different ones (its bytes for a, b, c and e, its bound object for d), round robin, so that no
 * cache keyed on an assessment or its bytes can help; the cursor is per thread. Every stage of a
 * sheet walks the same pool, so the ratios between stages compare like with like. The floor (f)
 * is the exception: it copies the report of the pool's first assessment on every call, one report
 * read from the cache, so that it stays a lower bound.
 *
 * <p>{@code sheet}: {@code changzhou} is the bundled standard with copies of the typical bundled
 * sample (01, a primary school); {@code synthetic-N} is a generated standard of N criteria at
 * depth 3 with generated assessments (see {@link Pool}).
 *
 * <p>The workbook reader's stages (self-assessments as XLSX, {@code Workbooks.read}, against
 * POI's own parse of the workbook as the floor) are {@link WorkbookPathBenchmark}'s, with the
 * same pool rule over the same assessments written as workbooks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PathBenchmark {
  /** The sheet: {@code changzhou} or {@code synthetic-N} for N criteria. */
  @Param({"changzhou", "synthetic-15", "synthetic-60", "synthetic-240"})
  public String sheet;

  private final JsonMapper plain = JsonMapper.builder().build();
  private final StandardsJson json = StandardsJson.create();
  private final Scorer scorer = Scorer.create();
  private Standard standard;
  private byte[][] bytes;
  private SelfAssessment[] assessments;
  /** The report of the pool's first assessment, which (f) builds anew. */
  private ScoreReport report;
  private int cursor;

  /** Creates the benchmark state; JMH calls it. */
  public PathBenchmark() {}

  /** Builds the pool of the sheet once per trial (per fork). */
  @Setup(Level.Trial)
  public void setUp() {
    Pool pool = Pool.of(sheet, json, scorer);
    standard = pool.standard;
    bytes = pool.bytes;
    assessments = pool.assessments;
    report = scorer.score(standard, assessments[0]).orElseThrow();
  }

  private int next() {
    return cursor++ & (Pool.SIZE - 1);
  }

  /**
   * (a) Parse only: Jackson reads the bytes into a tree.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode a_parseOnly() {
    return plain.readTree(bytes[next()]);
  }

  /**
   * (b) Bind into model types, without Bean Validation or other checks.
   *
   * @return the assessment
   */
  @Benchmark
  public SelfAssessment b_bind() {
    return json.bindAssessment(bytes[next()]);
  }

  /**
   * (c) Bind, Bean Validation, personal-data scan and checks against the standard.
   *
   * @return the problems of the checks (none)
   */
  @Benchmark
  public List<Problem> c_bindValidateCheck() {
    return AssessmentChecker.check(standard, json.readAssessment(bytes[next()]).orElseThrow());
  }

  /**
   * (d) Score only (including the checks against the standard), from a bound assessment.
   *
   * @return the report
   */
  @Benchmark
  public Result<ScoreReport> d_scoreOnly() {
    return scorer.score(standard, assessments[next()]);
  }

  /**
   * (e) The whole path: bytes to report.
   *
   * @return the report
   */
  @Benchmark
  public Result<ScoreReport> e_wholePath() {
    return scorer.score(standard, json.readAssessment(bytes[next()]).orElseThrow());
  }

  /**
   * (f) The report's floor: the objects of the first assessment's report built anew from its
   * values, nothing computed.
   *
   * @return the report, equal to the scored one
   */
  @Benchmark
  public ScoreReport f_reportFloor() {
    return ReportFloor.copy(report);
  }
}
