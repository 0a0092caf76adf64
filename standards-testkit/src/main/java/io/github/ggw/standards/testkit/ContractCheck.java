package io.github.ggw.standards.testkit;

import java.util.List;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * How {@link Contracts} runs one contract (契约检查): a QuickTheories property over generated
 * values with a fixed seed, whose smallest falsifying value, once shrunk, becomes a
 * {@link ContractViolation} named after the contract instead of QuickTheories' own report.
 */
final class ContractCheck {
  private ContractCheck() {}

  /**
   * Checks a property on generated values.
   *
   * @param <T> the value type
   * @param contract the contract's name, for the violation
   * @param gen the values
   * @param examples how many
   * @param seed the seed
   * @param property throws an assertion error when the contract breaks
   * @throws ContractViolation with the shrunk counterexample if it breaks
   */
  static <T> void check(String contract, Gen<T> gen, int examples, long seed,
      Consumer<T> property) {
    QuickTheory.qt().withExamples(examples).withFixedSeed(seed).withReporter(reporter(contract))
        .forAll(gen).checkAssert(property);
  }

  /**
   * Fails a property unless a condition holds.
   *
   * @param condition the condition
   * @param message what broke
   * @throws AssertionError if the condition is false
   */
  static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** Turns QuickTheories' report of the smallest falsifying value into a violation. */
  private static Reporter reporter(String contract) {
    return new Reporter() {
      @Override
      public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
          List<Object> examples, AsString<Object> toString) {
        throw new ContractViolation(contract, smallest, cause);
      }

      @Override
      public void falisification(long seed, int examplesUsed, Object smallest,
          List<Object> examples, AsString<Object> toString) {
        throw new ContractViolation(contract, smallest, null);
      }

      @Override
      public void valuesExhausted(int examplesUsed) {
        // fewer distinct values than examples: the contract held for all of them
      }
    };
  }
}
