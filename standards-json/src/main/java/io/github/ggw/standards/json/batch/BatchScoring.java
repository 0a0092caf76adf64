package io.github.ggw.standards.json.batch;

import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.standard.Standard;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.rules.batch.BatchRunner;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import io.github.ggw.standards.rules.scoring.Scorer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Scores a batch of self-assessments read from JSON (批量评分), in constant memory, on one or
 * several threads, handing the results to a sink in input order whatever the number of threads.
 *
 * <p>This is the JSON side of batch scoring: each {@link BatchItem} (from an {@link
 * AssessmentStream}: a JSON array or newline-delimited JSON) becomes a {@link SourcedResult},
 * with the scorer's problems and warnings located in the element's own bytes. Threads, input
 * order and the bound of {@code 4 × threads} items in flight come from {@link BatchRunner} in
 * {@code rules.batch}, which knows nothing of JSON. Immutable and thread-safe.
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
    List<Problem> warnings = new ArrayList<>(item.read().problems());
    warnings.addAll(locateWarnings ? json.locate(item.bytes(), report.warnings())
        : report.warnings());
    return new SourcedResult(item.source(), report.withWarnings(warnings), List.of());
  }

  /**
   * Scores every item, handing each result to the sink in input order, through the threaded
   * engine {@link BatchRunner} with {@link #scoreOne} as its scoring function.
   *
   * @param items the items, such as an {@link AssessmentStream}, read lazily on the calling
   *     thread, not null
   * @param threads the number of scoring threads, 1 to 64 (1 scores on the calling thread)
   * @param sink receives each result, on the calling thread, in input order, not null
   * @return the number of items scored or refused
   * @throws StandardsException if {@code threads} is out of range or scoring was interrupted
   */
  public long run(Iterator<BatchItem> items, int threads, Consumer<SourcedResult> sink) {
    return BatchRunner.create(threads).run(items, this::scoreOne, sink);
  }
}
