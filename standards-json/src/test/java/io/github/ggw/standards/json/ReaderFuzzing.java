package io.github.ggw.standards.json;

import io.github.ggw.standards.model.problem.LocationFormat;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The oracle of the readers' fuzz tests (Jazzer {@code @FuzzTest}s, one per reader, in the module
 * that owns the reader). A reader of untrusted bytes must return a {@link Result}: a value, or a
 * refusal (which {@link Result} makes carry an error problem) whose problems render in zh-CN and
 * en with their place. A finding is anything else: an exception or error escaping the reader (an
 * out-of-memory included), a null result, a problem that does not render, or a call that takes over
 * {@link #SLOW_NANOS} — except the first call of each reader in the JVM, which pays for class
 * loading and is not timed. Each finding fails with a description of its input (length, SHA-256
 * and the first bytes, escaped) so that it can be found again without the fuzzer's file.
 */
public final class ReaderFuzzing {
  /** The longest a call may take once its reader is warm: one second. */
  public static final long SLOW_NANOS = 1_000_000_000L;
  private static final int SHOWN_BYTES = 160;
  private static final Set<String> WARM = ConcurrentHashMap.newKeySet();
  private static final StandardsJson JSON = StandardsJson.create();

  private ReaderFuzzing() {}

  /**
   * Makes a reader's first, untimed call on a real document, once per reader in the JVM. Fuzz
   * tests call it at the start of the fuzz method, not in {@code @BeforeAll}: with
   * {@code JAZZER_FUZZ} set, classes loaded before the first fuzzed call are not instrumented
   * consistently (the records of the model then fail with {@code NoSuchFieldError}).
   *
   * @param reader the reader's name, as given to {@link #check}
   * @param call a call of the reader on a document it must accept
   * @throws AssertionError if the call throws or refuses the document
   */
  public static void warmUp(String reader, Supplier<? extends Result<?>> call) {
    if (WARM.add(reader)) {
      Result<?> read = call.get();
      if (!read.isValid()) {
        throw new AssertionError(reader + " refuses its warm-up document: " + read.problems());
      }
    }
  }

  /**
   * Calls a reader on one input and checks what it returns.
   *
   * @param reader the reader's name, which also keys the untimed first call
   * @param input the input the reader was given (for the description only)
   * @param call the call of the reader
   * @param <T> the value read
   * @return the result, checked
   * @throws AssertionError describing the input when the call is a finding
   */
  public static <T> Result<T> check(String reader, byte[] input, Supplier<Result<T>> call) {
    boolean timed = !WARM.add(reader);
    long start = System.nanoTime();
    Result<T> result;
    try {
      result = call.get();
    } catch (OutOfMemoryError e) {
      throw new AssertionError(reader + " ran out of memory on " + describe(input));
    } catch (RuntimeException | Error e) {
      throw new AssertionError(reader + " threw " + e + " on " + describe(input), e);
    }
    long took = System.nanoTime() - start;
    if (timed && took > SLOW_NANOS) {
      throw new AssertionError(reader + " took " + took / 1_000_000 + " ms (over "
          + SLOW_NANOS / 1_000_000 + ") on " + describe(input));
    }
    if (result == null) {
      throw new AssertionError(reader + " returned null on " + describe(input));
    }
    checkProblems(reader, input, result.problems());
    checkProblems(reader, input, result.warnings());
    return result;
  }

  /**
   * Checks that every problem renders, with its place, in both languages and as JSON.
   *
   * @param reader the reader's name
   * @param input the input (for the description only)
   * @param problems the problems, not null
   * @throws AssertionError describing the input when one does not render
   */
  public static void checkProblems(String reader, byte[] input, List<Problem> problems) {
    try {
      for (Problem p : problems) {
        for (Locale locale : List.of(Problem.ZH_CN, Locale.ENGLISH)) {
          if (p.getMessage(locale).isBlank()) {
            throw new AssertionError(reader + " gave " + p.getCode() + " a blank "
                + locale + " message on " + describe(input));
          }
          LocationFormat.of(locale).format(p.getLocation());
        }
      }
      JSON.writeProblems(problems);
    } catch (RuntimeException e) {
      throw new AssertionError(reader + "'s problems do not render (" + e + ") on "
          + describe(input), e);
    }
  }

  /**
   * Describes an input well enough to find it again: its length, SHA-256 and first bytes, with
   * what is not printable ASCII escaped as {@code \xNN}.
   *
   * @param input the bytes, not null
   * @return the description
   */
  public static String describe(byte[] input) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < Math.min(input.length, SHOWN_BYTES); i++) {
      int b = input[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '\\') {
        shown.append((char) b);
      } else {
        shown.append(String.format(Locale.ROOT, "\\x%02x", b));
      }
    }
    return "input of " + input.length + " bytes, SHA-256 " + sha256(input) + ", starting \""
        + shown + (input.length > SHOWN_BYTES ? "\"…" : "\"");
  }

  /**
   * One committed seed of a fuzz test, read from {@code <TestClass>Inputs/<method>/<file>} next
   * to the test class (Jazzer's layout), to warm a reader up before the timed calls.
   *
   * @param test the fuzz test class
   * @param method the fuzz test method
   * @param file the seed's file name
   * @return its bytes
   * @throws IllegalStateException if there is no such seed
   */
  public static byte[] seed(Class<?> test, String method, String file) {
    String name = test.getSimpleName() + "Inputs/" + method + "/" + file;
    try (InputStream in = test.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no seed " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] input) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
