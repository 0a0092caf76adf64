package io.github.ggw.standards.bench;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.rules.check.AssessmentChecker;
import io.github.ggw.standards.rules.scoring.Scorer;
import io.github.ggw.standards.testkit.synthetic.SyntheticAssessments;
import io.github.ggw.standards.testkit.synthetic.SyntheticStandards;
import java.nio.charset.StandardCharsets;
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
 * The stages of the path from bytes to report, each on the same bytes: (a) parse only, Jackson
 * reading the bytes into a tree; (b) bind into model types; (c) bind, Bean Validation and checks
 * against the standard; (d) score only, from a bound assessment; (e) the whole path.
 *
 * <p>{@code sheet}: {@code changzhou} is the bundled standard with the typical bundled sample
 * (01, a primary school); {@code synthetic-N} is a generated standard of N criteria at depth 3
 * with a generated assessment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PathBenchmark {
  @Param({"changzhou", "synthetic-15", "synthetic-60", "synthetic-240"})
  public String sheet;

  private final JsonMapper plain = JsonMapper.builder().build();
  private final StandardsJson json = StandardsJson.create();
  private final Scorer scorer = Scorer.create();
  private Standard standard;
  private byte[] bytes;
  private SelfAssessment assessment;

  /** Builds the standard, the assessment and its bytes once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    if ("changzhou".equals(sheet)) {
      standard = ReferenceData.changzhouStandard();
      bytes = ReferenceData.sample("01-excellent-primary.json");
    } else {
      standard = SyntheticStandards.withCriteria(Integer.parseInt(sheet.substring(10)));
      bytes = json.writeAssessment(SyntheticAssessments.of(standard, 7, 2022).get(1))
          .getBytes(StandardCharsets.UTF_8);
    }
    assessment = json.readAssessment(bytes).orElseThrow();
    if (!scorer.score(standard, assessment).isValid()) {
      throw new IllegalStateException("the benchmark assessment does not score");
    }
  }

  /** (a) Parse only: Jackson reads the bytes into a tree. */
  @Benchmark
  public JsonNode a_parseOnly() {
    return plain.readTree(bytes);
  }

  /** (b) Bind into model types, without Bean Validation or other checks. */
  @Benchmark
  public SelfAssessment b_bind() {
    return json.bindAssessment(bytes);
  }

  /** (c) Bind, Bean Validation, personal-data scan and checks against the standard. */
  @Benchmark
  public List<Problem> c_bindValidateCheck() {
    return AssessmentChecker.check(standard, json.readAssessment(bytes).orElseThrow());
  }

  /** (d) Score only (including the checks against the standard). */
  @Benchmark
  public Result<ScoreReport> d_scoreOnly() {
    return scorer.score(standard, assessment);
  }

  /** (e) The whole path: bytes to report. */
  @Benchmark
  public Result<ScoreReport> e_wholePath() {
    return scorer.score(standard, json.readAssessment(bytes).orElseThrow());
  }
}
