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
 * The table of broken standard workbooks: each with the problem code it must get and where
 * ({@code 评分表!G4} for a cell, {@code 评分表} for the sheet, {@code -} for the file as a whole).
 * Used by the reader's test and by the command line's language check.
 *
 * <p>The workbooks are made from the counted-deduction test sheet ({@code
 * workbook/counted-sheet.csv}) written by {@link StandardWorkbooks#writeStandard}: row 1 the
 * header ({@code code} in A, {@code parent} B, {@code title} C, {@code points} G, {@code rule} I,
 * {@code parameters} J, {@code note} P), row 2 the {@code @standard} row, row 3 dimension 1, rows
 * 4 and 5 its items 1.1 (counted deduction) and 1.2 (judgement), row 6 dimension 2, row 7 item
 * 2.1.
 */
public final class BrokenStandardWorkbooks {
  private static final StandardWorkbooks XLSX = StandardWorkbooks.create();
  /** The sheet of a standard. */
  public static final String S = StandardWorkbooks.SHEET;

  private BrokenStandardWorkbooks() {}

  /**
   * One broken workbook.
   *
   * @param name what is wrong
   * @param code the problem it must get
   * @param where {@code 评分表!G4} for a cell, {@code 评分表} for the sheet, {@code -} for the file
   * @param bytes makes the file
   */
  public record Case(String name, ProblemCode code, String where, Supplier<byte[]> bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static Standard counted() {
    return StandardsCsv.create().readStandard(resource("workbook/counted-sheet.csv"))
        .orElseThrow();
  }

  private static byte[] resource(String name) {
    try (InputStream in = BrokenStandardWorkbooks.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The counted sheet's workbook, changed by a test. */
  public static Supplier<byte[]> edit(Consumer<XSSFWorkbook> change) {
    return () -> {
      try (XSSFWorkbook wb = new XSSFWorkbook(
          new ByteArrayInputStream(XLSX.writeStandard(counted())))) {
        change.accept(wb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  public static Cell cell(XSSFWorkbook wb, String ref) {
    org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
    XSSFSheet s = wb.getSheet(S);
    Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
    return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
  }

  private static Supplier<byte[]> set(String ref, String value) {
    return edit(wb -> cell(wb, ref).setCellValue(value));
  }

  public static List<Case> all() {
    List<Case> out = new ArrayList<>();
    // ---- the file as a whole: the self-assessment reader's table of hostile files
    for (BrokenWorkbooks.Case c : BrokenWorkbooks.all()) {
      if (c.where().equals("-")) {
        out.add(new Case(c.name(), c.code(), "-", c.bytes()));
      }
    }
    out.add(new Case("not a zip", ProblemCode.WORKBOOK_NOT_XLSX, "-",
        () -> "code,parent,title\n".getBytes(StandardCharsets.UTF_8)));
    // ---- the sheet
    out.add(new Case("sheet renamed", ProblemCode.WORKBOOK_SHEET_MISSING, "-",
        edit(wb -> wb.setSheetName(0, "Sheet1"))));
    out.add(new Case("too many rows", ProblemCode.INPUT_LIMIT_EXCEEDED, S, edit(wb -> {
      XSSFSheet s = wb.getSheet(S);
      for (int r = 7; r < 7 + 10_001; r++) {
        s.createRow(r).createCell(0).setCellValue("x" + r);
      }
    })));
    // at the code cell of row 2, where the @standard row belongs (and where "@标准" stands)
    out.add(new Case("no @standard row", ProblemCode.WORKBOOK_STANDARD_ROW_MISSING, S + "!A2",
        set("A2", "@标准")));
    out.add(new Case("two @standard rows", ProblemCode.WORKBOOK_STANDARD_ROW_MISSING, S + "!A8",
        edit(wb -> {
          Row from = wb.getSheet(S).getRow(1);
          Row to = wb.getSheet(S).createRow(7);
          for (Cell c : from) {
            to.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
          }
        })));
    // ---- the header
    out.add(new Case("header points missing", ProblemCode.WORKBOOK_STANDARD_COLUMN_MISSING, S + "!A1",
        edit(wb -> wb.getSheet(S).getRow(0).removeCell(cell(wb, "G1")))));
    out.add(new Case("header unknown", ProblemCode.WORKBOOK_STANDARD_COLUMN_UNKNOWN, S + "!P1",
        set("P1", "remarks")));
    out.add(new Case("value without a header", ProblemCode.WORKBOOK_CELL_UNHEADED, S + "!R4",
        set("R4", "lost")));
    // ---- cell types
    out.add(new Case("yes/no cell", ProblemCode.WORKBOOK_CELL_TYPE, S + "!G4",
        edit(wb -> cell(wb, "G4").setCellValue(true))));
    out.add(new Case("error cell", ProblemCode.WORKBOOK_CELL_TYPE, S + "!G5",
        edit(wb -> cell(wb, "G5").setCellErrorValue(FormulaError.DIV0.getCode()))));
    out.add(new Case("date cell", ProblemCode.WORKBOOK_CELL_TYPE, S + "!G5", edit(wb -> {
      XSSFCellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Cell c = cell(wb, "G5");
      c.setCellValue(java.time.LocalDate.of(2022, 3, 5));
      c.setCellStyle(date);
    })));
    out.add(new Case("points not a number", ProblemCode.WORKBOOK_STANDARD_CELL_INVALID, S + "!G5",
        set("G5", "十分")));
    out.add(new Case("merged cells", ProblemCode.WORKBOOK_MERGED_CELLS, S + "!C3",
        edit(wb -> wb.getSheet(S).addMergedRegion(CellRangeAddress.valueOf("C3:D3")))));
    out.add(new Case("formula without value", ProblemCode.WORKBOOK_FORMULA_NO_VALUE, S + "!G5",
        () -> BrokenWorkbooks.rewrite(XLSX.writeStandard(counted()), "xl/worksheets/sheet1.xml",
            xml -> xml.replaceFirst("<c r=\"G5\"([^>]*)><v>10(\\.0)?</v></c>",
                "<c r=\"G5\"$1><f>5+5</f></c>"))));
    // ---- rule cells
    out.add(new Case("unknown rule kind", ProblemCode.WORKBOOK_STANDARD_CELL_INVALID, S + "!I5",
        set("I5", "打分")));
    out.add(new Case("bad rule parameter", ProblemCode.STANDARD_PARAMETER_INVALID, S + "!J5",
        set("J5", "step=abc")));
    out.add(new Case("bad counted deduction", ProblemCode.STANDARD_PARAMETER_INVALID, S + "!J4",
        set("J4", "code=D1; reason=记录不全; pointsEach=两分")));
    // ---- structure and cross-item checks
    out.add(new Case("dangling parent", ProblemCode.STANDARD_DANGLING_CODE, S + "!B5",
        set("B5", "9")));
    out.add(new Case("duplicate code", ProblemCode.STANDARD_DUPLICATE_CODE, S + "!A5",
        set("A5", "1.1")));
    return out;
  }
}
