package io.github.ggw.standards.sheets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.ReaderFuzzing;

/**
 * Fuzz test of {@link StandardsCsv#readStandard(byte[])}. Regression mode over the seeds in
 * {@code StandardsCsvFuzzTestInputs/readStandard/} (the test sheets, and the bundled standard and
 * the JSON test sheets written as CSV) in every build; the oracle is {@link ReaderFuzzing#check}
 * (shared from the tests of standards-json).
 */
class StandardsCsvFuzzTest {
  private static final StandardsCsv CSV = StandardsCsv.create();

  @FuzzTest
  void readStandard(byte[] input) {
    ReaderFuzzing.warmUp("StandardsCsv.readStandard",
        () -> CSV.readStandard(Sheets.bytes(Sheets.SHEET2)));
    ReaderFuzzing.check("StandardsCsv.readStandard", input, () -> CSV.readStandard(input));
  }
}
