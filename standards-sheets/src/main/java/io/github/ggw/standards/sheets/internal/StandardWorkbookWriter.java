package io.github.ggw.standards.sheets.internal;

import io.github.ggw.standards.model.standard.CriterionKind;
import io.github.ggw.standards.model.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the rows of a standard's CSV form as the one sheet {@value StandardWorkbookReader#SHEET}
 * of an XLSX workbook (Apache POI XSSF): the header in row 1 (frozen, bold), then one row per CSV
 * row; points, weights and steps as number cells, every other value as a text cell, and the code
 * columns formatted as text so that a code typed later ({@code 1.10}) stays text. An authoring
 * template also gets drop-down lists (from a very hidden sheet {@value #LISTS}) on the rule-kind
 * and item-kind columns. No formulas. Not thread-safe; one instance per workbook.
 */
public final class StandardWorkbookWriter {
  /** The very hidden sheet that holds the drop-down lists of a template. */
  public static final String LISTS = "_lists";
  /** The rows a template's drop-down lists cover, from row 2. */
  static final int TEMPLATE_ROWS = 1000;
  /**
   * The rule kinds of the drop-down, in the Chinese names the {@code rule} column accepts, then
   * the English ones ({@link CsvRules#kind(String)} reads both).
   */
  static final List<String> RULE_KINDS = List.of("达标得分", "酌情评分", "按次计分", "分档计分",
      "按比例得分", "扣分制", "酌情扣分", "计数扣分", "一票否决", "all-or-nothing", "judgement",
      "per-occurrence", "threshold-ladder", "tiered-credit", "deduction",
      "discretionary-deduction", "counted-deduction", "veto");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,9})?");

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle text;
  private final CellStyle header;

  /** A writer of one workbook. */
  public StandardWorkbookWriter() {
    text = wb.createCellStyle();
    text.setDataFormat(wb.createDataFormat().getFormat("@"));
    header = wb.createCellStyle();
    header.cloneStyleFrom(text);
    Font bold = wb.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
  }

  /**
   * Writes the workbook.
   *
   * @param rows the CSV rows, the header first, not null, not empty
   * @param template whether to add the drop-down lists of an authoring template
   * @return the XLSX bytes
   */
  public byte[] write(List<String[]> rows, boolean template) {
    XSSFSheet s = wb.createSheet(StandardWorkbookReader.SHEET);
    String[] head = rows.get(0);
    List<Optional<CsvColumn>> columns = new ArrayList<>();
    for (String h : head) {
      columns.add(CsvColumn.of(h == null ? "" : h));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = s.createRow(r);
      String[] cells = rows.get(r);
      for (int c = 0; c < cells.length; c++) {
        String v = cells[c] == null ? "" : cells[c];
        if (v.isEmpty()) {
          continue;
        }
        Cell cell = row.createCell(c);
        CsvColumn col = c < columns.size() ? columns.get(c).orElse(null) : null;
        if (r > 0 && numeric(col) && NUMBER.matcher(v).matches()) {
          cell.setCellValue(new BigDecimal(v).doubleValue());
        } else {
          cell.setCellValue(v);
          cell.setCellStyle(r == 0 ? header : text);
        }
      }
    }
    for (int c = 0; c < head.length; c++) {
      CsvColumn col = columns.get(c).orElse(null);
      if (!numeric(col)) {
        s.setDefaultColumnStyle(c, text);
      }
      s.setColumnWidth(c, width(col) * 256);
    }
    s.createFreezePane(0, 1);
    if (template) {
      lists(s, columns);
    }
    wb.setActiveSheet(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (wb) {
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static boolean numeric(CsvColumn c) {
    return c == CsvColumn.POINTS || c == CsvColumn.WEIGHT || c == CsvColumn.STEP;
  }

  private static int width(CsvColumn c) {
    if (c == null) {
      return 12;
    }
    return switch (c) {
      case TITLE, TITLE_EN, SOURCE -> 28;
      case REQUIREMENT, REQUIREMENT_EN, PARAMETERS -> 48;
      case NOTE -> 36;
      case RULE, NOT_APPLICABLE_TO, CLAUSE -> 16;
      default -> 10;
    };
  }

  /** The drop-downs of the rule-kind and item-kind columns, from the very hidden list sheet. */
  private void lists(XSSFSheet s, List<Optional<CsvColumn>> columns) {
    XSSFSheet lists = wb.createSheet(LISTS);
    List<String> rules = RULE_KINDS;
    List<String> kinds = new ArrayList<>();
    for (CriterionKind k : CriterionKind.values()) {
      kinds.add(Labels.of(k).in(Locale.SIMPLIFIED_CHINESE));
    }
    for (CriterionKind k : CriterionKind.values()) {
      kinds.add(k.name());
    }
    int size = Math.max(rules.size(), kinds.size());
    for (int r = 0; r < size; r++) {
      Row row = lists.createRow(r);
      if (r < rules.size()) {
        row.createCell(0).setCellValue(rules.get(r));
      }
      if (r < kinds.size()) {
        row.createCell(1).setCellValue(kinds.get(r));
      }
    }
    wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
    for (int c = 0; c < columns.size(); c++) {
      CsvColumn col = columns.get(c).orElse(null);
      if (col == CsvColumn.RULE) {
        dropDown(s, c, "A", rules.size());
      } else if (col == CsvColumn.KIND) {
        dropDown(s, c, "B", kinds.size());
      }
    }
  }

  private void dropDown(XSSFSheet s, int column, String listColumn, int size) {
    XSSFDataValidationHelper h = new XSSFDataValidationHelper(s);
    String ref = "'" + LISTS + "'!$" + listColumn + "$1:$" + listColumn + "$" + size;
    DataValidation v = h.createValidation(h.createFormulaListConstraint(ref),
        new CellRangeAddressList(1, TEMPLATE_ROWS, column, column));
    v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
    v.setShowErrorBox(true);
    v.createErrorBox(WorkbookLayout.text("validation.title", Locale.SIMPLIFIED_CHINESE),
        WorkbookLayout.text("validation.choice", Locale.SIMPLIFIED_CHINESE));
    v.setEmptyCellAllowed(true);
    s.addValidationData(v);
  }
}
