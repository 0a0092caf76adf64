package io.github.ggw.standards.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ggw.standards.model.StandardsException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The batch engine: input order whatever the threads, a bounded window, failures in order. */
class BatchRunnerTest {

  /** An iterator over 0..n-1 that counts what it handed out and where it was read. */
  private static final class Counting implements Iterator<Integer> {
    private final int n;
    private final Thread reader = Thread.currentThread();
    int pulled;

    Counting(int n) {
      this.n = n;
    }

    @Override
    public boolean hasNext() {
      assertThat(Thread.currentThread()).isSameAs(reader);
      return pulled < n;
    }

    @Override
    public Integer next() {
      assertThat(Thread.currentThread()).isSameAs(reader);
      return pulled++;
    }
  }

  @Test
  void twoThreadsHandResultsOverInInputOrderEvenWhenALaterItemFinishesFirst() throws Exception {
    // item 0 waits until item 1 is done, so item 1 always finishes first
    CountDownLatch oneDone = new CountDownLatch(1);
    List<String> finished = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<String> out = new ArrayList<>();
    long n = BatchRunner.create(2).run(new Counting(50), i -> {
      if (i == 0) {
        await(oneDone);
      }
      String r = "r" + i;
      synchronized (finished) {
        finished.add(r);
      }
      if (i == 1) {
        oneDone.countDown();
      }
      return r;
    }, r -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      out.add(r);
    });
    assertThat(n).isEqualTo(50);
    assertThat(out).containsExactlyElementsOf(
        IntStream.range(0, 50).mapToObj(i -> "r" + i).toList());
    assertThat(finished.indexOf("r1")).isLessThan(finished.indexOf("r0"));
  }

  @Test
  void theProducerNeverRunsMoreThanTheWindowAhead() {
    for (int threads : new int[] {1, 2, 3}) {
      BatchRunner runner = BatchRunner.create(threads);
      Counting items = new Counting(200);
      int[] delivered = {0};
      int[] mostAhead = {0};
      runner.run(items, i -> {
        sleepAWhile();
        return i;
      }, r -> {
        assertThat(r).isEqualTo(delivered[0]);
        mostAhead[0] = Math.max(mostAhead[0], items.pulled - delivered[0]);
        delivered[0]++;
      });
      assertThat(delivered[0]).isEqualTo(200);
      // the window is filled before the first result is taken, and never exceeded
      assertThat(mostAhead[0]).as("threads %d", threads).isEqualTo(runner.getWindow());
    }
    assertThat(BatchRunner.create(2).getWindow()).isEqualTo(8);
    assertThat(BatchRunner.create(1).getWindow()).isEqualTo(1);
  }

  @Test
  void oneThreadScoresOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    List<Integer> out = new ArrayList<>();
    BatchRunner.create(1).run(Stream.of(3, 1, 2), i -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      return i * 10;
    }, out::add);
    assertThat(out).containsExactly(30, 10, 20);
  }

  @Test
  void severalThreadsScoreOffTheCallingThread() {
    Thread caller = Thread.currentThread();
    ConcurrentHashMap<String, Boolean> names = new ConcurrentHashMap<>();
    BatchRunner.create(3).run(IntStream.range(0, 30).boxed(), i -> {
      assertThat(Thread.currentThread()).isNotSameAs(caller);
      names.put(Thread.currentThread().getName(), true);
      return i;
    }, r -> { });
    assertThat(names.keySet()).containsOnly("standards-batch");
  }

  @Test
  void aFailingItemReachesTheCallerAfterTheResultsBeforeIt() {
    for (int threads : new int[] {1, 2}) {
      List<Integer> out = new ArrayList<>();
      IllegalStateException e = assertThrows(IllegalStateException.class, () ->
          BatchRunner.create(threads).run(new Counting(40), i -> {
            if (i == 5) {
              throw new IllegalStateException("item 5");
            }
            return i;
          }, out::add));
      assertThat(e).hasMessage("item 5");
      assertThat(out).containsExactly(0, 1, 2, 3, 4);
    }
  }

  @Test
  void emptyInputGivesNothing() {
    AtomicInteger calls = new AtomicInteger();
    assertThat(BatchRunner.create(4).run(Stream.<Integer>empty(), i -> i,
        r -> calls.incrementAndGet())).isZero();
    assertThat(calls).hasValue(0);
  }

  @Test
  void threadsOutOfRangeAreRefused() {
    assertThrows(StandardsException.class, () -> BatchRunner.create(0));
    assertThrows(StandardsException.class, () -> BatchRunner.create(65));
    assertThat(BatchRunner.create(BatchRunner.MAX_THREADS).getThreads()).isEqualTo(64);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).as("item 1 finished").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void sleepAWhile() {
    try {
      Thread.sleep(0, 200_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
