package io.github.ggw.standards.sheets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ggw.standards.json.ReaderFuzzing;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.standard.Standard;

/**
 * Fuzz tests of the self-assessment workbook readers: {@link Workbooks#read(byte[], Standard)}
 * and {@link Assessments#read(byte[], Standard)} (which tells a workbook from JSON by its first
 * bytes), both against the bundled standard. Regression mode in every build over the seeds in
 * {@code WorkbooksFuzzTestInputs/<method>/}: blank templates (zh-CN and en), workbooks
 * pre-filled from every bundled sample, a truncated one, one with bytes flipped, a bare zip
 * header, and for {@code readAssessment} bundled JSON samples and an invalid one too. The oracle is
 * {@link ReaderFuzzing#check} (shared from the tests of standards-json).
 */
class WorkbooksFuzzTest {
  private static final Standard STANDARD = ReferenceData.changzhouStandard();

  @FuzzTest
  void read(byte[] input) {
    ReaderFuzzing.warmUp("Workbooks.read", () -> Workbooks.read(ReaderFuzzing.seed(
        WorkbooksFuzzTest.class, "read", "filled-01-excellent-primary.xlsx"), STANDARD));
    ReaderFuzzing.check("Workbooks.read", input, () -> Workbooks.read(input, STANDARD));
  }

  @FuzzTest
  void readAssessment(byte[] input) {
    ReaderFuzzing.warmUp("Assessments.read", () -> Assessments.read(ReaderFuzzing.seed(
        WorkbooksFuzzTest.class, "readAssessment", "filled-01-excellent-primary.xlsx"),
        STANDARD));
    ReaderFuzzing.check("Assessments.read", input, () -> Assessments.read(input, STANDARD));
  }
}
