package io.github.ggw.standards.bench;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.sheets.Workbooks;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The stages of the workbook path, from the bytes of a self-assessment workbook (XLSX) to the
 * report, beside {@link PathBenchmark}'s JSON path: (a) POI's own parse of the workbook, the
 * floor ({@link PoiFloor}: POI's event model over the same entry points the reader uses, every
 * cell of the sheets the reader reads touched; why not {@code XSSFWorkbook} is said there); (c)
 * the reader, {@link Workbooks#read(byte[], Standard)}: its safety pass over the zip entries, the
 * cells read and turned into the assessment's JSON document, binding, Bean Validation, the
 * personal-data scan and the checks against the standard; (e) the whole path, workbook bytes to
 * report: the reader, then {@link Scorer#score} (which runs the checks against the standard again,
 * as {@link PathBenchmark}'s (e) and the command line do).
 *
 * <p>Not measured, and why: (b) bind without the checks: the library's public API has no workbook
 * reader without Bean Validation and the checks against the standard ({@code Workbooks.read}
 * always makes them, as the reader must for an untrusted file), so the reader is stage (c), named
 * so that it compares with {@link PathBenchmark}'s (c), not its (b). (d) score only, from a bound
 * assessment: the workbooks read back as assessments equal to the JSON pool's ({@link
 * WorkbookPool} checks it), so it would measure exactly {@link PathBenchmark}'s (d) again; left
 * out to keep the default run shorter.
 *
 * <p>Pool rule as {@link PathBenchmark}'s: each invocation takes the next workbook of a {@link
 * WorkbookPool} of {@value Pool#SIZE} different ones, round robin, per thread, so that no cache
 * keyed on a workbook's bytes or on an assessment helps; every stage of a sheet walks the same
 * pool. {@code sheet}: {@code changzhou} (the bundled standard, copies of sample 01) and the
 * synthetic standards of 60 and 240 criteria (see {@link Pool}); 15 criteria is left out of the
 * default parameters, as the workbook reader has no growth goal, to keep the default run shorter
 * ({@code -p sheet=synthetic-15} measures it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkbookPathBenchmark {
  /** The sheet: {@code changzhou} or {@code synthetic-N} for N criteria. */
  @Param({"changzhou", "synthetic-60", "synthetic-240"})
  public String sheet;

  private final StandardsJson json = StandardsJson.create();
  private final Scorer scorer = Scorer.create();
  private final DataFormatter formatter = PoiFloor.formatter();
  private Standard standard;
  private byte[][] workbooks;
  private int cursor;

  /** Creates the benchmark state; JMH calls it. */
  public WorkbookPathBenchmark() {}

  /** Builds the workbook pool of the sheet once per trial (per fork). */
  @Setup(Level.Trial)
  public void setUp() {
    WorkbookPool pool = WorkbookPool.of(sheet, json, scorer);
    standard = pool.standard;
    workbooks = pool.workbooks;
  }

  private int next() {
    return cursor++ & (Pool.SIZE - 1);
  }

  /**
   * (a) POI's own parse: the package opened and every cell of the sheets the reader reads
   * delivered by POI's event model.
   *
   * @return what was touched
   */
  @Benchmark
  public PoiFloor.Touched a_poiParse() {
    return PoiFloor.parse(workbooks[next()], formatter);
  }

  /**
   * (c) The workbook reader: read, bind, Bean Validation, personal-data scan and checks against
   * the standard.
   *
   * @return the assessment
   */
  @Benchmark
  public SelfAssessment c_readValidateCheck() {
    return Workbooks.read(workbooks[next()], standard).orElseThrow();
  }

  /**
   * (e) The whole path: workbook bytes to report.
   *
   * @return the report
   */
  @Benchmark
  public Result<ScoreReport> e_wholePath() {
    return scorer.score(standard, Workbooks.read(workbooks[next()], standard).orElseThrow());
  }
}
