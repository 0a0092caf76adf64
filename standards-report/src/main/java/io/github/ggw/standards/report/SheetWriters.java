package io.github.ggw.standards.report;

import io.github.ggw.standards.model.StandardsException;
import io.github.ggw.standards.rules.scoring.ScoreReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes score sheets as CSV (RFC 4180, UTF-8 with BOM) and XLSX (Apache POI). */
final class SheetWriters {
  private static final char BOM = '\uFEFF';
  /** Leading characters that make Excel read a text as a formula (CSV injection). */
  private static final String FORMULA_START = "=+-@\t\r";
  private static final Comparator<ScoreSheet> LIST_ORDER =
      Comparator.comparing(ScoreSheet::report, BatchStatistics.LIST_ORDER);

  private SheetWriters() {}

  static byte[] csv(List<ScoreSheet> sheets, ReportOptions o, boolean withUnit) {
    List<ScoreSheet> ordered = sheets.stream().sorted(LIST_ORDER).toList();
    ReportWords w = new ReportWords(o.locale());
    List<String> headings = new ArrayList<>();
    if (withUnit) {
      headings.addAll(List.of(w.get("sheet.col.unitCode"), w.get("sheet.col.unitName")));
    }
    boolean weighted = ordered.stream().anyMatch(s -> SheetTable.weighted(s.report()));
    headings.addAll(SheetTable.headings(sameStages(ordered), weighted, w));
    StringBuilder out = new StringBuilder().append(BOM);
    writeRecord(out, headings);
    for (ScoreSheet s : ordered) {
      for (SheetTable.Row row : SheetTable.of(s, o, weighted).rows()) {
        List<String> fields = new ArrayList<>();
        if (withUnit) {
          fields.add(safeText(s.report().unit().id().toString()));
          fields.add(safeText(s.report().unit().name()));
        }
        row.cells().forEach(c -> fields.add(c.isNumber() ? c.number().toPlainString()
            : c.text() == null ? "" : safeText(c.text())));
        writeRecord(out, fields);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * One CSV record by RFC 4180: fields separated by commas, quoted (with inner quotes doubled)
   * when they hold a comma, a quote or a line break; the record ends with CRLF.
   */
  static void writeRecord(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append("\r\n");
  }

  /** The stage columns all sheets share (those of the first), or an error if they differ. */
  private static List<StageColumn> sameStages(List<ScoreSheet> sheets) {
    if (sheets.isEmpty()) {
      return List.of();
    }
    List<StageColumn> first = sheets.get(0).stages();
    for (ScoreSheet s : sheets) {
      if (!s.stages().stream().map(StageColumn::stage).toList()
          .equals(first.stream().map(StageColumn::stage).toList())) {
        throw new StandardsException("the sheets of one CSV table must have the same stages",
            s.report().unit().id().toString());
      }
    }
    return first;
  }

  /** A text that Excel will not read as a formula: a leading quote before = + - @. */
  static String safeText(String s) {
    return !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  static byte[] xlsx(List<ScoreSheet> sheets, ReportOptions o) {
    List<ScoreSheet> ordered = sheets.stream().sorted(LIST_ORDER).toList();
    ReportWords w = new ReportWords(o.locale());
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book, o.totalDecimals());
      summary(book, styles, ordered, o, w);
      Set<String> names = new HashSet<>();
      names.add(w.get("sheet.summary"));
      for (ScoreSheet s : ordered) {
        Sheet sheet = book.createSheet(uniqueName(s.report(), names));
        SheetTable table = SheetTable.of(s, o);
        header(sheet, styles, table.headings());
        int r = 1;
        for (SheetTable.Row row : table.rows()) {
          Row x = sheet.createRow(r++);
          for (int c = 0; c < row.cells().size(); c++) {
            SheetTable.Cell cell = row.cells().get(c);
            if (cell.isNumber()) {
              org.apache.poi.ss.usermodel.Cell out = x.createCell(c);
              out.setCellValue(cell.number().doubleValue());
              out.setCellStyle(row.depth() < 0 && c == table.totalColumn()
                  ? styles.total : row.emphasis() ? styles.boldNumber : styles.number);
            } else if (cell.text() != null) {
              org.apache.poi.ss.usermodel.Cell out = x.createCell(c);
              out.setCellValue(cell.text());
              out.setCellStyle(c == 1 && row.depth() > 0 ? styles.indent(row.depth())
                  : row.emphasis() ? styles.bold : styles.text);
            }
          }
        }
        int last = table.reasonsColumn();
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 34 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        for (int c = SheetTable.FIRST_NUMBER_COLUMN; c < last; c++) {
          sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.setColumnWidth(last, 70 * 256);
        if (last + 1 < table.headings().size()) {
          sheet.setColumnWidth(last + 1, 10 * 256); // the weight
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      book.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new StandardsException("could not write the workbook", "xlsx", e);
    }
  }

  private static void summary(Workbook book, Styles styles, List<ScoreSheet> sheets,
      ReportOptions o, ReportWords w) {
    Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(w.get("sheet.summary")));
    header(sheet, styles, List.of(w.get("col.district"), w.get("field.unitCode"),
        w.get("col.unit"), w.get("col.unitType"), w.get("field.year"), w.get("col.total"),
        w.get("col.rating"), w.get("col.eligible"), w.get("col.reasons")));
    int r = 1;
    for (ScoreSheet s : sheets) {
      ScoreReport rep = s.report();
      Row x = sheet.createRow(r++);
      x.createCell(0).setCellValue(rep.unit().district().toString());
      x.createCell(1).setCellValue(rep.unit().id().toString());
      x.createCell(2).setCellValue(rep.unit().name());
      x.createCell(3).setCellValue(w.label(rep.unit().type()));
      x.createCell(4).setCellValue(rep.year());
      org.apache.poi.ss.usermodel.Cell total = x.createCell(5);
      total.setCellValue(rep.roundedTotal().toBigDecimal()
          .setScale(o.totalDecimals(), RoundingMode.HALF_UP).doubleValue());
      total.setCellStyle(styles.total);
      x.createCell(6).setCellValue(w.label(rep.rating()));
      x.createCell(7).setCellValue(w.yesNo(rep.eligibility().eligible()));
      x.createCell(8).setCellValue(rep.eligibility().reasons().stream().map(w::text)
          .collect(Collectors.joining("; ")));
    }
    int[] widths = {10, 12, 34, 10, 8, 10, 8, 8, 60};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
  }

  private static void header(Sheet sheet, Styles styles, List<String> headings) {
    Row h = sheet.createRow(0);
    for (int c = 0; c < headings.size(); c++) {
      org.apache.poi.ss.usermodel.Cell cell = h.createCell(c);
      cell.setCellValue(headings.get(c));
      cell.setCellStyle(styles.heading);
    }
    sheet.createFreezePane(0, 1);
  }

  /** A sheet name from the unit code (Excel: at most 31 characters, no []:*?/\), unique. */
  private static String uniqueName(ScoreReport r, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(r.unit().id() + " " + r.year());
    String name = base;
    for (int k = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); k++) {
      String suffix = " (" + k + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  /** The workbook's cell styles, made once per workbook. */
  private static final class Styles {
    final CellStyle heading;
    final CellStyle text;
    final CellStyle bold;
    final CellStyle number;
    final CellStyle boldNumber;
    final CellStyle total;
    private final Workbook book;
    private final List<CellStyle> indents = new ArrayList<>();

    Styles(Workbook book, int totalDecimals) {
      this.book = book;
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      short points = book.createDataFormat().getFormat("0.###");
      heading = book.createCellStyle();
      heading.setFont(boldFont);
      heading.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      heading.setBorderBottom(BorderStyle.THIN);
      heading.setWrapText(true);
      heading.setVerticalAlignment(VerticalAlignment.TOP);
      text = book.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      bold = book.createCellStyle();
      bold.cloneStyleFrom(text);
      bold.setFont(boldFont);
      number = book.createCellStyle();
      number.setDataFormat(points);
      number.setVerticalAlignment(VerticalAlignment.TOP);
      boldNumber = book.createCellStyle();
      boldNumber.cloneStyleFrom(number);
      boldNumber.setFont(boldFont);
      total = book.createCellStyle();
      total.cloneStyleFrom(boldNumber);
      total.setDataFormat(book.createDataFormat()
          .getFormat(totalDecimals == 0 ? "0" : "0." + "0".repeat(totalDecimals)));
    }

    CellStyle indent(int depth) {
      while (indents.size() < depth) {
        CellStyle s = book.createCellStyle();
        s.cloneStyleFrom(text);
        s.setIndention((short) (indents.size() + 1));
        indents.add(s);
      }
      return indents.get(depth - 1);
    }
  }
}
