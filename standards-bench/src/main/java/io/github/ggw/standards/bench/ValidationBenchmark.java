package io.github.ggw.standards.bench;

import io.github.ggw.standards.json.ModelValidator;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.rules.scoring.Scorer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Bean Validation of bound self-assessments alone, in microseconds per assessment: each
 * invocation validates the next of the {@value Pool#SIZE} different assessments of a {@link
 * Pool}, all valid. {@link #hibernate()} is plain Hibernate Validator (a factory with its
 * defaults, {@code validate} over the whole value); {@link #modelValidator()} is the library's
 * {@link ModelValidator}, as the readers use it. Not part of {@link RatioRunner}'s default run;
 * run it by name: {@code java -jar standards-bench/target/benchmarks.jar ValidationBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
  /** The sheet: {@code changzhou} or {@code synthetic-N} for N criteria. */
  @Param({"changzhou", "synthetic-240"})
  public String sheet;

  private SelfAssessment[] assessments;
  private ValidatorFactory factory;
  private Validator plain;
  private ModelValidator model;
  private int next;

  /** Creates the benchmark state; JMH calls it. */
  public ValidationBenchmark() {}

  /** Builds the pool and both validators once per trial (per fork). */
  @Setup(Level.Trial)
  public void setUp() {
    assessments = Pool.of(sheet, StandardsJson.create(), Scorer.create()).assessments;
    factory = Validation.byProvider(HibernateValidator.class).configure()
        .buildValidatorFactory();
    plain = factory.getValidator();
    model = ModelValidator.create();
    for (SelfAssessment a : assessments) {
      if (!plain.validate(a).isEmpty() || !model.validate(a).isEmpty()) {
        throw new IllegalStateException("an assessment of the pool is not valid");
      }
    }
  }

  /** Closes both factories. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
    model.close();
  }

  private int next() {
    int i = next;
    next = (i + 1) & (Pool.SIZE - 1);
    return i;
  }

  /**
   * Plain Hibernate Validator over the next assessment.
   *
   * @return the violations (empty)
   */
  @Benchmark
  public Set<ConstraintViolation<SelfAssessment>> hibernate() {
    return plain.validate(assessments[next()]);
  }

  /**
   * The library's validation over the next assessment.
   *
   * @return the problems (empty)
   */
  @Benchmark
  public List<Problem> modelValidator() {
    return model.validate(assessments[next()]);
  }
}
