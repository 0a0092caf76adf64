package io.github.ggw.standards.json.batch;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Scores a batch of self-assessments as they are read (批量评分), in constant memory, on one or
 * several threads, handing the results to a sink in input order whatever the number of threads.
 *
 * <p>At most {@code 4 × threads} assessments are in flight at once. Immutable and thread-safe.
 */
public final class BatchScoring {
  private final StandardsJson json;
  private final Scorer scorer;
  private final Standard standard;
  private final boolean locateWarnings;

  private BatchScoring(StandardsJson json, Scorer scorer, Standard standard,
      boolean locateWarnings) {
    this.json = Objects.requireNonNull(json, "json");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.standard = Objects.requireNonNull(standard, "standard");
    this.locateWarnings = locateWarnings;
  }

  /**
   * A batch scorer.
   *
   * @param json the reader of each element (limits, mode), not null
   * @param scorer the scorer, not null
   * @param standard the standard every assessment answers, not null
   * @return the batch scorer
   */
  public static BatchScoring of(StandardsJson json, Scorer scorer, Standard standard) {
    return new BatchScoring(json, scorer, standard, true);
  }

  /**
   * This batch scorer without line and column on the warnings of scored reports: finding them
   * reads each element's bytes once more, which a caller that does not show warnings (one line
   * per unit) can spare. Problems of refused elements are always located.
   *
   * @return a new batch scorer
   */
  public BatchScoring withoutLocatingWarnings() {
    return new BatchScoring(json, scorer, standard, false);
  }

  /**
   * Scores one item: its reading problems, or the scorer's problems located in its bytes, or
   * the report with its warnings located.
   *
   * @param item the item, not null
   * @return the result named by the item's source
   */
  public SourcedResult scoreOne(BatchItem item) {
    if (!item.read().isValid()) {
      return new SourcedResult(item.source(), null, item.read().problems());
    }
    SelfAssessment a = item.read().orElseThrow();
    Result<ScoreReport> outcome = scorer.score(standard, a);
    if (!outcome.isValid()) {
      return new SourcedResult(item.source(), null, json.locate(item.bytes(),
          outcome.problems()));
    }
    ScoreReport report = outcome.value().orElseThrow();
    List<io.github.ggw.standards.model.problem.Problem> warnings = new java.util.ArrayList<>(
        item.read().problems());
    warnings.addAll(locateWarnings ? json.locate(item.bytes(), report.warnings())
        : report.warnings());
    return new SourcedResult(item.source(), report.withWarnings(warnings), List.of());
  }

  /**
   * Scores every item, handing each result to the sink in input order.
   *
   * @param items the items, read lazily, not null
   * @param threads the number of scoring threads, 1 to 64 (1 scores on the calling thread)
   * @param sink receives each result, on the calling thread, in input order
   * @return the number of items scored or refused
   * @throws StandardsException if {@code threads} is out of range or scoring was interrupted
   */
  public long run(Iterator<BatchItem> items, int threads, Consumer<SourcedResult> sink) {
    if (threads < 1 || threads > 64) {
      throw new StandardsException("threads must be 1 to 64: " + threads,
          String.valueOf(threads));
    }
    long count = 0;
    if (threads == 1) {
      while (items.hasNext()) {
        sink.accept(scoreOne(items.next()));
        count++;
      }
      return count;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "standards-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<SourcedResult>> window = new ArrayDeque<>();
      while (items.hasNext()) {
        BatchItem item = items.next();
        window.addLast(pool.submit(() -> scoreOne(item)));
        if (window.size() >= 4 * threads) {
          sink.accept(take(window));
          count++;
        }
      }
      while (!window.isEmpty()) {
        sink.accept(take(window));
        count++;
      }
      return count;
    } finally {
      pool.shutdownNow();
    }
  }

  private static SourcedResult take(Deque<Future<SourcedResult>> window) {
    try {
      return window.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StandardsException("batch scoring was interrupted", null, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new StandardsException("batch scoring failed", null, cause);
    }
  }
}
