package io.github.ggw.standards.bench;

import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.rules.batch.BatchRunner;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Batch throughput in assessments per second: {@link BatchRunner} on {@code threads} threads
 * reads and scores {@value #ITEMS} assessments per invocation, bytes to report (the whole path
 * of each), results handed on in input order. The items are the {@code changzhou} {@link Pool}
 * ({@value Pool#SIZE} different copies of bundled sample 01) {@value #ITEMS} / {@value Pool#SIZE}
 * times over; each item is read afresh, so no two scorings see the same object.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchBenchmark {
  /** Assessments per invocation: 512, enough that starting the pool's threads is amortised. */
  static final int ITEMS = 512;

  /** Scoring threads: 1 (scored on the calling thread) or 2. */
  @Param({"1", "2"})
  public int threads;

  private final StandardsJson json = StandardsJson.create();
  private final Scorer scorer = Scorer.create();
  private Standard standard;
  private byte[][] items;
  private BatchRunner runner;

  /** Creates the benchmark state; JMH calls it. */
  public BatchBenchmark() {}

  /** Builds the items and the runner once per trial (per fork). */
  @Setup(Level.Trial)
  public void setUp() {
    Pool pool = Pool.of("changzhou", json, scorer);
    standard = pool.standard;
    items = new byte[ITEMS][];
    for (int i = 0; i < ITEMS; i++) {
      items[i] = pool.bytes[i % Pool.SIZE];
    }
    runner = BatchRunner.create(threads);
  }

  /**
   * Reads and scores {@value #ITEMS} assessments.
   *
   * @return the number of valid reports, so that the work cannot be eliminated
   */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public long batch() {
    long[] valid = new long[1];
    runner.run(Arrays.stream(items),
        b -> scorer.score(standard, json.readAssessment(b).orElseThrow()),
        r -> valid[0] += r.isValid() ? 1 : 0);
    if (valid[0] != ITEMS) {
      throw new IllegalStateException(valid[0] + " of " + ITEMS + " scored");
    }
    return valid[0];
  }
}
