package io.github.ggw.standards.sheets;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.model.StandardsException;

/**
 * The limits the workbook reader applies (工作簿读取限制), so that a hostile workbook is refused in
 * bounded time and memory, before POI opens it. A workbook past a limit is refused with {@link
 * io.github.ggw.standards.model.problem.ProblemCode#INPUT_LIMIT_EXCEEDED}, whose first argument
 * names the limit. Defaults ({@link #DEFAULT}): 10 MiB compressed (the JSON document limit), 16 MiB
 * per zip entry and 64 MiB in all once inflated, an expansion ratio of at most 100 (checked on
 * entries above 100 KiB, as POI's {@code ZipSecureFile} does), 64 sheets, 10,000 evidence rows in
 * total (the JSON evidence cap) and 100,000 characters per cell (the JSON string limit).
 *
 * @param maxCompressedBytes the largest workbook file in bytes, 1 to 2^31 − 1
 * @param maxEntryBytes the largest inflated zip entry (one sheet's XML, the shared strings) in
 *     bytes, 1 to 2^31 − 1
 * @param maxInflatedBytes the most bytes of all entries together once inflated, 1 to 2^31 − 1,
 *     at least {@code maxEntryBytes}
 * @param maxExpansionRatio the most inflated bytes per compressed byte of one entry, 1 to 10,000
 * @param maxSheets the most sheets of a workbook, counting the hidden ones, 1 to 1,000
 * @param maxEvidenceRows the most evidence rows (filled data rows of the evidence sheets) in all
 *     sheets together, 1 to 1,000,000
 * @param maxCellChars the most characters of one cell's text, 1 to 100,000,000
 */
public record WorkbookLimits(
    long maxCompressedBytes,
    long maxEntryBytes,
    long maxInflatedBytes,
    int maxExpansionRatio,
    int maxSheets,
    int maxEvidenceRows,
    int maxCellChars) {

  /** The default limits, as the class comment lists them. */
  public static final WorkbookLimits DEFAULT = of(ReadLimits.DEFAULT);

  /**
   * Checks the ranges.
   *
   * @param maxCompressedBytes the {@code maxCompressedBytes} component, as described on the record
   * @param maxEntryBytes the {@code maxEntryBytes} component, as described on the record
   * @param maxInflatedBytes the {@code maxInflatedBytes} component, as described on the record
   * @param maxExpansionRatio the {@code maxExpansionRatio} component, as described on the record
   * @param maxSheets the {@code maxSheets} component, as described on the record
   * @param maxEvidenceRows the {@code maxEvidenceRows} component, as described on the record
   * @param maxCellChars the {@code maxCellChars} component, as described on the record
   * @throws StandardsException if a limit is out of its range
   */
  public WorkbookLimits {
    check(maxCompressedBytes, 1, Integer.MAX_VALUE, "maxCompressedBytes");
    check(maxEntryBytes, 1, Integer.MAX_VALUE, "maxEntryBytes");
    check(maxInflatedBytes, maxEntryBytes, Integer.MAX_VALUE, "maxInflatedBytes");
    check(maxExpansionRatio, 1, 10_000, "maxExpansionRatio");
    check(maxSheets, 1, 1_000, "maxSheets");
    check(maxEvidenceRows, 1, 1_000_000, "maxEvidenceRows");
    check(maxCellChars, 1, 100_000_000, "maxCellChars");
  }

  /**
   * The default workbook limits with the file size and the cell text limit of JSON limits: {@code
   * maxCompressedBytes} is {@link ReadLimits#maxDocumentBytes()}, {@code maxCellChars} is {@link
   * ReadLimits#maxStringLength()}; the others are the defaults.
   *
   * @param limits the JSON limits, not null
   * @return the workbook limits
   */
  public static WorkbookLimits of(ReadLimits limits) {
    return new WorkbookLimits(limits.maxDocumentBytes(), 16L << 20, 64L << 20, 100, 64, 10_000,
        limits.maxStringLength());
  }

  /**
   * These limits with another evidence row limit.
   *
   * @param rows the most evidence rows, 1 to 1,000,000
   * @return new limits
   * @throws StandardsException if out of range
   */
  public WorkbookLimits withMaxEvidenceRows(int rows) {
    return new WorkbookLimits(maxCompressedBytes, maxEntryBytes, maxInflatedBytes,
        maxExpansionRatio, maxSheets, rows, maxCellChars);
  }

  /**
   * These limits with another sheet limit.
   *
   * @param sheets the most sheets, 1 to 1,000
   * @return new limits
   * @throws StandardsException if out of range
   */
  public WorkbookLimits withMaxSheets(int sheets) {
    return new WorkbookLimits(maxCompressedBytes, maxEntryBytes, maxInflatedBytes,
        maxExpansionRatio, sheets, maxEvidenceRows, maxCellChars);
  }

  /**
   * These limits with other sizes of the file and its entries.
   *
   * @param compressed the largest file in bytes
   * @param entry the largest inflated entry in bytes
   * @param inflated the most inflated bytes in all, at least {@code entry}
   * @return new limits
   * @throws StandardsException if out of range
   */
  public WorkbookLimits withSizes(long compressed, long entry, long inflated) {
    return new WorkbookLimits(compressed, entry, inflated, maxExpansionRatio, maxSheets,
        maxEvidenceRows, maxCellChars);
  }

  private static void check(long v, long min, long max, String name) {
    if (v < min || v > max) {
      throw new StandardsException(
          name + " must be in [" + min + ", " + max + "]: " + v, String.valueOf(v));
    }
  }
}
