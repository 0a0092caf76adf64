package io.github.ggw.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ggw.standards.model.problem.Location;
import io.github.ggw.standards.model.problem.Problem;
import io.github.ggw.standards.model.problem.ProblemCode;
import io.github.ggw.standards.model.problem.Result;
import io.github.ggw.standards.model.problem.Severity;
import io.github.ggw.standards.model.standard.Standard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken standard workbooks ({@link BrokenStandardWorkbooks}), each with the problem code it must
 * get and where; and every problem of a standard workbook is located at sheet, A1 cell and row,
 * with a message in both languages. Cells named below are those of {@link
 * BrokenStandardWorkbooks}' counted sheet.
 */
class StandardWorkbookProblemsTest {
  private static final StandardWorkbooks XLSX = StandardWorkbooks.create();
  private static final String S = StandardWorkbooks.SHEET;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBrokenWorkbookGetsItsCodeAtItsCell(BrokenStandardWorkbooks.Case c) {
    Result<Standard> r = XLSX.readStandard(c.bytes().get());
    assertThat(r.isValid()).as(c.name()).isFalse();
    assertThat(r.problems()).as(c.name() + ": " + r.problems())
        .anyMatch(p -> p.getCode() == c.code() && where(p.getLocation()).equals(c.where()));
  }

  private static String where(Location l) {
    return l.getSheet().map(s -> s + l.getCell().map(x -> "!" + x).orElse("")).orElse("-");
  }

  /** A workbook with several mistakes: all come back at once. */
  private static byte[] manyMistakes() {
    return edit(wb -> {
      cell(wb, "G4").setCellValue(true);
      cell(wb, "I5").setCellValue("打分");
      cell(wb, "J7").setCellValue("step=abc");
      cell(wb, "B6").setCellValue("9");
    }).get();
  }

  @Test
  void everyProblemComesBackAtOnceAtSheetCellAndRowInBothLanguages() {
    Result<Standard> r = XLSX.readStandard(manyMistakes());
    List<Problem> problems = r.problems();
    assertThat(problems).extracting(p -> where(p.getLocation()))
        .contains(S + "!G4", S + "!I5", S + "!J7", S + "!B6");
    for (Problem p : problems) {
      Location l = p.getLocation();
      assertThat(l.getSheet()).as(p.toString()).contains(S);
      assertThat(l.getCell()).as(p.toString()).isPresent();
      // the row is the cell's: G4 lies in row 4
      assertThat(l.getRow()).as(p.toString())
          .contains(Integer.parseInt(l.getCell().get().replaceAll("[A-Z]", "")));
      assertThat(l.getLine()).as(p.toString()).isEmpty();
      String zh = p.getMessage(Locale.SIMPLIFIED_CHINESE);
      String en = p.getMessage(Locale.ENGLISH);
      assertThat(zh).as(p.toString()).isNotBlank().isNotEqualTo(en).doesNotContain("{");
      assertThat(en).as(p.toString()).isNotBlank().doesNotContain("{").doesNotContain("CSV");
    }
  }

  @Test
  void itemProblemsNameTheirItem() {
    Result<Standard> r = XLSX.readStandard(manyMistakes());
    Problem rule = r.problems().stream().filter(p -> where(p.getLocation()).equals(S + "!I5"))
        .findFirst().orElseThrow();
    assertThat(rule.getLocation().getCriterion()).map(Object::toString).contains("1.2");
  }

  @Test
  void aFindingOfTheWholeStandardIsAtTheStandardRowsParametersCell() {
    // the band EXCELLENT from 35 lies above the maximum 20 + 10 = 30
    Result<Standard> r = XLSX.readStandard(edit(wb -> cell(wb, "J2").setCellValue(
        cell(wb, "J2").getStringCellValue().replace("EXCELLENT:27", "EXCELLENT:35"))).get());
    assertThat(r.problems()).as(r.problems().toString())
        .anyMatch(p -> p.getCode() == ProblemCode.STANDARD_BAND_UNREACHABLE
            && where(p.getLocation()).equals(S + "!J2") && p.getOffendingValue().equals(
                java.util.Optional.of("35")));
  }

  @Test
  void aFindingOfAnItemIsAtItsCell() {
    // dimension weights 30 and 10 add up to 40, not the nominal maximum 20 + 10 = 30; the
    // finding names the first dimension, in row 3, at its weight cell K3
    Result<Standard> r = XLSX.readStandard(edit(wb -> {
      cell(wb, "K1").setCellValue("weight");
      cell(wb, "K3").setCellValue(30);
      cell(wb, "K6").setCellValue(10);
    }).get());
    assertThat(r.problems()).as(r.problems().toString())
        .anyMatch(p -> p.getCode() == ProblemCode.STANDARD_WEIGHTS_SUM
            && where(p.getLocation()).equals(S + "!K3"));
  }

  @Test
  void aFormulaIsReadByItsValueWithAWarning() {
    byte[] b = BrokenWorkbooks.rewrite(XLSX.writeStandard(counted()), "xl/worksheets/sheet1.xml",
        xml -> xml.replaceFirst("<c r=\"G5\"([^>]*)><v>10(\\.0)?</v></c>",
            "<c r=\"G5\"$1><f>5+5</f><v>10</v></c>"));
    Result<Standard> r = XLSX.readStandard(b);
    assertThat(r.isValid()).as(r.problems().toString()).isTrue();
    assertThat(r.orElseThrow()).isEqualTo(counted());
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.getCode()).isEqualTo(ProblemCode.WORKBOOK_FORMULA);
      assertThat(p.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(where(p.getLocation())).isEqualTo(S + "!G5");
    });
  }

  @Test
  void numbersTypedAsNumbersOrTextReadAlike() {
    // points 10 of item 1.2 as text "10" instead of the number cell the writer writes
    Result<Standard> r = XLSX.readStandard(set("G5", "10").get());
    assertThat(r.orElseThrow()).isEqualTo(counted());
  }

  @Test
  void theWriterWritesNumbersAsNumberCellsAndCodesAsText() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(
        new ByteArrayInputStream(XLSX.writeStandard(counted())))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
      assertThat(cell(wb, "A1").getStringCellValue()).isEqualTo("code");
      assertThat(cell(wb, "A2").getStringCellValue()).isEqualTo("@standard");
      assertThat(cell(wb, "A4").getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(cell(wb, "A4").getStringCellValue()).isEqualTo("1.1");
      assertThat(cell(wb, "G4").getNumericCellValue()).isEqualTo(10.0);
      assertThat(cell(wb, "I4").getStringCellValue()).isEqualTo("counted-deduction");
    }
  }

  static List<BrokenStandardWorkbooks.Case> cases() {
    return BrokenStandardWorkbooks.all();
  }

  private static Standard counted() {
    return BrokenStandardWorkbooks.counted();
  }

  private static java.util.function.Supplier<byte[]> edit(
      java.util.function.Consumer<XSSFWorkbook> change) {
    return BrokenStandardWorkbooks.edit(change);
  }

  private static org.apache.poi.ss.usermodel.Cell cell(XSSFWorkbook wb, String ref) {
    return BrokenStandardWorkbooks.cell(wb, ref);
  }

  private static java.util.function.Supplier<byte[]> set(String ref, String value) {
    return edit(wb -> cell(wb, ref).setCellValue(value));
  }
}
