package io.github.ggw.standards.json;

import io.github.ggw.standards.model.StandardsException;

/**
 * The limits every reader applies to input (读取限制), so that hostile input is refused in bounded
 * time and memory. Defaults: 10 MiB per document, nesting depth 64, strings of 100,000
 * characters, numbers of 40 digits, member names of 200 characters.
 *
 * @param maxDocumentBytes the largest document in bytes, 1 to 2^31 − 1
 * @param maxNestingDepth the deepest nesting of arrays and objects, 1 to 10,000
 * @param maxStringLength the longest string value in characters, 1 to 100,000,000
 * @param maxNumberLength the longest number in characters, 1 to 1,000
 * @param maxNameLength the longest member name in characters, 1 to 100,000
 */
public record ReadLimits(
    long maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength) {

  /** The default limits. */
  public static final ReadLimits DEFAULT = new ReadLimits(10L << 20, 64, 100_000, 40, 200);

  /**
   * Checks the ranges.
   *
   * @throws StandardsException if a limit is out of its range
   *
   * @param maxDocumentBytes the {@code maxDocumentBytes} component, as described on the record
   * @param maxNestingDepth the {@code maxNestingDepth} component, as described on the record
   * @param maxStringLength the {@code maxStringLength} component, as described on the record
   * @param maxNumberLength the {@code maxNumberLength} component, as described on the record
   * @param maxNameLength the {@code maxNameLength} component, as described on the record
   */
  public ReadLimits {
    check(maxDocumentBytes, 1, Integer.MAX_VALUE, "maxDocumentBytes");
    check(maxNestingDepth, 1, 10_000, "maxNestingDepth");
    check(maxStringLength, 1, 100_000_000, "maxStringLength");
    check(maxNumberLength, 1, 1_000, "maxNumberLength");
    check(maxNameLength, 1, 100_000, "maxNameLength");
  }

  private static void check(long v, long min, long max, String name) {
    if (v < min || v > max) {
      throw new StandardsException(name + " must be in [" + min + ", " + max + "]: " + v, String.valueOf(v));
    }
  }

  /**
   * These limits with another document size.
   *
   * @param bytes the largest document in bytes
   * @return new limits
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * These limits with another nesting depth.
   *
   * @param depth the deepest nesting
   * @return new limits
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxNameLength);
  }
}
