package io.github.ggw.standards.rules.batch;

import io.github.ggw.standards.model.StandardsException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores a batch on one or several threads, in input order, in constant memory (批量并行评分):
 * items are pulled from an iterator or a stream as they are needed, each is handed to a scoring
 * function, and the results reach a sink in the order of the items whatever the number of
 * threads. It knows nothing of where the items come from: a JSON stream adapter, a database
 * cursor or a list of model objects serve alike. For example, with a {@code Scorer scorer} and a
 * {@code Standard standard}:
 *
 * <pre>{@code
 * BatchRunner.create(4).run(assessments.iterator(), a -> scorer.score(standard, a),
 *     result -> ...);
 * }</pre>
 *
 * <p>Bounds: at most {@link #getWindow()} items ({@code 4 × threads}) are pulled but not yet
 * handed to the sink, so memory stays bounded by the window whatever the batch size; the
 * producer never runs further ahead. With one thread every item is scored on the calling thread,
 * one at a time. With more, a fixed pool of daemon threads named {@code standards-batch} scores
 * them, created for one {@code run} and shut down at its end.
 *
 * <p>Threads: the iterator or stream is read, and the sink called, on the calling thread only;
 * only the scoring function runs on the pool, so it must be thread-safe (a {@code Scorer} is).
 *
 * <p>Immutable and thread-safe.
 */
public final class BatchRunner {
  /** The largest number of scoring threads: 64. */
  public static final int MAX_THREADS = 64;

  /** Items in flight per thread: the window is this many times the number of threads. */
  private static final int WINDOW_PER_THREAD = 4;

  private final int threads;

  private BatchRunner(int threads) {
    this.threads = threads;
  }

  /**
   * A runner with a number of threads.
   *
   * @param threads the number of scoring threads, 1 to {@link #MAX_THREADS}; 1 scores on the
   *     calling thread
   * @return the runner
   * @throws StandardsException if {@code threads} is out of range
   */
  public static BatchRunner create(int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new StandardsException("threads must be 1 to " + MAX_THREADS + ": " + threads,
          String.valueOf(threads));
    }
    return new BatchRunner(threads);
  }

  /**
   * The number of scoring threads.
   *
   * @return 1 to {@link #MAX_THREADS}
   */
  public int getThreads() {
    return threads;
  }

  /**
   * The most items pulled from the input and not yet handed to the sink, at any moment.
   *
   * @return {@code 4 × threads} with several threads; 1 with one thread
   */
  public int getWindow() {
    return threads == 1 ? 1 : WINDOW_PER_THREAD * threads;
  }

  /**
   * Scores every item of an iterator, handing each result to the sink in input order.
   *
   * <p>An exception thrown by the scoring function reaches the caller when that item's turn
   * comes, after the results of the items before it; an exception from the iterator or the sink
   * reaches it at once. Either way the items still in flight are abandoned (their threads
   * interrupted) and no further result reaches the sink.
   *
   * @param <T> the type of the items
   * @param <R> the type of the results
   * @param items the items, pulled lazily on the calling thread, not null
   * @param scoring the scoring of one item, thread-safe when {@code threads > 1}, not null; a
   *     null result is handed on as null
   * @param sink receives each result, on the calling thread, in input order, not null
   * @return the number of results handed to the sink: the number of items, when it returns
   * @throws StandardsException if the calling thread is interrupted while waiting for a result
   *     (its interrupt flag is set again), or the scoring function threw a checked exception
   */
  public <T, R> long run(Iterator<? extends T> items, Function<? super T, ? extends R> scoring,
      Consumer<? super R> sink) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(sink, "sink");
    long count = 0;
    if (threads == 1) {
      while (items.hasNext()) {
        sink.accept(scoring.apply(items.next()));
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
      int window = getWindow();
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      while (items.hasNext()) {
        T item = items.next();
        inFlight.addLast(pool.submit(() -> scoring.apply(item)));
        if (inFlight.size() >= window) {
          sink.accept(take(inFlight));
          count++;
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(take(inFlight));
        count++;
      }
      return count;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Scores every item of a stream, handing each result to the sink in input order; as {@link
   * #run(Iterator, Function, Consumer)} over the stream's iterator. The stream is consumed, not
   * closed.
   *
   * @param <T> the type of the items
   * @param <R> the type of the results
   * @param items the items, pulled lazily on the calling thread, not null
   * @param scoring the scoring of one item, thread-safe when {@code threads > 1}, not null
   * @param sink receives each result, on the calling thread, in input order, not null
   * @return the number of results handed to the sink
   * @throws StandardsException as {@link #run(Iterator, Function, Consumer)}
   */
  public <T, R> long run(Stream<? extends T> items, Function<? super T, ? extends R> scoring,
      Consumer<? super R> sink) {
    return run(Objects.requireNonNull(items, "items").iterator(), scoring, sink);
  }

  private static <R> R take(Deque<Future<R>> inFlight) {
    try {
      return inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StandardsException("batch scoring was interrupted", null, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new StandardsException("batch scoring failed", null, cause);
    }
  }

  @Override
  public String toString() {
    return "BatchRunner[threads=" + threads + ", window=" + getWindow() + "]";
  }
}
