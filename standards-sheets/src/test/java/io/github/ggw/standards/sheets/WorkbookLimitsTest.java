package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ggw.standards.json.ReadLimits;
import io.github.ggw.standards.json.ReadMode;
import io.github.ggw.standards.json.reference.ReferenceData;
import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.model.assessment.SelfAssessment;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook limits: their defaults, their boundaries, and memory. */
class WorkbookLimitsTest {
  @TempDir Path dir;

  @Test
  void theDefaults() {
    WorkbookLimits d = WorkbookLimits.DEFAULT;
    assertThat(d.maxCompressedBytes()).isEqualTo(10L * 1024 * 1024); // 10 MiB
    assertThat(d.maxEntryBytes()).isEqualTo(16L * 1024 * 1024); // 16 MiB
    assertThat(d.maxInflatedBytes()).isEqualTo(64L * 1024 * 1024); // 64 MiB
    assertThat(d.maxExpansionRatio()).isEqualTo(100);
    assertThat(d.maxSheets()).isEqualTo(64);
    assertThat(d.maxEvidenceRows()).isEqualTo(10_000);
    assertThat(d.maxCellChars()).isEqualTo(ReadLimits.DEFAULT.maxStringLength()); // 100,000
    assertThat(WorkbookLimits.of(ReadLimits.DEFAULT.withMaxDocumentBytes(1000))
        .maxCompressedBytes()).isEqualTo(1000);
  }

  @Test
  void limitsOutsideTheirRangesAreRefused() {
    assertThatThrownBy(() -> WorkbookLimits.DEFAULT.withMaxSheets(0))
        .isInstanceOf(StandardsException.class);
    assertThatThrownBy(() -> WorkbookLimits.DEFAULT.withMaxEvidenceRows(1_000_001))
        .isInstanceOf(StandardsException.class);
    // all entries together cannot be fewer bytes than one entry
    assertThatThrownBy(() -> WorkbookLimits.DEFAULT.withSizes(1000, 2000, 1999))
        .isInstanceOf(StandardsException.class);
  }

  /** Sample 01 (42 evidence rows, 4 of them trainings) with trainings added. */
  static byte[] withTrainings(int added) {
    WorkbookFixture f = WorkbookFixture.of(BrokenWorkbooks.sample(), Locale.SIMPLIFIED_CHINESE);
    BrokenWorkbooks.addTrainings(f, added);
    return f.bytes();
  }

  @Test
  void theRowLimitIsExactAndCountsEverySheet() {
    int sample = BrokenWorkbooks.sample().getEvidence().size();
    // a limit of sample + 5 rows: five added trainings pass, six do not
    WorkbookLimits limits = WorkbookLimits.DEFAULT.withMaxEvidenceRows(sample + 5);
    Result<SelfAssessment> five = Workbooks.read(withTrainings(5), WorkbookReadTest.STANDARD,
        ReadMode.STRICT, limits);
    assertThat(five.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(five.orElseThrow().getEvidence()).hasSize(sample + 5);
    Result<SelfAssessment> six = Workbooks.read(withTrainings(6), WorkbookReadTest.STANDARD,
        ReadMode.STRICT, limits);
    assertThat(six.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
    assertThat(six.problems().get(0).getArguments()).startsWith("maxEvidenceRows");
    // the count runs over the sheets in the registry's order: it passes the limit in the last
    // evidence sheet of the sample, designations held
    assertThat(six.problems().get(0).getLocation().getSheet()).contains("已获称号");
  }

  @Test
  void theSheetLimitIsExact() {
    // sample 01 in a workbook: instructions, unit, 12 evidence sheets, claims, _meta = 16 sheets
    byte[] bytes = WorkbookFixture.of(BrokenWorkbooks.sample(), Locale.SIMPLIFIED_CHINESE)
        .bytes();
    assertThat(Workbooks.read(bytes, WorkbookReadTest.STANDARD, ReadMode.STRICT,
        WorkbookLimits.DEFAULT.withMaxSheets(16)).isValid()).isTrue();
    assertThat(Workbooks.read(bytes, WorkbookReadTest.STANDARD, ReadMode.STRICT,
        WorkbookLimits.DEFAULT.withMaxSheets(15)).problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
  }

  @Test
  void onePastTheRowLimitIsRefusedWithoutReadingTheRest() {
    // 10,001 trainings, then XML that would not parse: the reader stops at the limit, so it
    // reports the limit and never reaches the broken part
    byte[] bytes = BrokenWorkbooks.rewrite(withTrainings(10_001),
        "xl/worksheets/", xml -> xml.length() < 500_000 ? xml
            : xml.replace("</sheetData>", "</sheetData><broken"));
    Result<SelfAssessment> r = Workbooks.read(bytes, WorkbookReadTest.STANDARD);
    assertThat(r.problems()).extracting(Problem::getCode)
        .containsExactly(ProblemCode.INPUT_LIMIT_EXCEEDED);
  }

  /** Reads the workbook named by the first argument and prints its evidence count or problems. */
  public static void main(String[] args) throws Exception {
    Result<SelfAssessment> r = Workbooks.read(Files.readAllBytes(Path.of(args[0])),
        ReferenceData.changzhouStandard());
    System.out.println(r.isValid() ? "evidence " + r.orElseThrow().getEvidence().size()
        : "refused " + r.problems().get(0).getCode() + " "
            + r.problems().get(0).getArguments());
  }

  private String fork(Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), WorkbookLimitsTest.class.getName(),
        file.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @Test
  void inAJvmOf256MegabytesTenThousandRowsAreReadAndAZipBombIsRefused() throws Exception {
    int sample = BrokenWorkbooks.sample().getEvidence().size();
    Path full = Files.write(dir.resolve("ten-thousand.xlsx"), withTrainings(10_000 - sample));
    assertThat(fork(full)).contains("evidence 10000");
    Path past = Files.write(dir.resolve("past.xlsx"), withTrainings(10_001 - sample));
    assertThat(fork(past)).contains("refused INPUT_LIMIT_EXCEEDED [maxEvidenceRows, 10000]");
    // a gigabyte of white space in one entry: refused by the expansion ratio, never inflated whole
    BrokenWorkbooks.Case bomb = BrokenWorkbooks.all().get(0);
    Path zip = Files.write(dir.resolve(bomb.name()), bomb.bytes().get());
    assertThat(fork(zip)).contains("refused INPUT_LIMIT_EXCEEDED [maxExpansionRatio, 100]");
    assertThat(File.pathSeparator).isNotEmpty();
  }
}
