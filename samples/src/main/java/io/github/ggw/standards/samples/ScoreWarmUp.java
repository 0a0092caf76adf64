package io.github.ggw.standards.samples;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.StandardsJson;
import io.github.ggw.standards.json.reference.ReferenceData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The cold start of {@code score}, on a second thread: while the main thread builds picocli's
 * command tree (which {@code --help} needs as well), a daemon thread builds what a {@code score}
 * run then needs — the JSON reader (Jackson's mapper and the built-in measures), the bundled
 * standard (unless {@code --standard} is given), Hibernate Validator's factory, and whatever
 * reading a self-assessment sets up (the readers of the plain form's fast path; Jackson's
 * deserializers and Hibernate Validator's constraint metadata only where a document needs them),
 * by reading bundled sample 01 and dropping the result. {@link ScoreCommand} waits for it before it reads
 * anything, so the two threads never read or score at the same time and the run prints exactly
 * what it prints without the warm-up; on a two-core machine the command tree and the warm-up
 * run side by side.
 *
 * <p>While it waits, the main thread builds the readers' shared Bean Validation ({@link
 * StandardsJson#prepareValidation()}, which a read builds first when it is not built) and works
 * out the display width of a short Chinese text, which sets up ICU's character properties for
 * the text report: on two cores the second would otherwise sit idle while the warm-up runs.
 *
 * <p>No class initialisation can wait in a cycle between the two threads. Until it waits for
 * the warm-up, the main thread initialises only the JDK's classes, picocli's, ICU's (which
 * refers to neither the library nor picocli, and which the library does not use), this
 * package's, the readers' validation holder with {@code ModelValidator} and Hibernate
 * Validator's classes, and a few of the library's whose initialisation needs nothing but the
 * JDK ({@code Messages}, {@link ReadMode}, and {@code PersonalNumbers} on a usage error). The
 * library, which the warm-up runs, never refers to this package or to picocli (the layering that
 * {@code ArchitectureTest} checks), and it reaches Hibernate Validator only through that holder:
 * the warm-up waits for the main thread only at the holder, and the holder's build needs no
 * class the warm-up may be initialising.
 *
 * <p>Once per JVM: only the first {@code score} run of a process (the command line's) is warmed;
 * a program that runs the command line several times in one JVM (the tests) gets the warm-up
 * once. Not for {@code --batch} (which reads a stream its own way), help or version requests.
 * A failure of the warm-up is not reported: the run does the same work again and reports what
 * it finds.
 */
final class ScoreWarmUp {
  /** The bundled sample read (and dropped) to build the readers of a self-assessment. */
  static final String SAMPLE = "01-excellent-primary.json";

  /** A text whose display width the main thread works out while it waits: wide and narrow. */
  private static final String ICU_WARM_UP = "评分 A1";

  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final AtomicReference<CompletableFuture<StandardsJson>> PENDING =
      new AtomicReference<>();

  private ScoreWarmUp() {}

  /**
   * Starts the warm-up when {@link #warms(List)} says so, once per JVM.
   *
   * @param args the command line, not null
   * @return whether a warm-up was started
   */
  static boolean startFor(String... args) {
    List<String> all = List.of(args);
    if (!warms(all)) {
      return false;
    }
    if (!STARTED.compareAndSet(false, true)) {
      return false;
    }
    boolean bundledStandard = all.stream()
        .noneMatch(a -> a.equals("--standard") || a.startsWith("--standard="));
    CompletableFuture<StandardsJson> done = new CompletableFuture<>();
    PENDING.set(done);
    Thread t = new Thread(() -> {
      StandardsJson json = null;
      try {
        json = StandardsJson.create(ReadLimits.DEFAULT, ReadMode.STRICT);
        json.readAssessment(ReferenceData.sample(SAMPLE));
        if (bundledStandard) {
          ReferenceData.changzhouStandard();
        }
      } catch (RuntimeException | LinkageError e) {
        // the run itself does this work again and reports what it finds
      } finally {
        done.complete(json);
      }
    }, "standards-warm-up");
    t.setDaemon(true);
    t.start();
    return true;
  }

  /**
   * Whether a command line is a {@code score} run that reads documents and so gets a warm-up:
   * the first argument {@code score}, and none of {@code -h}, {@code --help}, {@code -V}, {@code
   * --version}, {@code --batch} (or {@code --batch=…}).
   *
   * @param args the command line, not null
   * @return whether to warm up
   */
  static boolean warms(List<String> args) {
    if (args.isEmpty() || !"score".equals(args.get(0))) {
      return false;
    }
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")
          || a.equals("--batch") || a.startsWith("--batch=")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The JSON reader of a {@code score} run with the default limits: after waiting for the
   * warm-up, if one is pending, its reader when the mode is strict (the reader the warm-up
   * built, with its deserializers), else a new one.
   *
   * @param mode the read mode, not null
   * @return the reader
   */
  static StandardsJson json(ReadMode mode) {
    CompletableFuture<StandardsJson> pending = PENDING.getAndSet(null);
    if (pending != null && !pending.isDone()) {
      // while the warm-up runs, this thread builds the readers' Bean Validation, which the
      // warm-up's read would otherwise build first, and sets up what the text report needs of
      // ICU (the display width of Chinese text): on two cores it would otherwise sit idle
      try {
        StandardsJson.prepareValidation();
      } catch (RuntimeException | LinkageError e) {
        // the run reads as it would without; what fails there is reported there
      }
      DisplayWidth.of(ICU_WARM_UP);
    }
    StandardsJson warm = pending == null ? null : pending.join();
    return warm != null && mode == ReadMode.STRICT ? warm
        : StandardsJson.create(ReadLimits.DEFAULT, mode);
  }
}
